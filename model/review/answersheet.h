#pragma once

#include "interview/interview.h"
#include "questionnaire/questionnaire.h"

#include <QStringList>

#include <vector>

namespace flowdesk {

// One line of the review screen's answer sheet: a section (group), a repeat instance, or a question with its
// answer as the reviewer reads it.
struct AnswerLine
{
    enum class Kind { Section, RepeatInstance, Question };
    Kind kind = Kind::Question;
    int item = -1;
    QString instance; // '' at the top level, "2" or "2.1" inside repeat instances (as comments and answers key)
    int depth = 0;    // nesting under the sheet's top
    QString label;    // in the chosen language (the question's name when it has no label)
    QString answer;   // choice labels for selects; '' when unanswered
    bool answered = false;
    QStringList errors;
    QStringList warnings;
    QString acceptedReason; // the reason an answer outside its warning was kept
};

// The reason given for keeping an answer outside its warning, by questionnaire item.
struct AcceptedReason
{
    int item = -1;
    QString instance;
    QString reason;
};

// Lays out an interview for reading: every relevant question by section in form order, repeat instances with
// their questions, irrelevant ones left out, each answer's errors and warnings from the Validator (messages in
// the chosen language) and the reasons given for accepted warnings. Pure computation over the questionnaire;
// no database. Not thread-safe (keeps a Validator).
class AnswerSheet
{
public:
    AnswerSheet(const Questionnaire &questionnaire, int language);

    std::vector<AnswerLine> lines(const Interview &interview, const std::vector<AcceptedReason> &accepted);

    // The answer as a reader sees it: choice labels in `language` for selects, the value otherwise.
    static QString displayAnswer(const Questionnaire &questionnaire, const Item &item, const QString &value,
                                 int language);

private:
    const Questionnaire &m_q;
    int m_language;
};

} // namespace flowdesk
