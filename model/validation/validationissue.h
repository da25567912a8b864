#pragma once

#include <QString>

#include <vector>

namespace flowdesk {

// One finding about one answer of one interview.
struct ValidationIssue
{
    enum class Severity { Error, Warning, Notice };
    enum class Kind {
        Required,        // a relevant required question has no answer
        Type,            // the answer is not of the question's type (not an integer, not a date...)
        NotInList,       // a choice that is not in the question's list
        NotInFilter,     // a choice that the question's choice_filter leaves out
        Constraint,      // the constraint does not hold (an error)
        Warning,         // the soft check (warning column) does not hold
        Irrelevant,      // an answer to a question that does not apply: ignored
        RepeatCount,     // a repeat holds a different number of instances than its repeat_count says
        EvaluationError, // an expression could not be evaluated on this interview's answers
    };

    int item = -1;             // Questionnaire item id
    std::vector<int> instance; // 1-based repeat instance indices, outermost first; empty at the top level
    QString path;              // "travel/group_member[2]/member_age"
    Severity severity = Severity::Error;
    Kind kind = Kind::Required;
    QString message;           // in the language the Validator was made for
};

QString severityName(ValidationIssue::Severity severity);

} // namespace flowdesk
