#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

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

// One row of the conflict list as a reviewer scans it: no `theirs` (that is read for the one conflict shown).
struct ConflictSummary
{
    qint64 id = 0;
    QString batchId;
    qint64 interviewId = 0;
    QString uuid; // ours (and theirs: the same uuid is what makes it a conflict)
    QDateTime receivedAt;
    QString resolution; // '' open, "ours" or "theirs"
    QString resolvedBy;
    QDateTime resolvedAt;
};

// Which conflicts a list shows: open ones only or all, of every batch or of one.
struct ConflictFilter
{
    bool includeResolved = false;
    QString batchId; // empty: every batch
};

struct ConflictCounts
{
    qint64 open = 0;
    qint64 all = 0;
};

// SQL for the import conflict list. Internal to model/: InterviewWorkflow (import, resolve) and ImportConflicts
// (model/batch, reading) are the doors. Writes run in the caller's transaction.
class ImportConflictStore
{
public:
    explicit ImportConflictStore(const QString &connectionName) : m_connection(connectionName) {}

    qint64 add(const ImportConflict &conflict, QString *error); // the new id, 0 on failure
    // The conflicts after `afterId` in id order (keyset pages: a page costs the same deep in the list as at
    // its start), at most `limit`, joined to the interview for its uuid.
    std::vector<ConflictSummary> page(const ConflictFilter &filter, qint64 afterId, int limit, QString *error) const;
    std::optional<ConflictSummary> summary(qint64 id, QString *error) const;
    // Open and all conflicts, of one batch or (empty) of all; from migration 12's index, not the rows.
    std::optional<ConflictCounts> counts(const QString &batchId, QString *error) const;
    // The batches that brought conflicts, in order.
    QStringList batches(QString *error) const;
    std::optional<ImportConflict> find(qint64 id, QString *error) const;
    // False with no error text when it was already resolved (someone else got there first).
    bool resolve(qint64 id, const QString &resolution, const QString &by, const QDateTime &at, QString *error);
    // Whether an open conflict already holds exactly these bytes for this interview (a batch imported twice).
    bool hasOpen(qint64 interviewId, const QByteArray &theirs, QString *error) const;

private:
    QString m_connection;
};

} // namespace flowdesk
