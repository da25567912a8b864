// CSV sheets: the RFC 4180 reader itself, and folders of CSV sheets read as a workbook.

#include "xlsform/csvreader.h"
#include "xlsform/workbookreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace flowdesk;

namespace {

std::vector<QStringList> records(const QByteArray &bytes)
{
    CsvReader::Result result = CsvReader::read(bytes);
    if (const auto *error = std::get_if<CsvReader::Error>(&result)) {
        ADD_FAILURE() << "line " << error->line << ": " << error->message.toStdString();
        return {};
    }
    return std::get<std::vector<QStringList>>(std::move(result));
}

CsvReader::Error csvError(const QByteArray &bytes)
{
    CsvReader::Result result = CsvReader::read(bytes);
    if (const auto *error = std::get_if<CsvReader::Error>(&result))
        return *error;
    ADD_FAILURE() << "expected the CSV to be refused";
    return {};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    file.write(bytes);
}

QString messageOf(const WorkbookReader::Result &result)
{
    const auto *error = std::get_if<WorkbookError>(&result);
    return error ? error->message : QString();
}

} // namespace

TEST(CsvReader, SplitsPlainFields)
{
    EXPECT_EQ(records("a,b,c\n1,2,3\n"), (std::vector<QStringList>{{"a", "b", "c"}, {"1", "2", "3"}}));
}

TEST(CsvReader, KeepsEmptyFields)
{
    EXPECT_EQ(records(",x,,\n"), (std::vector<QStringList>{{"", "x", "", ""}}));
}

TEST(CsvReader, QuotedFieldsHoldCommasQuotesAndLineBreaks)
{
    EXPECT_EQ(records("\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\"\"\n"),
              (std::vector<QStringList>{{"a, b", "say \"hi\"", "two\nlines", ""}}));
}

TEST(CsvReader, LineBreakInsideQuotesBecomesLineFeed)
{
    EXPECT_EQ(records("\"one\r\ntwo\"\r\n"), (std::vector<QStringList>{{"one\ntwo"}}));
}

TEST(CsvReader, AcceptsCrLfLfAndNoFinalLineBreak)
{
    const std::vector<QStringList> expected{{"a", "b"}, {"c", "d"}};
    EXPECT_EQ(records("a,b\r\nc,d\r\n"), expected);
    EXPECT_EQ(records("a,b\nc,d\n"), expected);
    EXPECT_EQ(records("a,b\nc,d"), expected);
}

TEST(CsvReader, BlankLinesAreRecordsSoRowNumbersMatchASpreadsheet)
{
    EXPECT_EQ(records("a\n\nb\n"), (std::vector<QStringList>{{"a"}, {""}, {"b"}}));
}

TEST(CsvReader, Utf8WithAndWithoutByteOrderMark)
{
    const std::vector<QStringList> expected{{"label::Français", "Ñandú"}};
    EXPECT_EQ(records("label::Français,Ñandú\n"), expected);
    EXPECT_EQ(records("\xEF\xBB\xBFlabel::Français,Ñandú\n"), expected);
}

TEST(CsvReader, LenientAboutStrayQuotes)
{
    EXPECT_EQ(records("5\" screen,\"ab\"c\n"), (std::vector<QStringList>{{"5\" screen", "abc"}}));
}

TEST(CsvReader, UnclosedQuoteSaysWhereItStarts)
{
    const CsvReader::Error error = csvError("a,b\nc,\"never closed\nmore\n");
    EXPECT_EQ(error.line, 2);
    EXPECT_TRUE(error.message.contains("never closed")) << error.message.toStdString();
}

TEST(CsvReader, TextThatIsNotUtf8SaysWhichLine)
{
    const CsvReader::Error error = csvError("type,name\ntext,caf\xE9\n");
    EXPECT_EQ(error.line, 2);
    EXPECT_TRUE(error.message.contains("UTF-8")) << error.message.toStdString();
}

