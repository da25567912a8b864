#include "batchexporter.h"

#include "accounts/accounts.h"
#include "batchsignature.h"
#include "batchzip.h"
#include "datapackage.h"
#include "interviewinterchange.h"
#include "officekey.h"
#include "store/auditlog.h"
#include "store/batchstore.h"
#include "store/interviewstream.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>

namespace flowdesk {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Deletes the folder unless released: every early return cleans up.
class FolderGuard
{
public:
    explicit FolderGuard(QString path) : m_path(std::move(path)) {}
    ~FolderGuard()
    {
        if (!m_path.isEmpty())
            QDir(m_path).removeRecursively();
    }
    void release() { m_path.clear(); }
    void retarget(const QString &path) { m_path = path; }

private:
    QString m_path;
};

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return fail(error, QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

QString newBatchId(const OfficeKey &key)
{
    // Readable, sortable by time, unique across offices (key id) and within one second (random).
    return QStringLiteral("%1-%2-%3")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")), key.keyId().left(8))
        .arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
}

// What a batch was written with, kept with its record so that writing it again gives the same bytes.
QJsonObject recordedOptions(const BatchDescription &d, qint64 stampSecs)
{
    QJsonObject options = datapackage::presentationJson(d.presentation);
    options.insert(QStringLiteral("profile"), d.profile);
    options.insert(QStringLiteral("formats"), QJsonArray::fromStringList(d.formats));
    // Marking the interviews exported changes them, so the time stamped in the files is kept, not recomputed.
    options.insert(QStringLiteral("stamp"), double(stampSecs));
    return options;
}

} // namespace

BatchExporter::BatchExporter(Workspace &workspace) : m_workspace(workspace) {}

QString BatchExporter::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Stata:
        return QStringLiteral("dta");
    case ExportFormat::Spss:
        return QStringLiteral("sav");
    }
    return {};
}

