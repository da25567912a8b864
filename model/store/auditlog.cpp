#include "auditlog.h"

#include "database.h"
#include "sqlsupport.h"

namespace flowdesk {

namespace {

constexpr auto kLast = R"sql(SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1)sql";
constexpr auto kInsert = R"sql(
INSERT INTO audit_log (seq, at, account_id, account_name, action, interview_id, details, prev_hash, hash)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))sql";
constexpr auto kAll = R"sql(
SELECT seq, at, account_id, account_name, action, interview_id, details, prev_hash, hash
FROM audit_log ORDER BY seq)sql";
constexpr auto kByInterview = R"sql(
SELECT seq, at, account_id, account_name, action, interview_id, details, prev_hash, hash
FROM audit_log WHERE interview_id = ? ORDER BY seq)sql";
constexpr auto kRecent = R"sql(
SELECT seq, at, account_id, account_name, action, interview_id, details, prev_hash, hash
FROM audit_log ORDER BY seq DESC LIMIT ?)sql";
constexpr auto kHasAuditLog = R"sql(
SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = 'audit_log')sql";

AuditEntry read(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = sql::fromStoredTime(q.value(1));
    e.accountId = q.value(2).toLongLong();
    e.accountName = q.value(3).toString();
    e.action = q.value(4).toString();
    e.interviewId = q.value(5).toLongLong();
    e.details = q.value(6).toString();
    e.prevHash = q.value(7).toString();
    e.hash = q.value(8).toString();
    return e;
}

std::vector<AuditEntry> readAll(QSqlQuery &q)
{
    std::vector<AuditEntry> entries;
    if (!q.exec())
        return entries;
    while (q.next())
        entries.push_back(read(q));
    return entries;
}

} // namespace

AuditWriter::AuditWriter(const QString &connectionName)
    : m_connection(connectionName), m_last(sql::query(connectionName, true)), m_insert(sql::query(connectionName))
{
}

bool AuditWriter::prepare(QString *error)
{
    if (!sql::prepareKept(m_last, m_connection, kLast, error) ||
        !sql::prepareKept(m_insert, m_connection, kInsert, error) ||
        !sql::exec(m_last, u"Cannot read the audit log", error))
        return false;
    if (m_last.next()) {
        m_seq = m_last.value(0).toLongLong();
        m_hash = m_last.value(1).toString();
    } else {
        m_seq = 0;
        m_hash = audit::genesisHash();
    }
    m_last.finish();
    m_prepared = true;
    return true;
}

bool AuditWriter::append(AuditEntry &entry, QString *error)
{
    if (!m_prepared)
        return sql::fail(error, QStringLiteral("The audit log was not prepared."));
    entry.seq = m_seq + 1;
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    // Stored as ms: the hash must cover exactly what is stored.
    entry.at = QDateTime::fromMSecsSinceEpoch(entry.at.toMSecsSinceEpoch(), Qt::UTC);
    entry.prevHash = m_hash;
    entry.hash = audit::chainHash(m_hash, entry);
    m_insert.bindValue(0, entry.seq);
    m_insert.bindValue(1, sql::toStoredTime(entry.at));
    m_insert.bindValue(2, entry.accountId == 0 ? QVariant() : QVariant(entry.accountId));
    m_insert.bindValue(3, sql::nonNull(entry.accountName));
    m_insert.bindValue(4, entry.action);
    m_insert.bindValue(5, entry.interviewId == 0 ? QVariant() : QVariant(entry.interviewId));
    m_insert.bindValue(6, sql::nonNull(entry.details));
    m_insert.bindValue(7, entry.prevHash);
    m_insert.bindValue(8, entry.hash);
    if (!sql::exec(m_insert, u"Cannot write the audit log", error))
        return false;
    m_seq = entry.seq;
    m_hash = entry.hash;
    return true;
}

AuditLog::AuditLog(Database &database) : m_connection(database.connectionName()) {}

AuditVerification AuditLog::verify() const
{
    AuditVerification result;
    QSqlQuery exists = sql::query(m_connection, true);
    if (!sql::prepare(exists, kHasAuditLog, &result.message) ||
        !sql::exec(exists, u"Cannot read the schema", &result.message)) {
        result.ok = false;
        return result;
    }
    if (!exists.next() || exists.value(0).toInt() == 0) {
        result.message = QStringLiteral("0 entries: this database has no audit log yet.");
        return result;
    }
    exists.finish();
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kAll, &result.message) || !sql::exec(q, u"Cannot read the audit log", &result.message)) {
        result.ok = false;
        return result;
    }
    QString previous = audit::genesisHash();
    qint64 expectedSeq = 1;
    auto broken = [&](qint64 seq, const QString &why) {
        result.ok = false;
        result.firstBrokenSeq = seq;
        result.message = QStringLiteral("Audit log broken at entry %1: %2").arg(seq).arg(why);
        return result;
    };
    while (q.next()) {
        const AuditEntry entry = read(q);
        ++result.entries;
        if (entry.seq != expectedSeq)
            return broken(entry.seq, QStringLiteral("entry %1 is missing (entries were removed or renumbered).")
                                         .arg(expectedSeq));
        if (entry.prevHash != previous)
            return broken(entry.seq, QStringLiteral("it does not link to the entry before it (that entry or "
                                                    "this link was changed)."));
        if (audit::chainHash(entry.prevHash, entry) != entry.hash)
            return broken(entry.seq, QStringLiteral("its contents do not match its hash (the entry was changed "
                                                    "after it was written)."));
        previous = entry.hash;
        ++expectedSeq;
    }
    result.message = QStringLiteral("%1 entries, chain intact.").arg(result.entries);
    return result;
}

std::vector<AuditEntry> AuditLog::history(qint64 interviewId) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kByInterview, nullptr))
        return {};
    q.addBindValue(interviewId);
    return readAll(q);
}

std::vector<AuditEntry> AuditLog::recent(int limit) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kRecent, nullptr))
        return {};
    q.addBindValue(limit);
    return readAll(q);
}

} // namespace flowdesk
