#pragma once

#include "interview/interview.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace flowdesk {

// SQL behind the supervisor reports and the data-quality flags; over case_summaries, status_history and the
// answer value index. Internal to model/: use SupervisorReports and QualityFlags.
class ReportStore
{
public:
    explicit ReportStore(const QString &connectionName) : m_connection(connectionName) {}

    struct EnumeratorStatus { QString enumerator; InterviewStatus status; qint64 count; };
    std::vector<EnumeratorStatus> byEnumeratorAndStatus() const;
    // (enumerator, duration in seconds) for interviews with a known duration, by enumerator then duration.
    std::vector<std::pair<QString, qint64>> durationsByEnumerator() const;
    std::vector<std::pair<QString, qint64>> rejectionsByEnumerator() const;
    // (status, since) of every interview, by status then since: how long each has waited.
    struct Waiting { InterviewStatus status; qint64 count; QDateTime oldest; QDateTime median; };
    std::vector<Waiting> waitingByStatus() const;

    // The median of known durations (-1 when none), through the duration index.
    qint64 medianDuration() const;
    // Numeric answers of one field, at most about `sample` of them (every n-th interview when there are more).
    std::vector<double> numericValues(qint64 fieldId, int sample) const;

private:
    QString m_connection;
};

} // namespace flowdesk
