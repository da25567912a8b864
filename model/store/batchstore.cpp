#include "batchstore.h"

#include "sqlsupport.h"

#include <QTimeZone>

namespace flowdesk {

namespace {
// One statement for every combination of filters: a NULL parameter switches its condition off.
constexpr auto kApprovedWhere = R"sql(
FROM interviews i
WHERE i.questionnaire_id = :q AND i.status = 'approved'
  AND (:from IS NULL OR i.created_at >= :from) AND (:to IS NULL OR i.created_at < :to)
  AND (:enumerator IS NULL OR i.enumerator = :enumerator)
  AND (:field IS NULL OR EXISTS (SELECT 1 FROM answers a
                                 WHERE a.interview_id = i.id AND a.field_id = :field AND a.instance = ''
                                   AND a.value = :location)))sql";
constexpr auto kIdsInBatch = R"sql(SELECT id FROM interviews WHERE export_batch = ? ORDER BY id)sql";
constexpr auto kSetExportBatch = R"sql(UPDATE interviews SET export_batch = ? WHERE id = ?)sql";
constexpr auto kAddBatch = R"sql(
INSERT INTO batches (id, direction, office, key_id, questionnaire_id, interviews, account_name, at, include_pii,
                     options)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))sql";
constexpr auto kBatch = R"sql(
SELECT id, direction, office, key_id, questionnaire_id, interviews, account_name, at, include_pii, options
FROM batches WHERE id = ? AND direction = ?)sql";
constexpr auto kExportedBatches = R"sql(
SELECT id, direction, office, key_id, questionnaire_id, interviews, account_name, at, include_pii, options
FROM batches WHERE direction = 'export' ORDER BY at DESC, id DESC LIMIT ?)sql";
constexpr auto kFindUuid = R"sql(SELECT id, questionnaire_id FROM interviews WHERE uuid = ?)sql";

QVariant dayStart(const QDate &day)
{
    return day.isValid() ? sql::toStoredTime(day.startOfDay(QTimeZone::systemTimeZone())) : QVariant();
}

bool bindFilter(QSqlQuery &q, const BatchSelectionFilter &f)
{
    q.bindValue(QStringLiteral(":q"), f.questionnaireId);
    q.bindValue(QStringLiteral(":from"), dayStart(f.from));
    q.bindValue(QStringLiteral(":to"), f.to.isValid() ? dayStart(f.to.addDays(1)) : QVariant());
    q.bindValue(QStringLiteral(":enumerator"), f.enumerator.isEmpty() ? QVariant() : QVariant(f.enumerator));
    const bool location = f.locationField != 0 && !f.location.isEmpty();
    q.bindValue(QStringLiteral(":field"), location ? QVariant(f.locationField) : QVariant());
    q.bindValue(QStringLiteral(":location"), location ? QVariant(f.location) : QVariant());
    return true;
}

std::vector<qint64> readIds(QSqlQuery &q, QStringView what, QString *error)
{
    std::vector<qint64> ids;
    if (!sql::exec(q, what, error))
        return ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    if (!sql::endOfRows(q, what, error))
        ids.clear();
    return ids;
}
} // namespace

std::vector<qint64> BatchStore::approvedIds(const BatchSelectionFilter &filter, QString *error) const
{
    static const QByteArray statement = QByteArray("SELECT i.id ") + kApprovedWhere + " ORDER BY i.id";
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, statement.constData(), error) || !bindFilter(q, filter))
        return {};
    return readIds(q, u"Cannot select the interviews to export", error);
}

qint64 BatchStore::approvedCount(const BatchSelectionFilter &filter, QString *error) const
{
    static const QByteArray statement = QByteArray("SELECT COUNT(*) ") + kApprovedWhere;
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, statement.constData(), error) || !bindFilter(q, filter) ||
        !sql::exec(q, u"Cannot count the interviews to export", error))
        return -1;
    if (!q.next()) {
        sql::endOfRows(q, u"Cannot count the interviews to export", error);
        return -1;
    }
    return q.value(0).toLongLong();
}

std::vector<qint64> BatchStore::idsInBatch(const QString &batchId, QString *error) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kIdsInBatch, error))
        return {};
    q.addBindValue(batchId);
    return readIds(q, u"Cannot read the batch's interviews", error);
}

bool BatchStore::setExportBatch(qint64 interviewId, const QString &batchId, QString *error)
{
    QSqlQuery q = sql::query(m_connection);
    if (!sql::prepare(q, kSetExportBatch, error))
        return false;
    q.addBindValue(batchId);
    q.addBindValue(interviewId);
    return sql::exec(q, u"Cannot mark the interview exported", error);
}

bool BatchStore::addBatch(const BatchRecord &b, QString *error)
{
    QSqlQuery q = sql::query(m_connection);
    if (!sql::prepare(q, kAddBatch, error))
        return false;
    q.addBindValue(b.id);
    q.addBindValue(b.exported ? QStringLiteral("export") : QStringLiteral("import"));
    q.addBindValue(sql::nonNull(b.office));
    q.addBindValue(sql::nonNull(b.keyId));
    q.addBindValue(b.questionnaireId ? QVariant(b.questionnaireId) : QVariant());
    q.addBindValue(b.interviews);
    q.addBindValue(sql::nonNull(b.accountName));
    q.addBindValue(sql::toStoredTime(b.at));
    q.addBindValue(b.includePii ? 1 : 0);
    q.addBindValue(b.options.isEmpty() ? QStringLiteral("{}") : b.options);
    return sql::exec(q, u"Cannot record the batch", error);
}

namespace {

// A row of kBatch or kExportedBatches.
BatchRecord record(const QSqlQuery &q)
{
    return BatchRecord{q.value(0).toString(),      q.value(1).toString() == u"export",
                       q.value(2).toString(),      q.value(3).toString(),
                       q.value(4).toLongLong(),    q.value(5).toLongLong(),
                       q.value(6).toString(),      sql::fromStoredTime(q.value(7)),
                       q.value(8).toInt() != 0,    q.value(9).toString()};
}

} // namespace

std::optional<BatchRecord> BatchStore::batch(const QString &id, bool exported, QString *error) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kBatch, error))
        return std::nullopt;
    q.addBindValue(id);
    q.addBindValue(exported ? QStringLiteral("export") : QStringLiteral("import"));
    if (!sql::exec(q, u"Cannot read the batch", error))
        return std::nullopt;
    if (!q.next()) {
        sql::endOfRows(q, u"Cannot read the batch", error);
        return std::nullopt;
    }
    return record(q);
}

std::vector<BatchRecord> BatchStore::exportedBatches(int limit, QString *error) const
{
    std::vector<BatchRecord> batches;
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kExportedBatches, error))
        return batches;
    q.addBindValue(limit);
    if (!sql::exec(q, u"Cannot read the batches", error))
        return batches;
    while (q.next())
        batches.push_back(record(q));
    sql::endOfRows(q, u"Cannot read the batches", error);
    return batches;
}

std::optional<std::pair<qint64, qint64>> BatchStore::findUuid(const QString &uuid, QString *error) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kFindUuid, error))
        return std::nullopt;
    q.addBindValue(uuid);
    if (!sql::exec(q, u"Cannot look the interview up", error))
        return std::nullopt;
    if (!q.next()) {
        sql::endOfRows(q, u"Cannot look the interview up", error);
        return std::nullopt;
    }
    return std::make_pair(q.value(0).toLongLong(), q.value(1).toLongLong());
}

} // namespace flowdesk
