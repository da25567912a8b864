#pragma once

#include "accounts/session.h"
#include "export/tableexport.h"
#include "store/batchstore.h"

#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace flowdesk {

class Workspace;

// What a supervisor asks for.
struct BatchExportRequest
{
    // Selection: approved interviews (hence never exported) of the current questionnaire, filtered.
    QDate from, to;       // interview date, inclusive
    QString enumerator;   // login
    QString location;     // a value of the location question (see BatchExporter::locationItem)
    QString batch;        // non-empty: write batch `batch` again (same interviews, same options), mark nothing
    std::vector<ExportFormat> formats{ExportFormat::Csv};
    ExportProfile profile = ExportProfile::Kobo;
    bool includePii = false;
    // Column names and the CSV's dialect; a batch written again keeps its own.
    TablePresentation presentation;
    QString outDir;       // the batch becomes <outDir>/<batch id>/ and <outDir>/<batch id>.zip
};

struct BatchExportResult
{
    QString batchId;
    QString folder;
    QString zip;
    qint64 interviews = 0;
    // Where the time went (for `flowdesk-cli export` and the figures): exportTables() and the whole run.
    qint64 tablesMs = 0, totalMs = 0;
};

// Writes a batch (model/batch/README.md): picks the interviews, has exportTables() write the analysts' files into
// a hidden folder beside the destination, adds interviews.jsonl (what import reads), the questionnaire's sources
// and datapackage.json, signs the manifest with the office key, then in ONE transaction marks every interview
// exported with the batch id (InterviewWorkflow) and, before committing, renames the folder into place and writes
// the zip. Cancelled or failed: the hidden folder is deleted, nothing is marked, no zip is left.
// Runs on the thread that opened the workspace (the GUI gives it a workspace of its own in a worker thread).
class BatchExporter
{
public:
    explicit BatchExporter(Workspace &workspace);

    // The question a location filter reads: `fmp` (the flow monitoring point) when the form has it at the top
    // level, else the first case-list column; -1 when none.
    int locationItem() const;
    // The batches exported here, newest first (at most `limit`): what `request.batch` may name.
    std::vector<BatchRecord> exportedBatches(int limit, QString *error) const;
    // How many interviews `request`'s selection holds now (-1 on a read error).
    qint64 count(const BatchExportRequest &request, QString *error) const;

    // `progress(done, total, stage)` may return false to cancel; stage is what is being written.
    using Progress = std::function<bool(qint64 done, qint64 total, const QString &stage)>;
    std::optional<BatchExportResult> run(const Session &session, const BatchExportRequest &request,
                                         const Progress &progress, QString *error);

    static QString formatName(ExportFormat format); // "csv", "xlsx", "dta", "sav"
    static std::optional<ExportFormat> formatFromName(QStringView name);
    static QString profileName(ExportProfile profile); // "kobo", "odk", "wide"
    static std::optional<ExportProfile> profileFromName(QStringView name);
    // "comma", "semicolon", "tab" (or the character itself): the CSV separators offered.
    static std::optional<QChar> separatorFromName(QStringView name);

private:
    Workspace &m_workspace;
};

} // namespace flowdesk
