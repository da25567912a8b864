#include "qualityflags.h"

#include "interviewworkflow.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <algorithm>
#include <cmath>

namespace flowdesk {

namespace {

constexpr double kOutlierZ = 5.0;
constexpr int kSample = 20000;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

QString minutes(qint64 seconds)
{
    return QString::number(double(seconds) / 60.0, 'f', 0);
}

} // namespace

QualityFlags::QualityFlags(Database &database, const InterviewWorkflow &workflow, const Questionnaire &questionnaire)
    : m_db(database), m_workflow(workflow), m_q(questionnaire)
{
}

const QualityFlags::Spread &QualityFlags::spread(int item)
{
    const auto found = m_spreads.find(item);
    if (found != m_spreads.end())
        return found->second;
    Spread s;
    const std::vector<double> values =
        ReportStore(m_db.connectionName()).numericValues(m_workflow.fieldForItem(item), kSample);
    if (values.size() >= 20) {
        s.median = median(values);
        std::vector<double> deviations;
        deviations.reserve(values.size());
        for (double v : values)
            deviations.push_back(std::abs(v - s.median));
        s.mad = median(std::move(deviations));
        s.usable = s.mad > 0;
    }
    return m_spreads[item] = s;
}

std::optional<std::vector<QualityFlag>> QualityFlags::flagsFor(const Session &session, qint64 interviewId,
                                                               QString *error)
{
    const auto copy = m_workflow.open(session, interviewId, error);
    if (!copy)
        return std::nullopt;
    std::vector<QualityFlag> flags;
    const CaseSummaryStore summaries(m_db.connectionName());
    const auto row = summaries.find(interviewId);
    if (!m_medianDuration)
        m_medianDuration = ReportStore(m_db.connectionName()).medianDuration();
    if (row && row->durationSeconds >= 0 && *m_medianDuration > 0 && row->durationSeconds * 3 < *m_medianDuration) {
        flags.push_back({QualityFlag::Kind::ShortInterview, -1, 0,
                         QStringLiteral("This interview took %1 minutes; the office's median is %2 minutes. An "
                                        "interview this short may have been rushed or filled in without the "
                                        "respondent.")
                             .arg(minutes(row->durationSeconds), minutes(*m_medianDuration))});
    }
    for (const Item &item : m_q.items) {
        if (item.repeat >= 0 || (item.type != QuestionType::Integer && item.type != QuestionType::Decimal))
            continue;
        bool ok = false;
        const double value = copy->interview.answers.value(item.id).toDouble(&ok);
        if (!ok)
            continue;
        const Spread &s = spread(item.id);
        if (!s.usable || std::abs(value - s.median) / (1.4826 * s.mad) <= kOutlierZ)
            continue;
        flags.push_back({QualityFlag::Kind::NumericOutlier, item.id, 0,
                         QStringLiteral("%1 = %2 is far from the other interviews' answers (median %3, typical "
                                        "distance %4): check it against the paper form.")
                             .arg(item.name)
                             .arg(value)
                             .arg(s.median)
                             .arg(1.4826 * s.mad, 0, 'g', 3)});
    }
    if (row && !m_workflow.caseListSpec().columnItems.empty()) {
        for (const CaseSummary &other : summaries.sameDay(row->enumerator, row->date)) {
            if (other.interviewId == interviewId || other.columns != row->columns)
                continue;
            flags.push_back({QualityFlag::Kind::LikelyDuplicate, -1, other.interviewId,
                             QStringLiteral("Interview %1 was keyed by the same enumerator on the same day with the "
                                            "same key answers: it may be the same person entered twice.")
                                 .arg(other.interviewId)});
        }
    }
    return flags;
}

} // namespace flowdesk
