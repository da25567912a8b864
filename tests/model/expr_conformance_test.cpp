#include "expr/conformancerunner.h"

#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <iostream>

using flowdesk::expr::ConformanceReport;
using flowdesk::expr::ConformanceRunner;

namespace {

QString casesPath()
{
    return QDir(QStringLiteral(FLOWDESK_SHARED_DIR)).filePath(QStringLiteral("xpath-cases/cases.json"));
}

} // namespace

TEST(ExprConformance, EveryPeerCasePassesOrIsADocumentedDeviation)
{
    if (!QFileInfo::exists(casesPath()))
        GTEST_SKIP() << "no shared conformance cases at " << casesPath().toStdString() << " (../shared is absent)";

    ConformanceRunner runner;
    ASSERT_TRUE(runner.load(casesPath())) << runner.errorString().toStdString();
    ASSERT_GT(runner.caseCount(), 1000);

    const ConformanceReport report = runner.run();
    std::cout << report.summary().toStdString() << std::endl;

    EXPECT_EQ(report.total(), runner.caseCount());
    for (const auto &failure : report.failures) {
        ADD_FAILURE() << failure.id.toStdString() << "  " << failure.expression.toStdString()
                      << "\n    expected " << failure.expected.toStdString() << "\n    got      "
                      << failure.got.toStdString();
    }
    EXPECT_EQ(report.failed, 0);
}

TEST(ExprConformance, RejectsAFileThatIsNotACasesFile)
{
    ConformanceRunner runner;
    EXPECT_FALSE(runner.loadData("{\"meta\": {}}"));
    EXPECT_FALSE(runner.errorString().isEmpty());
    EXPECT_FALSE(runner.loadData("not json"));
    EXPECT_FALSE(runner.load(QStringLiteral("/nonexistent/cases.json")));
}

TEST(ExprConformance, ComparesByRequestedKind)
{
    // A tiny cases file written here: one pass, one wrong expectation, one expected error.
    const QByteArray json = R"json({"meta":{},"cases":[
        {"id":"a","xlsform":"${x} + 1","fields":{"x":"2"},"context":null,"kind":"number","expected":3,
         "natural_type":"number"},
        {"id":"b","xlsform":"concat('a', 'b')","fields":{},"context":null,"kind":"string","expected":"abc",
         "natural_type":"string"},
        {"id":"c","xlsform":"true(1)","fields":{},"context":null,"kind":"any","error":true}
    ]})json";
    ConformanceRunner runner;
    ASSERT_TRUE(runner.loadData(json));
    const ConformanceReport report = runner.run();
    EXPECT_EQ(report.passed, 2);
    EXPECT_EQ(report.failed, 1);
    ASSERT_EQ(report.failures.size(), 1u);
    EXPECT_EQ(report.failures[0].id, QStringLiteral("b"));
    EXPECT_EQ(report.failures[0].got, QStringLiteral("\"ab\""));
    EXPECT_EQ(report.summary(), QStringLiteral("2 passed, 1 failed, 0 deviations"));
}