TEST(CsvSheets, ReadsAQuestionnaireFolder)
{
    WorkbookReader::Result result = WorkbookReader::read(QStringLiteral(FLOWDESK_TEST_DATA_DIR "/csvform"));
    ASSERT_TRUE(std::holds_alternative<Workbook>(result)) << messageOf(result).toStdString();
    const Workbook &workbook = std::get<Workbook>(result);
    EXPECT_EQ(workbook.sourceName, "csvform");
    ASSERT_EQ(workbook.sheets.size(), 3u);
    EXPECT_EQ(workbook.sheets[0].name, "survey");
    EXPECT_EQ(workbook.sheets[1].name, "choices");
    EXPECT_EQ(workbook.sheets[2].name, "settings");
    EXPECT_EQ(workbook.sources.size(), 3u);

    const Sheet &survey = workbook.sheets[0];
    EXPECT_EQ(survey.headers, QStringList({"type", "name", "label", "hint"}));
    ASSERT_EQ(survey.rows.size(), 3u);
    EXPECT_EQ(survey.rows[0].excelRow, 2);
    EXPECT_EQ(survey.rows[0].cells, QStringList({"text", "q1", "Name, as on ID"}));
    EXPECT_EQ(survey.rows[1].excelRow, 3);
    EXPECT_EQ(survey.rows[1].cell(2), "How old is the \"head\" of household?");
    EXPECT_EQ(survey.rows[1].cell(3), "Count\nwhole years");
    // The record after the two-line hint is row 4 (blank, skipped); the next is row 5, trimmed.
    EXPECT_EQ(survey.rows[2].excelRow, 5);
    EXPECT_EQ(survey.rows[2].cells, QStringList({"select_one yes_no", "ok", "Agree?"}));

    EXPECT_EQ(workbook.sheet(u"settings")->rows.at(0).cell(2), "2024010101");
}

TEST(CsvSheets, FileNamesMatchInAnyCaseAndEveryCsvIsASheet)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeFile(dir.filePath("SURVEY.CSV"), "type,name\ntext,q1\n");
    writeFile(dir.filePath("External_Choices.csv"), "list_name,name\ncounty,a\n");
    writeFile(dir.filePath("itemsets.csv"), "list_name,name\nstate,b\n");
    writeFile(dir.filePath("readme.txt"), "ignored");

    WorkbookReader::Result result = WorkbookReader::read(dir.path());
    ASSERT_TRUE(std::holds_alternative<Workbook>(result)) << messageOf(result).toStdString();
    const Workbook &workbook = std::get<Workbook>(result);
    QStringList names;
    for (const Sheet &sheet : workbook.sheets)
        names << sheet.name;
    EXPECT_EQ(names, QStringList({"SURVEY", "External_Choices", "itemsets"}));
    EXPECT_NE(workbook.sheet(u"survey"), nullptr);
    EXPECT_NE(workbook.sheet(u"external_choices"), nullptr);
    EXPECT_EQ(workbook.sources.size(), 3u);
    EXPECT_EQ(workbook.sources.count("readme.txt"), 0u);
}

TEST(CsvSheets, RereadsFromKeptSources)
{
    WorkbookReader::Result first = WorkbookReader::read(QStringLiteral(FLOWDESK_TEST_DATA_DIR "/csvform"));
    ASSERT_TRUE(std::holds_alternative<Workbook>(first)) << messageOf(first).toStdString();
    const Workbook &original = std::get<Workbook>(first);

    WorkbookReader::Result again = WorkbookReader::fromSources(original.sources, QStringLiteral("csvform"));
    ASSERT_TRUE(std::holds_alternative<Workbook>(again)) << messageOf(again).toStdString();
    const Workbook &reread = std::get<Workbook>(again);
    ASSERT_EQ(reread.sheets.size(), original.sheets.size());
    for (size_t i = 0; i < reread.sheets.size(); ++i) {
        EXPECT_EQ(reread.sheets[i].name, original.sheets[i].name);
        EXPECT_EQ(reread.sheets[i].headers, original.sheets[i].headers);
        ASSERT_EQ(reread.sheets[i].rows.size(), original.sheets[i].rows.size());
        for (size_t r = 0; r < reread.sheets[i].rows.size(); ++r)
            EXPECT_EQ(reread.sheets[i].rows[r].cells, original.sheets[i].rows[r].cells);
    }
}

TEST(CsvSheets, AFolderWithoutSurveyCsvIsRefused)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeFile(dir.filePath("choices.csv"), "list_name,name\n");
    QString message = messageOf(WorkbookReader::read(dir.path()));
    EXPECT_TRUE(message.contains("has no survey.csv")) << message.toStdString();

    // Someone who picked the folder their workbook sits in is told to open the workbook.
    writeFile(dir.filePath("form.xlsx"), "");
    message = messageOf(WorkbookReader::read(dir.path()));
    EXPECT_TRUE(message.contains("open that file instead")) << message.toStdString();
    EXPECT_TRUE(message.contains("form.xlsx")) << message.toStdString();
}

