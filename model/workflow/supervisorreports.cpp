#include "supervisorreports.h"

#include "accounts/accounts.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <map>

namespace flowdesk {

namespace {

std::map<QString, EnumeratorReport> statusCounts(const ReportStore &store)
{
    std::map<QString, EnumeratorReport> reports;
    for (const auto &row : store.byEnumeratorAndStatus()) {
        EnumeratorReport &r = reports[row.enumerator];
        r.enumerator = row.enumerator;
        r.byStatus[size_t(row.status)] += row.count;
    }
    return reports;
}

} // namespace

std::optional<std::vector<EnumeratorReport>> SupervisorReports::statusesByEnumerator(QString *error) const
{
    if (!Accounts::authorize(m_db, m_session, Action::ViewReports, error))
        return std::nullopt;
    std::vector<EnumeratorReport> result;
    for (auto &[name, report] : statusCounts(ReportStore(m_db.connectionName())))
        result.push_back(report);
    return result;
}

std::optional<std::vector<EnumeratorReport>> SupervisorReports::byEnumerator(QString *error) const
{
    if (!Accounts::authorize(m_db, m_session, Action::ViewReports, error))
        return std::nullopt;
    const ReportStore store(m_db.connectionName());
    std::map<QString, EnumeratorReport> reports = statusCounts(store);
    // Durations arrive sorted by enumerator then duration: each enumerator's median is the middle of their run.
    const auto durations = store.durationsByEnumerator();
    for (size_t begin = 0; begin < durations.size();) {
        size_t end = begin;
        while (end < durations.size() && durations[end].first == durations[begin].first)
            ++end;
        reports[durations[begin].first].medianDurationSeconds = durations[begin + (end - begin) / 2].second;
        begin = end;
    }
    for (const auto &[enumerator, count] : store.rejectionsByEnumerator())
        reports[enumerator].rejections = count;
    std::vector<EnumeratorReport> result;
    for (auto &[name, report] : reports) {
        report.enumerator = name;
        result.push_back(report);
    }
    return result;
}

std::optional<std::vector<StatusWaitReport>> SupervisorReports::waitingByStatus(QString *error,
                                                                                const QDateTime &now) const
{
    if (!Accounts::authorize(m_db, m_session, Action::ViewReports, error))
        return std::nullopt;
    std::vector<StatusWaitReport> result;
    for (const auto &w : ReportStore(m_db.connectionName()).waitingByStatus()) {
        result.push_back({w.status, w.count, std::max<qint64>(0, w.median.secsTo(now)),
                          std::max<qint64>(0, w.oldest.secsTo(now))});
    }
    std::sort(result.begin(), result.end(),
              [](const StatusWaitReport &a, const StatusWaitReport &b) { return a.status < b.status; });
    return result;
}

} // namespace flowdesk
