#pragma once

#include "accounts/session.h"
#include "store/casesummarystore.h"

#include <map>
#include <optional>
#include <vector>

namespace flowdesk {

class Database;
class InterviewWorkflow;
class Questionnaire;

// Something a reviewer should look at twice, with the sentence the tooltip shows.
struct QualityFlag
{
    enum class Kind { ShortInterview, NumericOutlier, LikelyDuplicate };
    Kind kind = Kind::ShortInterview;
    int item = -1;           // the question, for outliers
    qint64 otherInterview = 0; // for duplicates
    QString explanation;
};

// Data-quality flags computed for the reviewer:
//  * an interview much shorter than the office's median (under a third of it);
//  * a numeric answer far from the other interviews' answers to that question: robust z = |x - median| /
//    (1.4826 * MAD) above 5, on up to 20,000 sampled answers per question (medians are cached per object);
//  * a likely duplicate: same enumerator, same day, and the same answers to every case-list question.
// Needs Action::ViewInterview on the interview. Borrows everything; keep one per review window.
class QualityFlags
{
public:
    QualityFlags(Database &database, const InterviewWorkflow &workflow, const Questionnaire &questionnaire);

    std::optional<std::vector<QualityFlag>> flagsFor(const Session &session, qint64 interviewId, QString *error);

private:
    struct Spread { double median = 0; double mad = 0; bool usable = false; };
    const Spread &spread(int item);

    Database &m_db;
    const InterviewWorkflow &m_workflow;
    const Questionnaire &m_q;
    std::optional<qint64> m_medianDuration;
    std::map<int, Spread> m_spreads;
};

} // namespace flowdesk
