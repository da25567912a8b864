// The real XLSForm workbooks in ../shared: every one must open at the file layer, quickly.

#include "xlsform/workbookreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace flowdesk;

namespace {

QString sharedForms()
{
    return QStringLiteral(FLOWDESK_SHARED_DIR "/xlsforms");
}

#define SKIP_WITHOUT_SHARED()                                                                                \
    do {                                                                                                     \
        if (!QDir(sharedForms()).exists())                                                                   \
            GTEST_SKIP() << "shared test workbooks not found at " << sharedForms().toStdString()             \
                         << " (they sit beside the checkout in ../shared)";                                  \
    } while (false)

Workbook readShared(const QString &relativePath)
{
    WorkbookReader::Result result = WorkbookReader::read(sharedForms() + u'/' + relativePath);
    if (const auto *error = std::get_if<WorkbookError>(&result)) {
        ADD_FAILURE() << relativePath.toStdString() << ": " << error->message.toStdString();
        return {};
    }
    return std::get<Workbook>(std::move(result));
}

} // namespace

TEST(XlsxSharedWorkbooks, EveryWorkbookOpensWithASurveySheet)
{
    SKIP_WITHOUT_SHARED();
    int count = 0;
    for (const QString &folder : {QStringLiteral("valid"), QStringLiteral("invalid")}) {
        const QStringList files = QDir(sharedForms() + u'/' + folder).entryList({QStringLiteral("*.xlsx")});
        for (const QString &file : files) {
            SCOPED_TRACE(file.toStdString());
            const Workbook workbook = readShared(folder + u'/' + file);
            EXPECT_EQ(workbook.sourceName, file);
            EXPECT_EQ(workbook.sources.count(file), 1u);
            const Sheet *survey = workbook.sheet(u"survey");
            ASSERT_NE(survey, nullptr);
            EXPECT_GE(survey->column(u"type"), 0);
            EXPECT_FALSE(survey->rows.empty());
            ++count;
        }
    }
    EXPECT_GE(count, 13);
}

TEST(XlsxSharedWorkbooks, SheetAndHeaderNamesAreKeptAsWrittenButFoundInAnyCase)
{
    SKIP_WITHOUT_SHARED();
    const Workbook workbook = readShared(QStringLiteral("valid/pyxform__case_insensitivity.xlsx"));
    QStringList names;
    for (const Sheet &sheet : workbook.sheets)
        names << sheet.name;
    EXPECT_EQ(names, QStringList({"SURVEY", "CHOICES", "SETTINGS", "EXTERNAL_CHOICES", "ENTITIES", "OSM"}));
    const Sheet *survey = workbook.sheet(u"survey");
    ASSERT_NE(survey, nullptr);
    EXPECT_EQ(survey->headers.at(0), "TYPE");
    EXPECT_EQ(survey->column(u"label::EN"), 2);
    ASSERT_EQ(survey->rows.size(), 3u);
    EXPECT_EQ(survey->rows[1].cell(survey->column(u"choice_filter")), "YES_NO=${q1}");
}

TEST(XlsxSharedWorkbooks, UnknownTypeIsReadAsWritten)
{
    SKIP_WITHOUT_SHARED();
    const Workbook workbook = readShared(QStringLiteral("invalid/odkoffline__pyxform-error.xlsx"));
    const Sheet *survey = workbook.sheet(u"survey");
    ASSERT_NE(survey, nullptr);
    ASSERT_FALSE(survey->rows.empty());
    EXPECT_EQ(survey->rows[0].excelRow, 2);
    EXPECT_EQ(survey->rows[0].cell(survey->column(u"type")), "textX");
    EXPECT_EQ(survey->rows[0].cell(survey->column(u"name")), "name");
}

TEST(XlsxSharedWorkbooks, DuplicateHeadersAreLeftForTheFormLayerToReport)
{
    SKIP_WITHOUT_SHARED();
    const Workbook workbook = readShared(QStringLiteral("invalid/pyxform__duplicate_columns.xlsx"));
    const Sheet *survey = workbook.sheet(u"survey");
    ASSERT_NE(survey, nullptr);
    EXPECT_EQ(survey->headers.count("label"), 2);
}

TEST(XlsxSharedWorkbooks, LibreOfficeWorkbookWithHugeDimensionReadsItsContent)
{
    SKIP_WITHOUT_SHARED();
    const Workbook workbook = readShared(QStringLiteral("valid/pyxform__UCL_Biomass_Plot_Form.xlsx"));
    const Sheet *settings = workbook.sheet(u"settings");
    ASSERT_NE(settings, nullptr);
    EXPECT_EQ(settings->headers, QStringList({"default_language", "version"}));
    ASSERT_EQ(settings->rows.size(), 1u);
    // version is =NOW() in a yyyy-mm-ddThh:mm:ss cell: its cached value shows as the date Excel displayed.
    EXPECT_EQ(settings->rows[0].cells, QStringList({"Swahili (sw)", "2022-04-11T16:26:29"}));
    const Sheet *survey = workbook.sheet(u"survey");
    ASSERT_NE(survey, nullptr);
    EXPECT_EQ(survey->headers.size(), 16);
    EXPECT_EQ(survey->rows.at(0).cells.at(0), "begin group");
    EXPECT_LT(survey->rows.back().excelRow, 1000); // the blank formatted rows down to 1048576 are not data
}

TEST(XlsxSharedWorkbooks, ThousandsOfBlankFormattedColumnsAreDropped)
{
    SKIP_WITHOUT_SHARED();
    const Workbook workbook = readShared(QStringLiteral("valid/pyxform__extra_columns.xlsx"));
    ASSERT_EQ(workbook.sheets.size(), 1u);
    const Sheet &survey = workbook.sheets[0];
    EXPECT_EQ(survey.headers, QStringList({"type", "name", "label"}));
    ASSERT_EQ(survey.rows.size(), 1u);
    EXPECT_EQ(survey.rows[0].cells, QStringList({"text", "a", "A"}));
}

TEST(XlsxSharedWorkbooks, WideWorkbooksLoadQuickly)
{
    SKIP_WITHOUT_SHARED();
    for (const QString &file : {QStringLiteral("valid/pyxform__UCL_Biomass_Plot_Form.xlsx"),
                                QStringLiteral("valid/pyxform__extra_columns.xlsx")}) {
        QElapsedTimer timer;
        timer.start();
        const Workbook workbook = readShared(file);
        const qint64 elapsed = timer.elapsed();
        // A generous guard against regressions to per-declared-cell work; the real figure is milliseconds.
        EXPECT_LT(elapsed, 5000) << file.toStdString();
        EXPECT_FALSE(workbook.sheets.empty());
        RecordProperty(QFileInfo(file).baseName().toStdString() + "_ms", int(elapsed));
    }
}
