#include "importconflictstore.h"

#include "sqlsupport.h"

#include <algorithm>

namespace flowdesk {

namespace {
constexpr auto kAdd = R"sql(
INSERT INTO import_conflicts (batch_id, interview_id, theirs, received_at) VALUES (?, ?, ?, ?))sql";
// Keyset pages in id order, never a sort, and the blob `theirs` not read out. One statement per filter, each
// written so that its index serves it (a bound "? OR ..." would hide the partial index from the planner): open
// ones from import_conflicts_open_by_id (migration 13), a batch's from import_conflicts_by_batch (12), all of
// them from the table's own rowid.
#define FLOWDESK_CONFLICT_COLUMNS \
    "SELECT c.id, c.batch_id, c.interview_id, i.uuid, c.received_at, c.resolution, c.resolved_by, c.resolved_at " \
    "FROM import_conflicts c JOIN interviews i ON i.id = c.interview_id "
constexpr auto kPageOpen = FLOWDESK_CONFLICT_COLUMNS
    "WHERE c.resolution IS NULL AND c.id > ? ORDER BY c.id LIMIT ?";
constexpr auto kPageAll = FLOWDESK_CONFLICT_COLUMNS "WHERE c.id > ? ORDER BY c.id LIMIT ?";
constexpr auto kPageOpenOfBatch = FLOWDESK_CONFLICT_COLUMNS
    "WHERE c.batch_id = ? AND c.resolution IS NULL AND c.id > ? ORDER BY c.id LIMIT ?";
constexpr auto kPageAllOfBatch = FLOWDESK_CONFLICT_COLUMNS
    "WHERE c.batch_id = ? AND c.id > ? ORDER BY c.id LIMIT ?";
constexpr auto kSummary = FLOWDESK_CONFLICT_COLUMNS "WHERE c.id = ?";
#undef FLOWDESK_CONFLICT_COLUMNS
// Both counts from import_conflicts_by_batch (migration 12), which holds batch and resolution: an index of a
// few bytes a row instead of the table's rows with their copies of the interview.
constexpr auto kCounts = R"sql(
SELECT COUNT(*) FILTER (WHERE resolution IS NULL), COUNT(*) FROM import_conflicts)sql";
constexpr auto kCountsOfBatch = R"sql(
SELECT COUNT(*) FILTER (WHERE resolution IS NULL), COUNT(*) FROM import_conflicts WHERE batch_id = ?)sql";
constexpr auto kBatches = R"sql(
SELECT DISTINCT batch_id FROM import_conflicts ORDER BY batch_id)sql";
constexpr auto kFind = R"sql(
SELECT id, batch_id, interview_id, theirs, received_at, resolution, resolved_by, resolved_at
FROM import_conflicts WHERE id = ?)sql";
constexpr auto kResolve = R"sql(
UPDATE import_conflicts SET resolution = ?, resolved_by = ?, resolved_at = ? WHERE id = ? AND resolution IS NULL)sql";
constexpr auto kHasOpen = R"sql(
SELECT EXISTS (SELECT 1 FROM import_conflicts WHERE interview_id = ? AND resolution IS NULL AND theirs = ?))sql";

ConflictSummary readSummary(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(),           q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toString(),             sql::fromStoredTime(q.value(4)), q.value(5).toString(),
            q.value(6).toString(),             sql::fromStoredTime(q.value(7))};
}

ImportConflict read(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(),           q.value(2).toLongLong(),
            q.value(3).toByteArray(), sql::fromStoredTime(q.value(4)), q.value(5).toString(),
            q.value(6).toString(),    sql::fromStoredTime(q.value(7))};
}
} // namespace

qint64 ImportConflictStore::add(const ImportConflict &c, QString *error)
{
    QSqlQuery q = sql::query(m_connection);
    if (!sql::prepare(q, kAdd, error))
        return 0;
    q.addBindValue(c.batchId);
    q.addBindValue(c.interviewId);
    q.addBindValue(QString::fromUtf8(c.theirs));
    q.addBindValue(sql::toStoredTime(c.receivedAt));
    if (!sql::exec(q, u"Cannot record the import conflict", error))
        return 0;
    return q.lastInsertId().toLongLong();
}

