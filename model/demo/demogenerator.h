#pragma once

#include "demorandom.h"
#include "interview/interview.h"
#include "questionnaire/questionnaire.h"
#include "validation/interviewlayout.h"
#include "validation/scopecontext.h"

#include <QDateTime>
#include <QStringList>

namespace flowdesk {

// Makes plausible interviews for any questionnaire: answers follow its skip logic, choice filters, repeat counts
// and constraints, with a realistic mix of statuses, enumerators, offices and dates, and a few keying errors
// (more in drafts and rejected interviews). Deterministic: the same questionnaire and seed give the same
// interviews in the same order. Not thread-safe.
class DemoGenerator
{
public:
    DemoGenerator(const Questionnaire &questionnaire, quint64 seed);

    // Interviews fall between `last` minus `days` and `last` (default: the 365 days up to 2026-11-01).
    void setPeriod(const QDate &last, int days);
    void setQuestionnaireId(qint64 id) { m_questionnaireId = id; }

    Interview next();
    // The enumerators' names the generator picks from (the demo database makes an account for each).
    static QStringList enumeratorNames();

private:
    void fillScope(int scope, const std::vector<int> &items, Interview &interview);
    void fillItem(int scope, const Item &item, Interview &interview);
    void fillRepeat(int scope, const Item &item, Interview &interview);
    void answer(int scope, const Item &item);
    QString proposeValue(int scope, const Item &item);
    QString proposeChoice(int scope, const Item &item, bool multiple);
    bool holds(int scope, const Item &item, const expr::Expression &check);
    bool relevantHere(int scope, const Item &item);
    std::vector<int> answeredTopLevelQuestions(const Interview &interview) const;
    void injectError(Interview &interview);
    void leaveUnfinished(Interview &interview);
    int findScope(const AnswerScope *answers) const;

    const Questionnaire &m_q;
    DemoRandom m_random;
    InterviewLayout m_layout;
    qint64 m_questionnaireId = 0;
    QDate m_last;
    int m_days = 365;
    QDateTime m_started;
    InterviewClock m_clock; // m_started, as the expressions read it
    QString m_enumerator;
    QString m_office;
    std::vector<double> m_yesShare;           // by item id
    std::vector<std::vector<char>> m_rare;    // by list, then choice: rarely picked
};

} // namespace flowdesk
