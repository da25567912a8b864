#pragma once

#include "builtinmessages.h"
#include "interviewlayout.h"
#include "scopecontext.h"
#include "validationissue.h"

#include <QDateTime>

#include <vector>

namespace flowdesk {

// Validates interviews against their questionnaire, the way ODK would judge the same answers:
// relevance first (answers to questions that do not apply are ignored and reported as notices), calculations in
// dependency order (their results are written into the interview, as a data collection app would store them),
// then per answer: required, type, choice in its list and in its filtered list, constraint (error) and warning
// (soft), inside repeats too, and each repeat's instance count against its repeat_count.
//
// Keeps buffers between calls so validating many interviews allocates little: use one Validator per thread.
class Validator
{
public:
    // `language`: index into questionnaire.languages for messages; -1 for the questionnaire's default.
    explicit Validator(const Questionnaire &questionnaire, int language = -1);
    Validator(const Validator &) = delete; // its context points into its own layout and clock
    Validator &operator=(const Validator &) = delete;

    // Appends the issues of `interview` to `issues` (which is not cleared). Returns the number of errors.
    int validate(Interview &interview, std::vector<ValidationIssue> &issues);
    std::vector<ValidationIssue> validate(Interview &interview);

    // The clock today() and now() read. By default: when the interview was created (so re-validating old
    // interviews gives the same result), or the current time for one not yet stamped.
    void setNow(const QDateTime &now) { m_fixedNow = now; }

    // The last interview validated, laid out: its scopes and each item's relevance in each (an optional question
    // left blank may show as relevant: its own condition is not worked out, see the constructor). For the entry and
    // review screens; valid until the next validate() or until that interview changes shape.
    const InterviewLayout &layout() const { return m_layout; }

private:
    // One item of the evaluation order, with what evaluating it needs: an Item spans several cache lines.
    struct Step
    {
        int item;
        int repeat;
        const expr::Expression *relevant;    // null when always relevant (given its parent)
        const expr::Expression *calculation; // null when not a calculation
        bool blankIsMoot; // a blank answer needs no relevance: an optional question or a note
        int shared;       // index into m_sharedRelevance when other top-level items have the same relevance; -1
    };

    void evaluate(std::vector<ValidationIssue> &issues);
    void evaluateStep(const Step &step, int scope, std::vector<ValidationIssue> &issues);
    // An input question or repeat, with what checking its answers needs, in one cache line.
    struct Check
    {
        int item;
        int repeat;
        QuestionType type;
        bool requiredAlways;
        bool optional; // neither always required nor required under a condition
        bool orOther;
        bool plainChoice; // select_one with a list and nothing else to check: constraint, warning, filter
        const expr::Expression *requiredCondition; // null where not set
        const expr::Expression *constraint;
        const expr::Expression *warning;
        const expr::Expression *choiceFilter;
        const ChoiceList *list; // null for non-select questions and external lists not read
    };

    void check(std::vector<ValidationIssue> &issues);
    void checkScope(int scope, const Check &c, std::vector<ValidationIssue> &issues);
    void checkAnswer(int scope, const Check &c, std::vector<ValidationIssue> &issues);
    bool checkFormat(int scope, const Check &c, QStringView value, std::vector<ValidationIssue> &issues);
    bool checkChoice(int scope, const Check &c, QStringView choice, std::vector<ValidationIssue> &issues);
    // Every choice of a select_multiple answer: in the list (and filter), and none given twice.
    bool checkChoices(int scope, const Check &c, QStringView answer, std::vector<ValidationIssue> &issues);
    void checkRepeatCount(int scope, const Item &item, std::vector<ValidationIssue> &issues);
    void add(std::vector<ValidationIssue> &issues, int scope, int item, ValidationIssue::Severity severity,
             ValidationIssue::Kind kind, const QString &message);
    // Kept out of line: the evaluation loop it is called from runs for every item.
    [[gnu::noinline]] void addEvaluationError(std::vector<ValidationIssue> &issues, int scope, int item,
                                              const expr::Expression &expression);
    QString ownMessage(const LocalizedText &text) const;
    const ScopeContext &context(int scope, int item)
    {
        m_context.moveTo(scope, item);
        return m_context;
    }

    const Questionnaire &m_q;
    int m_language;
    BuiltinMessages m_messages;
    InterviewLayout m_layout;
    std::vector<Check> m_checks; // input questions and repeats, in form order: what check() visits
    std::vector<Step> m_steps;  // every item in evaluation order: what evaluate() visits
    // Outcomes of relevance expressions several top-level items share (a group's condition repeated on the group
    // after it, "${intention} = 'continue'" on four questions), per interview: kUnknown until first worked out.
    enum SharedOutcome : signed char { kUnknown = -1, kFalse = 0, kTrue = 1, kFailed = 2 };
    std::vector<signed char> m_sharedRelevance;
    int m_sharedCount = 0;
    QDateTime m_fixedNow;
    InterviewClock m_clock;
    ScopeContext m_context; // what every evaluation reads, moved to its scope and item (see context())
    int m_errors = 0;
};

} // namespace flowdesk
