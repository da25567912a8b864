#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace flowdesk {

// Which interviews a batch export takes. Empty fields do not filter.
struct BatchSelectionFilter
{
    qint64 questionnaireId = 0;
    QDate from, to;             // interview date (created_at), inclusive, local days
    QString enumerator;         // login
    qint64 locationField = 0;   // the field id of the location question (0: no location filter)
    QString location;           // its value (a choice name)
};

// One batch written or read here.
struct BatchRecord
{
    QString id;
    bool exported = true; // false: imported
    QString office;
    QString keyId;
    qint64 questionnaireId = 0;
    qint64 interviews = 0;
    QString accountName;
    QDateTime at;
    bool includePii = false;
    QString options; // JSON: formats, profile... what a re-export repeats
};

// SQL for batches (migration 6): the selection, export marks, batch rows, uuid look-ups. Internal to model/:
// BatchExporter, BatchImporter and InterviewWorkflow are the doors. Writes run in the caller's transaction.
class BatchStore
{
public:
    explicit BatchStore(const QString &connectionName) : m_connection(connectionName) {}

    // Approved interviews (never exported: export moves them on) matching `filter`, by id.
    std::vector<qint64> approvedIds(const BatchSelectionFilter &filter, QString *error) const;
    // How many approved interviews match `filter`, without materialising them (the dialog's counts).
    qint64 approvedCount(const BatchSelectionFilter &filter, QString *error) const;
    // The interviews that left in batch `batchId`, by id.
    std::vector<qint64> idsInBatch(const QString &batchId, QString *error) const;
    bool setExportBatch(qint64 interviewId, const QString &batchId, QString *error);

    bool addBatch(const BatchRecord &batch, QString *error);
    std::optional<BatchRecord> batch(const QString &id, bool exported, QString *error) const;
    // The batches exported here, newest first, at most `limit` (the export dialog's "write again" list).
    std::vector<BatchRecord> exportedBatches(int limit, QString *error) const;

    // The interview stored under `uuid`: (id, questionnaire id), or nullopt.
    std::optional<std::pair<qint64, qint64>> findUuid(const QString &uuid, QString *error) const;

private:
    QString m_connection;
};

} // namespace flowdesk
