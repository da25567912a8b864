#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace flowdesk {

// An imported interview that differs from ours under the same uuid (migration 6).
struct ImportConflict
{
    qint64 id = 0;
    QString batchId;
    qint64 interviewId = 0; // ours
    QByteArray theirs;      // their interviews.jsonl line
    QDateTime receivedAt;
    QString resolution;     // '' open, "ours" or "theirs"
    QString resolvedBy;
    QDateTime resolvedAt;
};

// SQL for the import conflict list. Internal to model/: InterviewWorkflow (import, resolve) and ImportConflicts
// (model/batch, reading) are the doors. Writes run in the caller's transaction.
class ImportConflictStore
{
public:
    explicit ImportConflictStore(const QString &connectionName) : m_connection(connectionName) {}

    qint64 add(const ImportConflict &conflict, QString *error); // the new id, 0 on failure
    // Open conflicts first, oldest first; at most `limit`.
    std::vector<ImportConflict> list(bool includeResolved, int limit, QString *error) const;
    std::optional<ImportConflict> find(qint64 id, QString *error) const;
    // False with no error text when it was already resolved (someone else got there first).
    bool resolve(qint64 id, const QString &resolution, const QString &by, const QDateTime &at, QString *error);
    // Whether an open conflict already holds exactly these bytes for this interview (a batch imported twice).
    bool hasOpen(qint64 interviewId, const QByteArray &theirs, QString *error) const;

private:
    QString m_connection;
};

} // namespace flowdesk
