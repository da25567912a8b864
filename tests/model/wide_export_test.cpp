// The wide layout (issue 10): repeat answers as numbered columns of the main table, read back with Python's csv
// module and compared with the long layout's repeat tables, row by row.
#include "table_export_fixture.h"

#include "questionnaire/questionnaire.h"

#include <QHash>

#include <gtest/gtest.h>

namespace flowdesk {
namespace {

using testing::ExportDatabase;
using testing::readCsvWithPython;
using testing::row;
using testing::tool;

int column(const QStringList &header, const QString &name)
{
    return int(header.indexOf(name));
}

class WideExport : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_data = new ExportDatabase;
        QString error;
        ASSERT_TRUE(s_data->makeBundled(40, &error)) << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_data;
        s_data = nullptr;
    }
    static ExportDatabase *s_data;
};

ExportDatabase *WideExport::s_data = nullptr;

TEST_F(WideExport, RepeatAnswersAreNumberedColumnsMatchingTheLongTables)
{
    const QString python = tool(QStringLiteral("python3"));
    if (python.isEmpty())
        GTEST_SKIP() << "python3 is not installed";
    QString error;
    TableExportOptions options;
    options.formats = {ExportFormat::Csv};
    TableExportResult longResult;
    const QString longFolder = s_data->dir.filePath(QStringLiteral("long"));
    ASSERT_TRUE(s_data->exportTo(longFolder, options, longResult, &error)) << error.toStdString();
    options.profile = ExportProfile::Wide;
    options.formats = {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Stata, ExportFormat::Spss};
    TableExportResult wideResult;
    const QString wideFolder = s_data->dir.filePath(QStringLiteral("wide"));
    ASSERT_TRUE(s_data->exportTo(wideFolder, options, wideResult, &error)) << error.toStdString();

    // One data table (plus the workflow tables); no table per repeat.
    QStringList wideTables;
    for (const ExportedTable &table : wideResult.tables)
        wideTables << table.name;
    EXPECT_EQ(wideTables, (QStringList{QStringLiteral("main"), QStringLiteral("_accepted_warnings"),
                                       QStringLiteral("_comments"), QStringLiteral("_status_history")}));
    EXPECT_TRUE(QFile::exists(QDir(wideFolder).filePath(QStringLiteral("main.dta"))));
    EXPECT_TRUE(QFile::exists(QDir(wideFolder).filePath(QStringLiteral("main.sav"))));

    const QJsonObject longCsv = readCsvWithPython(longFolder, python);
    const QJsonObject wideCsv = readCsvWithPython(wideFolder, python);
    EXPECT_FALSE(wideCsv.contains(QStringLiteral("group_member.csv")));
    const QJsonArray wide = wideCsv.value(QStringLiteral("main.csv")).toArray();
    ASSERT_EQ(wide.size(), 41); // header + one row per interview
    const QStringList wideHeader = row(wide, 0);
    QHash<QString, int> wideRowByKey;
    for (int r = 1; r < wide.size(); ++r)
        wideRowByKey.insert(row(wide, r)[column(wideHeader, QStringLiteral("KEY"))], r);

    // Every answer of every repeat row of the long layout is in the wide row of its interview, under the
    // question's name and the instance number; the columns go up to the most instances any interview has.
    int compared = 0;
    for (const QString &file : {QStringLiteral("transit_stay.csv"), QStringLiteral("group_member.csv")}) {
        const QJsonArray rows = longCsv.value(file).toArray();
        ASSERT_GT(rows.size(), 1) << file.toStdString();
        const QStringList header = row(rows, 0);
        int most = 0;
        for (int r = 1; r < rows.size(); ++r) {
            const QStringList cells = row(rows, r);
            const QString key = cells[column(header, QStringLiteral("KEY"))];
            const QString parent = cells[column(header, QStringLiteral("PARENT_KEY"))];
            const int open = int(key.lastIndexOf(u'['));
            const int instance = key.mid(open + 1, key.size() - open - 2).toInt();
            ASSERT_GT(instance, 0) << key.toStdString();
            most = std::max(most, instance);
            ASSERT_TRUE(wideRowByKey.contains(parent)) << parent.toStdString();
            const QStringList wideCells = row(wide, wideRowByKey.value(parent));
            for (int c = 0; c < header.size(); ++c) {
                if (header[c].startsWith(u'_') || header[c] == u"KEY" || header[c] == u"PARENT_KEY")
                    continue;
                const int w = column(wideHeader, header[c].contains(u'/')
                                                     ? header[c].section(u'/', 0, 0) + u'_'
                                                           + QString::number(instance) + u'/'
                                                           + header[c].section(u'/', 1)
                                                     : header[c] + u'_' + QString::number(instance));
                ASSERT_GE(w, 0) << header[c].toStdString() << " instance " << instance;
                EXPECT_EQ(wideCells[w], cells[c]) << header[c].toStdString() << " of " << key.toStdString();
                ++compared;
            }
        }
        // No column past the largest instance count.
        const QString firstQuestion = row(rows, 0).first();
        EXPECT_GE(column(wideHeader, firstQuestion + u'_' + QString::number(most)), 0);
        EXPECT_LT(column(wideHeader, firstQuestion + u'_' + QString::number(most + 1)), 0);
    }
    EXPECT_GT(compared, 100);
}

TEST_F(WideExport, AnInterviewWithFewerInstancesLeavesTheLaterColumnsBlank)
{
    const QString python = tool(QStringLiteral("python3"));
    if (python.isEmpty())
        GTEST_SKIP() << "python3 is not installed";
    QString error;
    TableExportOptions options;
    options.profile = ExportProfile::Wide;
    options.formats = {ExportFormat::Csv};
    TableExportResult result;
    const QString folder = s_data->dir.filePath(QStringLiteral("wide-blank"));
    ASSERT_TRUE(s_data->exportTo(folder, options, result, &error)) << error.toStdString();
    const QJsonArray wide = readCsvWithPython(folder, python).value(QStringLiteral("main.csv")).toArray();
    const QStringList header = row(wide, 0);
    int highest = 0;
    while (column(header, QStringLiteral("member_age_") + QString::number(highest + 1)) >= 0)
        ++highest;
    ASSERT_GT(highest, 1);
    int blankLast = 0;
    for (int r = 1; r < wide.size(); ++r) {
        if (row(wide, r)[column(header, QStringLiteral("member_age_") + QString::number(highest))].isEmpty())
            ++blankLast;
    }
    EXPECT_GT(blankLast, 0); // most interviews have fewer members than the largest group
}

} // namespace
} // namespace flowdesk
