// The table exporter on a large demo database, each format side by side with the floor: the sqlite3 shell
// dumping the same answer rows as CSV (`sqlite3 -readonly -csv`), in the same run.
//
//   cp /work/bench/demo1m.flowdesk /tmp/export-1m.flowdesk     (opening it migrates it: use a copy)
//   FLOWDESK_EXPORT_DB=/tmp/export-1m.flowdesk [FLOWDESK_EXPORT_COUNT=100000] flowdesk_benchmarks --benchmark_filter=Export
//
// Every interview of the bundled questionnaire is exported (or the first FLOWDESK_EXPORT_COUNT), into
// /tmp/flowdesk-export-bench/<format>. peak_MB is the process's peak resident memory so far (VmHWM).
// Skipped when the database is missing.

#include "peakmemory.h"
#include "export/tableexport.h"
#include "questionnaire/questionnaireloader.h"
#include "store/database.h"
#include "store/interviewstore.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace flowdesk {
namespace {

const QString kOut = QStringLiteral("/tmp/flowdesk-export-bench");

struct Fixture
{
    std::unique_ptr<Database> db;
    std::shared_ptr<const Questionnaire> questionnaire;
    qint64 questionnaireId = 1;
    std::vector<qint64> ids;
    QString path;
};

Fixture *fixture(benchmark::State &state)
{
    static Fixture *f = nullptr;
    if (f)
        return f;
    const QString path = qEnvironmentVariable("FLOWDESK_EXPORT_DB");
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        state.SkipWithError("no demo database: set FLOWDESK_EXPORT_DB (see the comment at the top)");
        return nullptr;
    }
    f = new Fixture;
    f->path = path;
    QString error;
    f->db = Database::open(path, OpenMode::ReadWrite, &error);
    f->questionnaire = QuestionnaireLoader::load(QuestionnaireLoader::bundledPath()).questionnaire;
    if (!f->db || !f->questionnaire) {
        state.SkipWithError(error.toStdString().c_str());
        return nullptr;
    }
    const qint64 limit = qEnvironmentVariableIntValue("FLOWDESK_EXPORT_COUNT");
    InterviewStore store(*f->db, f->questionnaireId, *f->questionnaire);
    qint64 after = 0;
    for (;;) {
        const auto page = store.summaries(after, 10000, &error);
        if (page.empty())
            break;
        for (const InterviewSummary &s : page) {
            if (limit > 0 && qint64(f->ids.size()) >= limit)
                break;
            f->ids.push_back(s.id);
        }
        if (limit > 0 && qint64(f->ids.size()) >= limit)
            break;
        after = page.back().id;
    }
    return f;
}

qint64 folderBytes(const QString &folder)
{
    qint64 bytes = 0;
    for (const QFileInfo &file : QDir(folder).entryInfoList(QDir::Files))
        bytes += file.size();
    return bytes;
}

void exportFormat(benchmark::State &state, ExportFormat format, const char *name)
{
    Fixture *f = fixture(state);
    if (!f)
        return;
    const QString folder = kOut + u'/' + QLatin1String(name);
    for (auto _ : state) {
        QDir(folder).removeRecursively();
        QDir().mkpath(folder);
        TableExportOptions options;
        options.formats = {format};
        TableExportResult result;
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (!exportTables(*f->db, *f->questionnaire, f->questionnaireId, f->ids, options, folder, result, {}, &error)) {
            state.SkipWithError(error.toStdString().c_str());
            return;
        }
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        state.counters["interviews"] = double(result.interviews);
        state.counters["MB_written"] = double(folderBytes(folder)) / 1e6;
    }
    state.counters["peak_MB"] = double(bench::peakResidentKb()) / 1024.0;
}

// The floor: the sqlite3 shell writing the same answer rows as CSV to a file.
void ExportFloorSqliteCsv(benchmark::State &state)
{
    Fixture *f = fixture(state);
    if (!f || f->ids.empty())
        return;
    QDir().mkpath(kOut);
    const QString out = kOut + QStringLiteral("/sqlite3.csv");
    const QString sql = QStringLiteral(".output %1\nSELECT interview_id, field_id, instance, value FROM answers "
                                       "WHERE interview_id BETWEEN %2 AND %3;\n")
                            .arg(out)
                            .arg(f->ids.front())
                            .arg(f->ids.back());
    for (auto _ : state) {
        QProcess shell;
        QElapsedTimer timer;
        timer.start();
        shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), QStringLiteral("-csv"), f->path});
        shell.write(sql.toUtf8());
        shell.closeWriteChannel();
        shell.waitForFinished(-1);
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (shell.exitCode() != 0) {
            state.SkipWithError(shell.readAllStandardError().constData());
            return;
        }
        state.counters["MB_written"] = double(QFileInfo(out).size()) / 1e6;
    }
}

// The floor once more, after the CSV export: the page cache warmed by the export, as the first run had it by
// the fixture's id scan.
void ExportFloorSqliteCsvAgain(benchmark::State &state) { ExportFloorSqliteCsv(state); }
void ExportCsv(benchmark::State &state) { exportFormat(state, ExportFormat::Csv, "csv"); }
void ExportXlsx(benchmark::State &state) { exportFormat(state, ExportFormat::Xlsx, "xlsx"); }
void ExportStata(benchmark::State &state) { exportFormat(state, ExportFormat::Stata, "dta"); }
void ExportSpss(benchmark::State &state) { exportFormat(state, ExportFormat::Spss, "sav"); }

BENCHMARK(ExportFloorSqliteCsv)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
BENCHMARK(ExportCsv)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
BENCHMARK(ExportFloorSqliteCsvAgain)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
BENCHMARK(ExportXlsx)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
BENCHMARK(ExportStata)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);
BENCHMARK(ExportSpss)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

} // namespace
} // namespace flowdesk