TEST(CsvSheets, ErrorsNameTheFileAndLine)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeFile(dir.filePath("survey.csv"), "type,name,label\ntext,q1,\"Unclosed\n");
    const QString message = messageOf(WorkbookReader::read(dir.path()));
    EXPECT_TRUE(message.startsWith("survey.csv, line 2: ")) << message.toStdString();
}

TEST(CsvSheets, ASingleCsvFileIsNotAQuestionnaire)
{
    const QString message =
        messageOf(WorkbookReader::read(QStringLiteral(FLOWDESK_TEST_DATA_DIR "/csvform/survey.csv")));
    EXPECT_TRUE(message.contains("open the folder instead")) << message.toStdString();
}

TEST(CsvSheets, TwoSheetsDifferingOnlyByCaseAreRefusedNamingBoth)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeFile(dir.filePath("survey.csv"), "type,name\ntext,q1\n");
    writeFile(dir.filePath("Survey.csv"), "type,name\ninteger,q2\n");
    const QString message = messageOf(WorkbookReader::read(dir.path()));
    EXPECT_TRUE(message.contains("holds both Survey.csv and survey.csv, which name the same sheet; keep one of them"))
        << message.toStdString();
}

TEST(CsvSheets, AFolderNamedSurveyCsvIsSaidToBeAFolder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(QDir(dir.path()).mkdir("survey.csv"));
    writeFile(dir.filePath("choices.csv"), "list_name,name\n");
    const QString message = messageOf(WorkbookReader::read(dir.path()));
    EXPECT_TRUE(message.endsWith(": survey.csv is a folder, not a file; a questionnaire folder needs survey.csv as "
                                 "a CSV file"))
        << message.toStdString();
}

TEST(CsvSheets, AnEmptySurveyIsSaidToBeEmpty)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeFile(dir.filePath("survey.csv"), "");
    QString message = messageOf(WorkbookReader::read(dir.path()));
    EXPECT_EQ(message, "survey.csv is empty; its first row names the columns (type, name, label...) and each row "
                       "after it is a question");

    writeFile(dir.filePath("survey.csv"), "\n,,\n \n");
    message = messageOf(WorkbookReader::read(dir.path()));
    EXPECT_TRUE(message.startsWith("survey.csv holds only blank rows")) << message.toStdString();
}

TEST(CsvSheets, SheetsPastExcelsLimitsAreRefused)
{
    SourceFiles files;
    files["survey.csv"] = "type,name\ntext," + QByteArray(40000, 'n') + "\n";
    EXPECT_EQ(messageOf(WorkbookReader::readCsvSheets(files, "form")),
              "survey.csv: cell B2 holds 40,000 characters; a cell holds at most 32,767 (Excel's limit)");

    files["survey.csv"] = "type,name\n" + QByteArray(16384, ',') + "x\n";
    EXPECT_EQ(messageOf(WorkbookReader::readCsvSheets(files, "form")),
              "survey.csv, line 2: the row has more than 16,384 fields (Excel's limit)");

    // Blank rows count: row 1,048,577 is past the last, whatever it holds.
    files["survey.csv"] = "type,name\n" + QByteArray(1048576, '\n');
    EXPECT_EQ(messageOf(WorkbookReader::readCsvSheets(files, "form")),
              "survey.csv: row 1,048,577 is past Excel's last row (1,048,576)");
}

TEST(CsvSheets, AColumnFarRightOfTheRestCostsOneColumn)
{
    SourceFiles files;
    QByteArray choices = "list_name,name" + QByteArray(10000, ',') + "note\n";
    for (int i = 0; i < 20000; ++i)
        choices += "places,p" + QByteArray::number(i) + "\n";
    files["survey.csv"] = "type,name\nselect_one places,place\n";
    files["choices.csv"] = choices;
    WorkbookReader::Result result = WorkbookReader::readCsvSheets(files, "form");
    ASSERT_TRUE(std::holds_alternative<Workbook>(result)) << messageOf(result).toStdString();
    const Sheet *sheet = std::get<Workbook>(result).sheet(u"choices");
    ASSERT_NE(sheet, nullptr);
    EXPECT_EQ(sheet->headers, QStringList({"list_name", "name", "note"}));
    EXPECT_EQ(sheet->rows.size(), 20000u);
}
