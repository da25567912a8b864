#include "importconflictstore.h"

#include "sqlsupport.h"

namespace flowdesk {

namespace {
constexpr auto kAdd = R"sql(
INSERT INTO import_conflicts (batch_id, interview_id, theirs, received_at) VALUES (?, ?, ?, ?))sql";
constexpr auto kList = R"sql(
SELECT id, batch_id, interview_id, theirs, received_at, resolution, resolved_by, resolved_at
FROM import_conflicts WHERE (? OR resolution IS NULL)
ORDER BY resolution IS NOT NULL, id LIMIT ?)sql";
constexpr auto kFind = R"sql(
SELECT id, batch_id, interview_id, theirs, received_at, resolution, resolved_by, resolved_at
FROM import_conflicts WHERE id = ?)sql";
constexpr auto kResolve = R"sql(
UPDATE import_conflicts SET resolution = ?, resolved_by = ?, resolved_at = ? WHERE id = ? AND resolution IS NULL)sql";
constexpr auto kHasOpen = R"sql(
SELECT EXISTS (SELECT 1 FROM import_conflicts WHERE interview_id = ? AND resolution IS NULL AND theirs = ?))sql";

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

std::vector<ImportConflict> ImportConflictStore::list(bool includeResolved, int limit, QString *error) const
{
    std::vector<ImportConflict> conflicts;
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kList, error))
        return conflicts;
    q.addBindValue(includeResolved ? 1 : 0);
    q.addBindValue(limit);
    if (!sql::exec(q, u"Cannot read the import conflicts", error))
        return conflicts;
    while (q.next())
        conflicts.push_back(read(q));
    if (!sql::endOfRows(q, u"Cannot read the import conflicts", error))
        conflicts.clear();
    return conflicts;
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