std::optional<ExportFormat> BatchExporter::formatFromName(QStringView name)
{
    for (ExportFormat f : {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Stata, ExportFormat::Spss}) {
        if (name.compare(formatName(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    if (name.compare(u"stata", Qt::CaseInsensitive) == 0)
        return ExportFormat::Stata;
    if (name.compare(u"spss", Qt::CaseInsensitive) == 0)
        return ExportFormat::Spss;
    return std::nullopt;
}

QString BatchExporter::profileName(ExportProfile profile)
{
    switch (profile) {
    case ExportProfile::Kobo:
        return QStringLiteral("kobo");
    case ExportProfile::OdkCentral:
        return QStringLiteral("odk");
    case ExportProfile::Wide:
        return QStringLiteral("wide");
    }
    return {};
}

std::optional<QChar> BatchExporter::separatorFromName(QStringView name)
{
    if (name == u"," || name.compare(u"comma", Qt::CaseInsensitive) == 0)
        return QLatin1Char(',');
    if (name == u";" || name.compare(u"semicolon", Qt::CaseInsensitive) == 0)
        return QLatin1Char(';');
    if (name == u"\t" || name.compare(u"tab", Qt::CaseInsensitive) == 0)
        return QLatin1Char('\t');
    return std::nullopt;
}

std::optional<ExportProfile> BatchExporter::profileFromName(QStringView name)
{
    for (ExportProfile p : {ExportProfile::Kobo, ExportProfile::OdkCentral, ExportProfile::Wide}) {
        if (name.compare(profileName(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

int BatchExporter::locationItem() const
{
    const Questionnaire *q = m_workspace.questionnaire();
    if (!q)
        return -1;
    const int fmp = q->itemByName(u"fmp");
    if (fmp >= 0 && q->item(fmp).repeat < 0)
        return fmp;
    const auto &columns = m_workspace.workflow()->caseListSpec().columnItems;
    return columns.empty() ? -1 : columns.front();
}

static BatchSelectionFilter filterFor(const Workspace &workspace, const BatchExportRequest &request, int locationItem)
{
    BatchSelectionFilter filter;
    filter.questionnaireId = workspace.storedQuestionnaire().id;
    filter.from = request.from;
    filter.to = request.to;
    filter.enumerator = request.enumerator;
    if (!request.location.isEmpty() && locationItem >= 0) {
        filter.locationField = workspace.workflow()->fieldForItem(locationItem);
        filter.location = request.location;
    }
    return filter;
}

std::vector<BatchRecord> BatchExporter::exportedBatches(int limit, QString *error) const
{
    return BatchStore(m_workspace.database().connectionName()).exportedBatches(limit, error);
}

qint64 BatchExporter::count(const BatchExportRequest &request, QString *error) const
{
    if (!m_workspace.workflow())
        return fail(error, QStringLiteral("The database has no questionnaire.")), -1;
    const BatchStore store(m_workspace.database().connectionName());
    if (!request.batch.isEmpty())
        return qint64(store.idsInBatch(request.batch, error).size());
    return store.approvedCount(filterFor(m_workspace, request, locationItem()), error);
}

std::optional<BatchExportResult> BatchExporter::run(const Session &session, const BatchExportRequest &requested,
                                                    const Progress &progress, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    Database &db = m_workspace.database();
    InterviewWorkflow *workflow = m_workspace.workflow();
    const Questionnaire *questionnaire = m_workspace.questionnaire();
    if (!workflow || !questionnaire)
        return fail(error, QStringLiteral("The database has no questionnaire to export.")), std::nullopt;
    if (!Accounts::authorize(db, session, Action::Export, error))
        return std::nullopt;
    const auto key = OfficeKey::load(db, error);
    if (!key)
        return std::nullopt;
    const QString connection = db.connectionName();
    BatchStore store(connection);
    BatchExportRequest request = requested;
    const bool again = !request.batch.isEmpty();
    std::vector<qint64> ids;
    QString readError;
    QString batchId;
    QDateTime exportedAt = QDateTime::currentDateTimeUtc();
    QString exportedBy = session.name();
    qint64 stampSecs = 0; // the time in the XLSX, .dta and .sav of a batch written again: its first writing's
    if (again) {
        // A re-export repeats what the batch was: its interviews and its options (the data files come out
        // byte-identical); only the formats may be chosen again.
        const auto record = store.batch(request.batch, true, &readError);
        if (!record)
            return fail(error, readError.isEmpty() ? QStringLiteral("No batch %1 was exported from this database.")
                                                         .arg(request.batch)
                                                   : readError),
                   std::nullopt;
        batchId = record->id;
        request.includePii = record->includePii;
        const QJsonObject options = QJsonDocument::fromJson(record->options.toUtf8()).object();
        request.profile = profileFromName(options.value(u"profile").toString()).value_or(ExportProfile::Kobo);
        request.presentation = datapackage::presentationFromJson(options);
        // Absent from batches written before it was kept: the files are then stamped as they were computed.
        stampSecs = qint64(options.value(u"stamp").toDouble());
        exportedAt = record->at;
        exportedBy = record->accountName;
        ids = store.idsInBatch(batchId, &readError);
    } else {
        batchId = newBatchId(*key);
        ids = store.approvedIds(filterFor(m_workspace, request, locationItem()), &readError);
    }
    if (!readError.isEmpty())
        return fail(error, readError), std::nullopt;
    if (ids.empty())
        return fail(error, again ? QStringLiteral("Batch %1 holds no interviews.").arg(batchId)
                                 : QStringLiteral("No approved interviews match the selection: nothing to export.")),
               std::nullopt;
    if (request.formats.empty())
        return fail(error, QStringLiteral("Choose at least one format.")), std::nullopt;

    // Absolute, so the work folder, the rename and exportTables() agree whatever the current directory.
    if (!request.outDir.isEmpty())
        request.outDir = QFileInfo(request.outDir).absoluteFilePath();
    const QDir out(request.outDir);
    if (request.outDir.isEmpty() || !out.exists())
        return fail(error, QStringLiteral("The destination folder %1 does not exist.")
                               .arg(QDir::toNativeSeparators(request.outDir))),
               std::nullopt;
    const QString finalFolder = out.filePath(batchId);
    const QString zipPath = finalFolder + QStringLiteral(".zip");
    if (QFileInfo::exists(finalFolder) || QFileInfo::exists(zipPath))
        return fail(error, QStringLiteral("%1 already exists in %2: choose another folder or move it away.")
                               .arg(batchId, QDir::toNativeSeparators(request.outDir))),
               std::nullopt;
    // Beside the destination, so the final rename stays on one file system.
    const QString work = out.filePath(QStringLiteral(".%1.partial").arg(batchId));
    QDir(work).removeRecursively();
    if (!QDir().mkpath(work))
        return fail(error, QStringLiteral("Cannot create a folder in %1.").arg(QDir::toNativeSeparators(request.outDir))),
               std::nullopt;
    FolderGuard guard(work);
    const qint64 total = qint64(ids.size());
    auto cancelled = [&](qint64 done, const QString &stage) { return progress && !progress(done, total, stage); };
    const QString cancelMessage = QStringLiteral("Export cancelled: nothing was written or marked.");

    // 1. The analysts' tables.
    TableExportOptions options;
    options.formats = request.formats;
    options.profile = request.profile;
    options.includePii = request.includePii;
    options.presentation = request.presentation;
    options.stampSecs = stampSecs;
    TableExportResult tables;
    bool stopped = false;
    const auto tableProgress = [&](qint64 done, qint64) {
        stopped = cancelled(done, QStringLiteral("tables"));
        return !stopped;
    };
    QString why;
    QElapsedTimer tablesTimer;
    tablesTimer.start();
    if (!exportTables(db, *questionnaire, m_workspace.storedQuestionnaire().id, ids, options, work, tables,
                      tableProgress, &why))
        return fail(error, stopped ? cancelMessage : why), std::nullopt;
    const qint64 tablesMs = tablesTimer.elapsed();

    // 2. interviews.jsonl, for import.
    QuestionnaireStore questionnaires(db);
    const StoredQuestionnaire &stored = m_workspace.storedQuestionnaire();
    const InterviewInterchange interchange(*questionnaire, questionnaires.fields(stored.id), stored.hash);
    {
        QFile file(QDir(work).filePath(QLatin1String(datapackage::kInterviews)));
        if (!file.open(QIODevice::WriteOnly))
            return fail(error, QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString())),
                   std::nullopt;
        // The same streaming reader as the tables (one read transaction, SQLite's own API): a batch of 100,000
        // took a minute through one load() and one status-history query per interview.
        qint64 done = 0;
        QByteArray line;
        bool written = true;
        InterviewStream stream(db, stored.id, *questionnaire);
        const qint64 read = stream.forEach(
            ids,
            [&](StreamedInterview &streamed) {
                // "modified" as it was when approved, so writing the batch again gives the same bytes.
                qint64 approvedAt = -1;
                for (const StreamedInterview::StatusChange &change : streamed.history) {
                    if (change.to == statusName(InterviewStatus::Approved))
                        approvedAt = std::max(approvedAt, change.at);
                }
                Interview &delivered = streamed.interview;
                if (approvedAt >= 0)
                    delivered.modified = QDateTime::fromMSecsSinceEpoch(approvedAt, Qt::UTC);
                if (!interchange.write(delivered, InterviewStatus::Approved, request.includePii, &line, &why))
                    return written = false;
                line.append('\n');
                if (file.write(line) != line.size()) {
                    why = QStringLiteral("Cannot write %1 (disk full?).").arg(file.fileName());
                    return written = false;
                }
                if (++done % 500 == 0 && cancelled(done, QStringLiteral("interviews"))) {
                    why = cancelMessage;
                    return written = false;
                }
                return true;
            },
            &why);
        if (read < 0 || !written)
            return fail(error, why), std::nullopt;
        if (!file.flush())
            return fail(error, QStringLiteral("Cannot write %1 (disk full?).").arg(file.fileName())), std::nullopt;
    }

    // 3. The questionnaire's sources, so an office without this version can add it.
    QStringList otherFiles{QLatin1String(datapackage::kInterviews)};
    const auto sources = questionnaires.sources(stored.id, &why);
    if (!sources)
        return fail(error, why.isEmpty() ? QStringLiteral("The questionnaire's sources are missing.") : why),
               std::nullopt;
    QDir(work).mkpath(QLatin1String(datapackage::kQuestionnaireFolder));
    for (const auto &[name, bytes] : *sources) {
        const QString relative = QStringLiteral("%1/%2").arg(QLatin1String(datapackage::kQuestionnaireFolder), name);
        if (name.contains(u'/') || name.contains(u'\\') || !writeFile(QDir(work).filePath(relative), bytes, error))
            return fail(error, QStringLiteral("Cannot write the questionnaire source %1.").arg(name)), std::nullopt;
        otherFiles << relative;
    }

    // 4. The manifest and its signature.
    BatchDescription description;
    description.batchId = batchId;
    description.office = key->officeLabel();
    description.keyId = key->keyId();
    description.formId = stored.formId;
    description.formVersion = stored.version;
    description.questionnaireHash = stored.hash;
    description.interviews = total;
    description.exportedBy = exportedBy;
    description.exportedAt = exportedAt;
    description.includePii = request.includePii;
    for (ExportFormat f : request.formats)
        description.formats << formatName(f);
    description.profile = profileName(request.profile);
    description.presentation = request.presentation;
    const auto manifest = datapackage::write(work, description, tables, otherFiles, error);
    if (!manifest)
        return std::nullopt;
    if (!writeFile(QDir(work).filePath(QLatin1String(datapackage::kManifest)), *manifest, error) ||
        !writeFile(QDir(work).filePath(QLatin1String(datapackage::kSignature)),
                   BatchSignature::make(*key, *manifest).toJson(), error))
        return std::nullopt;
    if (cancelled(total, QStringLiteral("marking")))
        return fail(error, cancelMessage), std::nullopt;

    // 5. Files in place and interviews marked, or neither.
    const auto placeFiles = [&](QString *failure) {
        if (!QDir().rename(work, finalFolder))
            return fail(failure, QStringLiteral("Cannot rename %1 to %2.").arg(work, finalFolder));
        guard.retarget(finalFolder);
        if (!batchzip::write(finalFolder, zipPath, failure))
            return false;
        if (again)
            return true;
        BatchRecord record{batchId, true, description.office, description.keyId, stored.id, total,
                           session.name(), exportedAt, request.includePii,
                           QString::fromUtf8(QJsonDocument(recordedOptions(description, tables.stampSecs))
                                                 .toJson(QJsonDocument::Compact))};
        if (!store.addBatch(record, failure))
            return false;
        // The personal-data choice is audited with the batch, in the same transaction as the marks.
        AuditWriter audit(connection);
        AuditEntry entry;
        entry.accountId = session.accountId();
        entry.accountName = session.name();
        entry.action = QStringLiteral("batch exported");
        entry.details = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("batch"), batchId},
                                      {QStringLiteral("interviews"), double(total)},
                                      {QStringLiteral("personal_data_included"), request.includePii},
                                      {QStringLiteral("formats"), QJsonArray::fromStringList(description.formats)}})
                .toJson(QJsonDocument::Compact));
        return audit.prepare(failure) && audit.append(entry, failure);
    };
    bool placed = false;
    if (again) {
        placed = placeFiles(error); // a re-export marks nothing: the files are all there is
    } else {
        placed = workflow->markExported(session, ids, batchId, placeFiles, error);
    }
    if (!placed) {
        QFile::remove(zipPath);
        return std::nullopt;
    }
    guard.release();
    if (progress)
        progress(total, total, QStringLiteral("done"));
    return BatchExportResult{batchId, finalFolder, zipPath, total, tablesMs, timer.elapsed()};
}

} // namespace flowdesk
