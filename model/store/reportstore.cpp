#include "reportstore.h"

#include "sqlsupport.h"

namespace flowdesk {

namespace {

constexpr auto kByEnumeratorStatus = R"sql(
SELECT enumerator, status, SUM(n) FROM case_counts GROUP BY enumerator, status HAVING SUM(n) > 0
ORDER BY enumerator)sql";
constexpr auto kDurations = R"sql(
SELECT enumerator, duration FROM case_summaries WHERE duration >= 0 ORDER BY enumerator, duration)sql";
constexpr auto kRejections = R"sql(
SELECT i.enumerator, COUNT(*) FROM status_history AS h JOIN interviews AS i ON i.id = h.interview_id
WHERE h.to_status = 'rejected' GROUP BY i.enumerator ORDER BY i.enumerator)sql";
constexpr auto kStatusCounts = R"sql(
SELECT status, COUNT(*), MIN(status_since) FROM case_summaries GROUP BY status)sql";
constexpr auto kStatusMedian = R"sql(
SELECT status_since FROM case_summaries WHERE status = ? ORDER BY status_since LIMIT 1 OFFSET ?)sql";
constexpr auto kDurationCount = R"sql(SELECT COUNT(*) FROM case_summaries WHERE duration >= 0)sql";
constexpr auto kDurationAt = R"sql(
SELECT duration FROM case_summaries WHERE duration >= 0 ORDER BY duration LIMIT 1 OFFSET ?)sql";
constexpr auto kValueCount = R"sql(SELECT COUNT(*) FROM answers WHERE field_id = ? AND value IS NOT NULL)sql";
constexpr auto kValues = R"sql(
SELECT CAST(value AS REAL) FROM answers WHERE field_id = ? AND value IS NOT NULL AND interview_id % ? = 0)sql";

template<typename Read>
void each(const QString &connection, const char *statement, const QVariantList &binds, Read read)
{
    QSqlQuery q = sql::query(connection, true);
    if (!sql::prepare(q, statement, nullptr))
        return;
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec())
        return;
    while (q.next())
        read(q);
}

} // namespace

std::vector<ReportStore::EnumeratorStatus> ReportStore::byEnumeratorAndStatus() const
{
    std::vector<EnumeratorStatus> rows;
    each(m_connection, kByEnumeratorStatus, {}, [&](const QSqlQuery &q) {
        rows.push_back({q.value(0).toString(), statusFromName(q.value(1).toString()), q.value(2).toLongLong()});
    });
    return rows;
}

std::vector<std::pair<QString, qint64>> ReportStore::durationsByEnumerator() const
{
    std::vector<std::pair<QString, qint64>> rows;
    each(m_connection, kDurations, {},
         [&](const QSqlQuery &q) { rows.emplace_back(q.value(0).toString(), q.value(1).toLongLong()); });
    return rows;
}

std::vector<std::pair<QString, qint64>> ReportStore::rejectionsByEnumerator() const
{
    std::vector<std::pair<QString, qint64>> rows;
    each(m_connection, kRejections, {},
         [&](const QSqlQuery &q) { rows.emplace_back(q.value(0).toString(), q.value(1).toLongLong()); });
    return rows;
}

std::vector<ReportStore::Waiting> ReportStore::waitingByStatus() const
{
    std::vector<Waiting> rows;
    each(m_connection, kStatusCounts, {}, [&](const QSqlQuery &q) {
        rows.push_back({statusFromName(q.value(0).toString()), q.value(1).toLongLong(),
                        sql::fromStoredTime(q.value(2)), QDateTime()});
    });
    for (Waiting &w : rows) {
        each(m_connection, kStatusMedian, {statusName(w.status), w.count / 2},
             [&](const QSqlQuery &q) { w.median = sql::fromStoredTime(q.value(0)); });
    }
    return rows;
}

qint64 ReportStore::medianDuration() const
{
    qint64 count = 0, median = -1;
    each(m_connection, kDurationCount, {}, [&](const QSqlQuery &q) { count = q.value(0).toLongLong(); });
    if (count == 0)
        return -1;
    each(m_connection, kDurationAt, {count / 2}, [&](const QSqlQuery &q) { median = q.value(0).toLongLong(); });
    return median;
}

std::vector<double> ReportStore::numericValues(qint64 fieldId, int sample) const
{
    qint64 count = 0;
    each(m_connection, kValueCount, {fieldId}, [&](const QSqlQuery &q) { count = q.value(0).toLongLong(); });
    const qint64 step = std::max<qint64>(1, count / std::max(1, sample));
    std::vector<double> values;
    each(m_connection, kValues, {fieldId, step}, [&](const QSqlQuery &q) { values.push_back(q.value(0).toDouble()); });
    return values;
}

} // namespace flowdesk
