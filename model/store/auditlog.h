#pragma once

#include "audit/auditentry.h"

#include <QSqlQuery>

#include <functional>
#include <optional>
#include <vector>

namespace flowdesk {

class Database;

// Appends entries to the hash-chained audit log inside the caller's write transaction (begun with BEGIN
// IMMEDIATE, so no other writer can append between reading the last hash and writing ours). Statements are
// prepared once, so the demo's and an import's thousands of entries cost little. Not thread-safe.
class AuditWriter
{
public:
    explicit AuditWriter(const QString &connectionName);

    // Reads the last entry's seq and hash; call after the transaction began.
    bool prepare(QString *error);
    bool isPrepared() const { return m_prepared; }
    // Fills in seq, prevHash and hash (and `at` when invalid: now), writes the row.
    bool append(AuditEntry &entry, QString *error);

private:
    QString m_connection;
    QSqlQuery m_last;
    QSqlQuery m_insert;
    qint64 m_seq = 0;
    QString m_hash;
    bool m_prepared = false;
};

// What AuditLog::verify() found.
struct AuditVerification
{
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBrokenSeq = 0; // the first entry that does not match (0 when ok)
    QString message;           // what is wrong there, or "N entries, chain intact"
};

// Reads the audit log. Writing goes through AuditWriter (the services do that); there is no way to change or
// delete an entry through model/. Use from the thread that opened the Database.
class AuditLog
{
public:
    explicit AuditLog(Database &database);

    // Walks every entry in seq order and recomputes the chain: a changed, inserted, removed or reordered row
    // shows as the first entry whose prev_hash or hash does not match. A database without an audit log
    // (schema before migration 2) is ok with 0 entries.
    AuditVerification verify() const;
    // The entries about one interview, oldest first.
    std::vector<AuditEntry> history(qint64 interviewId) const;
    // The newest `limit` entries, newest first.
    std::vector<AuditEntry> recent(int limit) const;

private:
    QString m_connection;
};

} // namespace flowdesk
