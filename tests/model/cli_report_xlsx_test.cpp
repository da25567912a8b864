// Issue 11: a profile's tables as XLSX (`flowdesk-cli report --xlsx FILE`), read back by openpyxl: a sheet per
// chart holding exactly the cells of the CSV tables, small cells hidden the same way ("<5"), counts as numbers.
#include "clirun.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using flowdesk::testing::cli;

namespace {

// Debian's python3 carries the Debian packages (openpyxl); a pyenv shim ahead in PATH would not.
QString python()
{
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                             : QStringLiteral("python3");
}

struct PythonRun
{
    int code = -1;
    QByteArray out;
    QString err;
};

PythonRun runPython(const QByteArray &script, const QStringList &args)
{
    QProcess process;
    process.start(python(), QStringList{QStringLiteral("-c"), QString::fromUtf8(script)} + args);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

// [[sheet rows], ...] from the workbook and from the CSV folder, in the same text form: a count "12", a
// percentage "23.5%", hidden "<5"; trailing empty cells dropped. Also whether the counts were numbers.
const QByteArray kCompare = R"py(
import csv, json, os, sys, openpyxl
def trim(row):
    row = list(row)
    while row and row[-1] == '':
        row.pop()
    return row
wb = openpyxl.load_workbook(sys.argv[1])
sheets, numeric = [], 0
for ws in wb.worksheets:
    rows = []
    header = [c.value for c in ws[1]]
    for r in ws.iter_rows(values_only=True):
        cells = []
        for i, v in enumerate(r):
            if v is None:
                cells.append('')
            elif isinstance(v, (int, float)) and not isinstance(v, bool):
                numeric += 1
                if header[i] is not None and str(header[i]).endswith(' %'):
                    cells.append('%.1f%%' % (v * 100))
                else:
                    cells.append(str(int(v)) if float(v).is_integer() else str(v))
            else:
                cells.append(str(v))
        rows.append(trim(cells))
    while rows and not rows[-1]:
        rows.pop()
    sheets.append([ws.title, rows])
tables = []
for name in sorted(os.listdir(sys.argv[2])):
    with open(os.path.join(sys.argv[2], name), encoding='utf-8-sig', newline='') as f:
        tables.append([trim(r) for r in csv.reader(f)])
print(json.dumps({'sheets': sheets, 'csv': tables, 'numeric': numeric}))
)py";

} // namespace

TEST(CliReportXlsx, WorkbookHoldsTheProtectedCsvCellsOneSheetPerChart)
{
    if (runPython("import openpyxl", {}).code != 0)
        GTEST_SKIP() << "python3-openpyxl is not installed (installer/install-deps.sh installs it)";
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.flowdesk"));
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--interviews"),
                   QStringLiteral("250")})
                  .code,
              0);
    qputenv("FLOWDESK_PASSWORD", "demo");
    const QString xlsx = dir.filePath(QStringLiteral("out/profile.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("tables"));
    const auto run = cli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                          QStringLiteral("supervisor"), QStringLiteral("--xlsx"), xlsx, QStringLiteral("--csv"), csv,
                          QStringLiteral("--split"), QStringLiteral("sex")});
    qunsetenv("FLOWDESK_PASSWORD");
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Workbook: "))) << run.out.toStdString();
    ASSERT_TRUE(QFile::exists(xlsx));
    EXPECT_FALSE(QFile::exists(xlsx + QStringLiteral(".part")));

    const PythonRun read = runPython(kCompare, {xlsx, csv});
    ASSERT_EQ(read.code, 0) << read.err.toStdString();
    const QJsonObject got = QJsonDocument::fromJson(read.out).object();
    const QJsonArray sheets = got.value(QStringLiteral("sheets")).toArray();
    const QJsonArray tables = got.value(QStringLiteral("csv")).toArray();
    ASSERT_GT(tables.size(), 3);
    ASSERT_EQ(sheets.size(), tables.size());
    bool sawHidden = false;
    for (qsizetype s = 0; s < sheets.size(); ++s) {
        const QJsonArray rows = sheets[s].toArray()[1].toArray();
        EXPECT_EQ(rows, tables[s].toArray()) << "sheet " << sheets[s].toArray()[0].toString().toStdString();
        sawHidden = sawHidden || QJsonDocument(rows).toJson().contains("\"<5\"");
    }
    EXPECT_TRUE(sawHidden) << "no small cell hidden in any sheet of a 250-interview profile split by sex";
    EXPECT_GT(got.value(QStringLiteral("numeric")).toInt(), 50) << "counts written as text, not numbers";

    // An enumerator may not: no workbook.
    qputenv("FLOWDESK_PASSWORD", "demo");
    const QString refused = dir.filePath(QStringLiteral("refused.xlsx"));
    const auto enumerator = cli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                                 QStringLiteral("fatoumata.traore"), QStringLiteral("--xlsx"), refused});
    qunsetenv("FLOWDESK_PASSWORD");
    EXPECT_EQ(enumerator.code, 1);
    EXPECT_FALSE(QFile::exists(refused));
}