std::vector<ConflictSummary> ImportConflictStore::page(const ConflictFilter &filter, qint64 afterId, int limit,
                                                      QString *error) const
{
    std::vector<ConflictSummary> rows;
    QSqlQuery q = sql::query(m_connection, true);
    const bool oneBatch = !filter.batchId.isEmpty();
    const char *statement = oneBatch ? (filter.includeResolved ? kPageAllOfBatch : kPageOpenOfBatch)
                                     : (filter.includeResolved ? kPageAll : kPageOpen);
    if (!sql::prepare(q, statement, error))
        return rows;
    if (oneBatch)
        q.addBindValue(filter.batchId);
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!sql::exec(q, u"Cannot read the import conflicts", error))
        return rows;
    rows.reserve(size_t(std::max(limit, 0)));
    while (q.next())
        rows.push_back(readSummary(q));
    if (!sql::endOfRows(q, u"Cannot read the import conflicts", error))
        rows.clear();
    return rows;
}

std::optional<ConflictSummary> ImportConflictStore::summary(qint64 id, QString *error) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kSummary, error))
        return std::nullopt;
    q.addBindValue(id);
    if (!sql::exec(q, u"Cannot read the import conflict", error))
        return std::nullopt;
    if (!q.next()) {
        sql::endOfRows(q, u"Cannot read the import conflict", error);
        return std::nullopt;
    }
    return readSummary(q);
}

std::optional<ConflictCounts> ImportConflictStore::counts(const QString &batchId, QString *error) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, batchId.isEmpty() ? kCounts : kCountsOfBatch, error))
        return std::nullopt;
    if (!batchId.isEmpty())
        q.addBindValue(batchId);
    if (!sql::exec(q, u"Cannot count the import conflicts", error))
        return std::nullopt;
    if (!q.next()) {
        sql::endOfRows(q, u"Cannot count the import conflicts", error);
        return std::nullopt;
    }
    return ConflictCounts{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

QStringList ImportConflictStore::batches(QString *error) const
{
    QStringList batches;
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kBatches, error) || !sql::exec(q, u"Cannot read the import conflicts", error))
        return batches;
    while (q.next())
        batches << q.value(0).toString();
    if (!sql::endOfRows(q, u"Cannot read the import conflicts", error))
        batches.clear();
    return batches;
}

std::optional<ImportConflict> ImportConflictStore::find(qint64 id, QString *error) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kFind, error))
        return std::nullopt;
    q.addBindValue(id);
    if (!sql::exec(q, u"Cannot read the import conflict", error))
        return std::nullopt;
    if (!q.next()) {
        sql::endOfRows(q, u"Cannot read the import conflict", error);
        return std::nullopt;
    }
    return read(q);
}

bool ImportConflictStore::resolve(qint64 id, const QString &resolution, const QString &by, const QDateTime &at,
                                  QString *error)
{
    QSqlQuery q = sql::query(m_connection);
    if (!sql::prepare(q, kResolve, error))
        return false;
    q.addBindValue(resolution);
    q.addBindValue(by);
    q.addBindValue(sql::toStoredTime(at));
    q.addBindValue(id);
    if (!sql::exec(q, u"Cannot resolve the import conflict", error))
        return false;
    return q.numRowsAffected() == 1;
}

bool ImportConflictStore::hasOpen(qint64 interviewId, const QByteArray &theirs, QString *error) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kHasOpen, error))
        return false;
    q.addBindValue(interviewId);
    q.addBindValue(QString::fromUtf8(theirs));
    if (!sql::exec(q, u"Cannot read the import conflicts", error) || !q.next())
        return false;
    return q.value(0).toInt() != 0;
}

} // namespace flowdesk
