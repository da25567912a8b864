// flowdesk-cli as a user runs it: exit codes and what it prints.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using flowdesk::testing::cli;
using flowdesk::testing::CliRun;

const QString kShared = QStringLiteral(FLOWDESK_SHARED_DIR);

} // namespace

TEST(Cli, FormCheckValidAndInvalid)
{
    const CliRun bundled = cli({"form", "check", QStringLiteral(FLOWDESK_TEST_DATA_DIR "/csvform")});
    EXPECT_EQ(bundled.code, 0) << bundled.err.toStdString();
    EXPECT_TRUE(bundled.out.contains("valid")) << bundled.out.toStdString();

    if (!QDir(kShared + "/xlsforms").exists())
        GTEST_SKIP() << "no ../shared/xlsforms";
    const CliRun invalid = cli({"form", "check", kShared + "/xlsforms/invalid/odkoffline__pyxform-error.xlsx"});
    EXPECT_EQ(invalid.code, 1);
    EXPECT_TRUE(invalid.err.contains("survey row 2, column type: unknown question type 'textX'")) << invalid.err.toStdString();
}

TEST(Cli, FormCheckReadsOldExcelFilesAndRefusesDamagedOnes)
{
    const CliRun ok = cli({"form", "check", QStringLiteral(FLOWDESK_TEST_DATA_DIR "/xls/form.xls")});
    EXPECT_EQ(ok.code, 0) << ok.err.toStdString();

    QTemporaryDir dir;
    QFile xls(dir.filePath("old.xls"));
    ASSERT_TRUE(xls.open(QIODevice::WriteOnly));
    xls.write(QByteArray::fromHex("D0CF11E0A1B11AE1") + QByteArray(504, '\0'));
    xls.close();
    const CliRun run = cli({"form", "check", xls.fileName()});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.err.contains("damaged or truncated")) << run.err.toStdString();
}

TEST(Cli, DemoThenValidate)
{
    QTemporaryDir dir;
    const QString db = dir.filePath("demo.flowdesk");
    const CliRun demo = cli({"demo", "--db", db, "--interviews", "400", "--seed", "5"});
    ASSERT_EQ(demo.code, 0) << demo.err.toStdString();
    EXPECT_TRUE(demo.out.contains("Wrote 400 interviews")) << demo.out.toStdString();

    const CliRun again = cli({"demo", "--db", db, "--interviews", "10"});
    EXPECT_EQ(again.code, 1);
    EXPECT_TRUE(again.err.contains("already exists")) << again.err.toStdString();

    const CliRun validate = cli({"validate", "--db", db, "--limit", "5"});
    ASSERT_EQ(validate.code, 0) << validate.err.toStdString();
    EXPECT_TRUE(validate.out.contains("400 interviews validated")) << validate.out.toStdString();
    EXPECT_TRUE(validate.out.contains("with errors:")) << validate.out.toStdString();
    EXPECT_TRUE(validate.out.contains("First problems:")) << validate.out.toStdString();

    const CliRun strict = cli({"validate", "--db", db, "--strict"});
    EXPECT_EQ(strict.code, 1) << "the demo holds keying errors on purpose";
}

TEST(Cli, ExprCasesPrintsTheCounts)
{
    const QString cases = kShared + "/xpath-cases/cases.json";
    if (!QFile::exists(cases))
        GTEST_SKIP() << "no ../shared/xpath-cases";
    const CliRun run = cli({"expr", "--cases", cases});
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QRegularExpression("\\d+ passed, 0 failed, \\d+ deviations"))) << run.out.toStdString();
}

TEST(Cli, ExprCasesOfAnyFileAreJudgedByRule)
{
    // Our own cases file: a new round-half case is a deviation of that rule, a wrong expectation a failure.
    QTemporaryDir dir;
    const QString cases = dir.filePath("cases.json");
    QFile file(cases);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"json({"meta":{},"cases":[
        {"id":"r1","xlsform":"round(-7.5)","fields":{},"context":null,"kind":"number","expected":-8},
        {"id":"ok","xlsform":"1 + 1","fields":{},"context":null,"kind":"number","expected":2}]})json");
    file.close();
    CliRun run = cli({"expr", "--cases", cases});
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("deviation round-half: 1 case\n")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("1 passed, 0 failed, 1 deviations")) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains("STALE")) << run.out.toStdString();

    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"json({"meta":{},"cases":[
        {"id":"r2","xlsform":"round(-7.5)","fields":{},"context":null,"kind":"number","expected":-9}]})json");
    file.close();
    run = cli({"expr", "--cases", cases});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(run.out.contains("FAIL r2")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("0 passed, 1 failed, 0 deviations")) << run.out.toStdString();
}
