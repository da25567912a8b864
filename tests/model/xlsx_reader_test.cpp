// Reading .xlsx packages built here from hand-written XML, so each case controls exactly what the reader
// sees.

#include "xlsxfixture.h"

#include "xlsform/workbookreader.h"
#include "xlsform/ziparchive.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace flowdesk;
using flowdesk::test::XlsxFixture;

namespace {

// A row of `count` styled empty cells starting at column A, as LibreOffice writes for formatted blank rows.
QByteArray blankStyledRow(int row, int count)
{
    QByteArray xml = "<row r=\"" + QByteArray::number(row) + "\">";
    for (int column = 0; column < count; ++column)
        xml += "<c r=\"" + Sheet::columnLetter(column).toLatin1() + QByteArray::number(row) + "\" s=\"3\"/>";
    return xml + "</row>";
}

// The form most tests read: every kind of cell the reader must understand.
XlsxFixture sampleForm()
{
    XlsxFixture form;
    form.sharedStrings = "<si><t>type</t></si>"                                 // 0
                         "<si><r><rPr><b/></rPr><t>la</t></r><r><t>bel</t></r>" // 1: rich text runs
                         "<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>"
                         "<si><t xml:space=\"preserve\">  text  </t></si>" // 2
                         "<si><t>integer</t></si>"                         // 3
                         "<si><t>Line one_x000D_\nline two</t></si>"       // 4: escaped CR
                         "<si><t>yes_no</t></si>";                         // 5
    form.numFmts = "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
                   "<numFmt numFmtId=\"165\" formatCode=\"0.0&quot; days&quot;\"/>";
    form.cellXfs = "<xf numFmtId=\"0\"/>"        // 0 General
                   "<xf numFmtId=\"14\"/>"       // 1 built-in date
                   "<xf numFmtId=\"164\"/>"      // 2 custom date
                   "<xf numFmtId=\"165\"/>"      // 3 a number with quoted text that merely contains a d
                   "<xf numFmtId=\"20\"/>";      // 4 built-in time h:mm
    QByteArray survey = blankStyledRow(1, 2000); // blank formatted row above the headers
    survey += "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c>"
              "<c r=\"B2\" t=\"inlineStr\"><is><t> name </t></is></c>"
              "<c r=\"C2\" t=\"s\"><v>1</v></c>"
              "<c r=\"D2\" t=\"inlineStr\"><is><t>value</t></is></c>"
              "<c r=\"E2\" t=\"inlineStr\"><is><t>flag</t></is></c>"
              "<c r=\"F2\" t=\"inlineStr\"><is><t>when</t></is></c>"
              "<c r=\"G2\" s=\"3\"/><c r=\"H2\" t=\"inlineStr\"><is><t>  </t></is></c></row>";
    survey += "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c>"
              "<c r=\"B3\" t=\"inlineStr\"><is><r><t>q</t></r><r><t>1</t></r></is></c>"
              "<c r=\"C3\" t=\"s\"><v>4</v></c>"
              "<c r=\"D3\"><v>0.5</v></c><c r=\"E3\" t=\"b\"><v>1</v></c></row>";
    // Row 4 is missing altogether; row 5 has no cell references, so cells fall in sequence.
    survey += "<row r=\"5\"><c t=\"s\"><v>3</v></c><c t=\"inlineStr\"><is><t>age</t></is></c>"
              "<c/><c><v>42.0</v></c><c t=\"b\"><v>0</v></c></row>";
    survey += "<row r=\"7\"><c r=\"C7\" t=\"inlineStr\"><is><t>only C</t></is></c>"
              "<c r=\"F7\" t=\"str\"><f>CONCAT(\"com\",\"puted\")</f><v>computed</v></c></row>";
    survey += "<row r=\"8\"><c r=\"A8\" s=\"4\"><v>0.75</v></c><c r=\"B8\" t=\"e\"><v>#N/A</v></c>"
              "<c r=\"C8\" s=\"3\"><v>45292</v></c><c r=\"D8\" s=\"1\"><v>45292</v></c>"
              "<c r=\"E8\" s=\"2\"><v>45292.5</v></c><c r=\"F8\" s=\"1\"><f>TODAY()</f><v>60</v></c></row>";
    // Whitespace only, and text past the last header: neither makes a row.
    survey += "<row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>   </t></is></c>"
              "<c r=\"K9\" t=\"inlineStr\"><is><t>stray</t></is></c></row>";
    survey += "<row r=\"10\"><c r=\"A10\" t=\"inlineStr\"><is><t>note</t></is></c>"
              "<c r=\"K10\" t=\"inlineStr\"><is><t>stray</t></is></c></row>";
    survey += blankStyledRow(11, 1024);
    survey += "<row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\"><is><t>end</t></is></c></row>";
    form.sheets.push_back({"survey", survey});
    form.sheets.push_back({"Choices",
                           "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>list_name</t></is></c>"
                           "<c r=\"B1\" t=\"inlineStr\"><is><t>name</t></is></c></row>"
                           "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"B2\"><v>1</v></c></row>"});
    return form;
}

Workbook readOk(const QByteArray &bytes, const QString &name = QStringLiteral("form.xlsx"))
{
    WorkbookReader::Result result = WorkbookReader::readXlsx(bytes, name);
    if (const auto *error = std::get_if<WorkbookError>(&result)) {
        ADD_FAILURE() << error->message.toStdString();
        return {};
    }
    return std::get<Workbook>(std::move(result));
}

QString readError(const QByteArray &bytes, const QString &name)
{
    WorkbookReader::Result result = WorkbookReader::readXlsx(bytes, name);
    if (const auto *error = std::get_if<WorkbookError>(&result))
        return error->message;
    ADD_FAILURE() << "expected " << name.toStdString() << " to be refused";
    return {};
}

const SheetRow *rowAt(const Sheet &sheet, int excelRow)
{
    for (const SheetRow &row : sheet.rows) {
        if (row.excelRow == excelRow)
            return &row;
    }
    return nullptr;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << path.toStdString();
    file.write(bytes);
}

} // namespace

TEST(XlsxReader, ReadsSheetsInTabOrderWithCaseInsensitiveNames)
{
    const Workbook workbook = readOk(sampleForm().build());
    ASSERT_EQ(workbook.sheets.size(), 2u);
    EXPECT_EQ(workbook.sheets[0].name, "survey");
    EXPECT_EQ(workbook.sheets[1].name, "Choices");
    ASSERT_NE(workbook.sheet(u"choices"), nullptr);
    EXPECT_EQ(workbook.sheet(u"choices")->rows.at(0).cells, QStringList({"yes_no", "1"}));
    EXPECT_EQ(workbook.sourceName, "form.xlsx");
}

TEST(XlsxReader, HeadersAreTheFirstNonBlankRowTrimmedWithoutTrailingBlanks)
{
    const Workbook workbook = readOk(sampleForm().build());
    const Sheet *survey = workbook.sheet(u"SURVEY");
    ASSERT_NE(survey, nullptr);
    EXPECT_EQ(survey->headerExcelRow, 2);
    // Rich text runs join, the phonetic guide is dropped, padding is trimmed, blank G2/H2 are not columns.
    EXPECT_EQ(survey->headers, QStringList({"type", "name", "label", "value", "flag", "when"}));
    EXPECT_EQ(survey->column(u"LABEL"), 2);
}

TEST(XlsxReader, CellsOfEveryKindReadAsXlsFormSeesThem)
{
    const Workbook workbook = readOk(sampleForm().build());
    ASSERT_FALSE(workbook.sheets.empty());
    const Sheet &survey = workbook.sheets[0];
    const SheetRow *row3 = rowAt(survey, 3);
    ASSERT_NE(row3, nullptr);
    EXPECT_EQ(row3->cells, QStringList({"text", "q1", "Line one\r\nline two", "0.5", "TRUE"}));

    const SheetRow *row5 = rowAt(survey, 5);
    ASSERT_NE(row5, nullptr);
    EXPECT_EQ(row5->cells, QStringList({"integer", "age", "", "42", "FALSE"}));

    const SheetRow *row7 = rowAt(survey, 7);
    ASSERT_NE(row7, nullptr);
    EXPECT_EQ(row7->cells, QStringList({"", "", "only C", "", "", "computed"}));
}

TEST(XlsxReader, DateStyledNumbersBecomeIsoDates)
{
    const Workbook workbook = readOk(sampleForm().build());
    ASSERT_FALSE(workbook.sheets.empty());
    const SheetRow *row = rowAt(workbook.sheets[0], 8);
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->cell(0), "18:00:00");            // time-only format, serial below one day
    EXPECT_EQ(row->cell(1), "#N/A");                // error value kept as text
    EXPECT_EQ(row->cell(2), "45292");               // "0.0 days": the d is quoted text, not a date
    EXPECT_EQ(row->cell(3), "2024-01-01");          // built-in date format 14
    EXPECT_EQ(row->cell(4), "2024-01-01T12:00:00"); // custom dd/mm/yyyy with a time part
    EXPECT_EQ(row->cell(5), "1900-02-29");          // Excel's phantom leap day, kept as Excel shows it
}

TEST(XlsxReader, Honours1904DateSystem)
{
    XlsxFixture form;
    form.date1904 = true;
    form.cellXfs = "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>";
    form.sheets.push_back({"settings",
                           "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>version</t></is></c></row>"
                           "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>43830</v></c></row>"});
    EXPECT_EQ(readOk(form.build()).sheets.at(0).rows.at(0).cell(0), "2024-01-01");
}

TEST(XlsxReader, SkipsBlankRowsAndKeepsExcelRowNumbers)
{
    const Workbook workbook = readOk(sampleForm().build());
    ASSERT_FALSE(workbook.sheets.empty());
    const Sheet &survey = workbook.sheets[0];
    std::vector<int> rows;
    for (const SheetRow &row : survey.rows)
        rows.push_back(row.excelRow);
    EXPECT_EQ(rows, (std::vector<int>{3, 5, 7, 8, 10, 1048576}));
    // Text beyond the last header is not part of any column.
    EXPECT_EQ(rowAt(survey, 10)->cells, QStringList({"note"}));
    EXPECT_EQ(rowAt(survey, 1048576)->cells, QStringList({"end"}));
}

TEST(XlsxReader, StrayValuesFarRightOfTheHeadersStayCheap)
{
    XlsxFixture form;
    QByteArray survey = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>type</t></is></c></row>";
    for (int row = 2; row <= 20001; ++row) {
        const QByteArray n = QByteArray::number(row);
        survey += "<row r=\"" + n + "\"><c r=\"XFD" + n + "\"><v>1</v></c></row>";
    }
    survey += "<row r=\"20002\"><c r=\"A20002\" t=\"inlineStr\"><is><t>text</t></is></c></row>";
    form.sheets.push_back({"survey", survey});
    QElapsedTimer timer;
    timer.start();
    const Workbook workbook = readOk(form.build());
    EXPECT_LT(timer.elapsed(), 5000);
    ASSERT_EQ(workbook.sheets.size(), 1u);
    ASSERT_EQ(workbook.sheets[0].rows.size(), 1u);
    EXPECT_EQ(workbook.sheets[0].rows[0].excelRow, 20002);
}

TEST(XlsxReader, KeepsTheBytesAsTheSource)
{
    const QByteArray bytes = sampleForm().build();
    const Workbook workbook = readOk(bytes);
    ASSERT_EQ(workbook.sources.size(), 1u);
    EXPECT_EQ(workbook.sources.at("form.xlsx"), bytes);
}

TEST(XlsxReader, ReadsAFileWithTheCsvFilesBesideItAsSources)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray bytes = sampleForm().build();
    writeFile(dir.filePath("form.xlsx"), bytes);
    writeFile(dir.filePath("itemsets.csv"), "list_name,name\ncounty,a\n");
    writeFile(dir.filePath("notes.txt"), "not a source");

    WorkbookReader::Result result = WorkbookReader::read(dir.filePath("form.xlsx"));
    ASSERT_TRUE(std::holds_alternative<Workbook>(result))
        << std::get<WorkbookError>(result).message.toStdString();
    const Workbook &workbook = std::get<Workbook>(result);
    EXPECT_EQ(workbook.sourceName, "form.xlsx");
    EXPECT_EQ(workbook.sheets.size(), 2u); // external choice files are not sheets
    ASSERT_EQ(workbook.sources.size(), 2u);
    EXPECT_EQ(workbook.sources.at("form.xlsx"), bytes);
    EXPECT_EQ(workbook.sources.at("itemsets.csv"), "list_name,name\ncounty,a\n");

    WorkbookReader::Result again = WorkbookReader::fromSources(workbook.sources, workbook.sourceName);
    ASSERT_TRUE(std::holds_alternative<Workbook>(again))
        << std::get<WorkbookError>(again).message.toStdString();
    const Workbook &reread = std::get<Workbook>(again);
    ASSERT_EQ(reread.sheets.size(), 2u);
    EXPECT_EQ(reread.sheets[0].headers, workbook.sheets[0].headers);
    EXPECT_EQ(reread.sheets[0].rows.size(), workbook.sheets[0].rows.size());
    EXPECT_EQ(reread.sources, workbook.sources);
}

// A real .xls is read (xls_reader_test.cpp); one whose container is damaged is refused, saying so.
TEST(XlsxReader, RefusesADamagedOldBinaryXlsFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QByteArray ole2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole2 += QByteArray(504, '\0');
    writeFile(dir.filePath("old form.xls"), ole2);

    WorkbookReader::Result result = WorkbookReader::read(dir.filePath("old form.xls"));
    ASSERT_TRUE(std::holds_alternative<WorkbookError>(result));
    EXPECT_EQ(std::get<WorkbookError>(result).message,
              "old form.xls cannot be read as an Excel .xls workbook: it is damaged or truncated; open it in Excel "
              "or LibreOffice and save it again");
}

TEST(XlsxReader, SaysAProtectedOrRenamedFileIsNotAnXlsx)
{
    const QString message =
        readError(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'),
                  QStringLiteral("locked.xlsx"));
    EXPECT_TRUE(message.startsWith("locked.xlsx ")) << message.toStdString();
    EXPECT_TRUE(message.contains("password")) << message.toStdString();
    EXPECT_TRUE(message.contains("save it as .xlsx")) << message.toStdString();
}

TEST(XlsxReader, ReadsAnXlsxThatWasNamedXls)
{
    EXPECT_EQ(readOk(sampleForm().build(), QStringLiteral("misnamed.xls")).sheets.size(), 2u);
}

TEST(XlsxReader, NamesTheFileWhenItIsNotAZip)
{
    const QString message = readError("this is plain text, not a workbook", QStringLiteral("notes.xlsx"));
    EXPECT_TRUE(message.startsWith("notes.xlsx")) << message.toStdString();
    EXPECT_TRUE(message.contains("not a zip archive")) << message.toStdString();
}

TEST(XlsxReader, ATruncatedDownloadGivesAnErrorNotACrash)
{
    const QByteArray bytes = sampleForm().build();
    for (qsizetype size : {qsizetype(4), qsizetype(30), bytes.size() / 2, bytes.size() - 10}) {
        const QString message = readError(bytes.left(size), QStringLiteral("cut.xlsx"));
        EXPECT_TRUE(message.startsWith("cut.xlsx")) << size << ": " << message.toStdString();
    }
}

TEST(XlsxReader, ADamagedPartGivesAnErrorNamingTheSheet)
{
    QByteArray bytes = sampleForm().build();
    const QByteArray entry = "xl/worksheets/sheet1.xml";
    const qsizetype data = bytes.indexOf(entry) + entry.size(); // the local header comes first
    ASSERT_GT(data, entry.size());
    for (qsizetype i = data + 20; i < data + 40; ++i)
        bytes[i] = char(bytes[i] ^ 0x5A);
    const QString message = readError(bytes, QStringLiteral("damaged.xlsx"));
    EXPECT_TRUE(message.startsWith("damaged.xlsx: sheet \"survey\": ")) << message.toStdString();
}

TEST(XlsxReader, SaysWhenAZipIsNotAnExcelWorkbook)
{
    const QByteArray zip = ZipArchive::write({{QStringLiteral("word/document.xml"), "<w:document/>"}});
    const QString message = readError(zip, QStringLiteral("letter.xlsx"));
    EXPECT_TRUE(message.startsWith("letter.xlsx")) << message.toStdString();
    EXPECT_TRUE(message.contains("xl/workbook.xml")) << message.toStdString();

    const QByteArray ods =
        ZipArchive::write({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument"
                                                        ".spreadsheet"},
                           {QStringLiteral("content.xml"), "<office:document-content/>"}});
    EXPECT_TRUE(readError(ods, QStringLiteral("form.xlsx")).contains("save it as .xlsx"));
}

TEST(XlsxReader, SaysWhichSheetAndWhereForDamagedContent)
{
    XlsxFixture badXml;
    badXml.sheets.push_back({"survey", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>type</t></is></c>\n"
                                       "<row r=\"2\"></sheetData>"});
    QString message = readError(badXml.build(), QStringLiteral("broken.xlsx"));
    EXPECT_TRUE(message.startsWith("broken.xlsx: sheet \"survey\": line 2")) << message.toStdString();

    XlsxFixture badString;
    badString.sheets.push_back({"choices", "<row r=\"4\"><c r=\"B4\" t=\"s\"><v>7</v></c></row>"});
    message = readError(badString.build(), QStringLiteral("broken.xlsx"));
    EXPECT_TRUE(message.contains("sheet \"choices\"")) << message.toStdString();
    EXPECT_TRUE(message.contains("cell B4")) << message.toStdString();

    XlsxFixture badReference;
    badReference.sheets.push_back({"survey", "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"});
    message = readError(badReference.build(), QStringLiteral("broken.xlsx"));
    EXPECT_TRUE(message.contains("XFE1")) << message.toStdString();
}

TEST(XlsxReader, SaysWhenASheetPartIsMissing)
{
    std::map<QString, QByteArray> parts = sampleForm().parts();
    parts.erase(QStringLiteral("xl/worksheets/sheet2.xml"));
    const QString message = readError(ZipArchive::write(parts), QStringLiteral("partial.xlsx"));
    EXPECT_TRUE(message.contains("sheet \"Choices\"")) << message.toStdString();
    EXPECT_TRUE(message.contains("xl/worksheets/sheet2.xml")) << message.toStdString();
}

TEST(XlsxReader, SaysWhenTheFileDoesNotExist)
{
    WorkbookReader::Result result = WorkbookReader::read(QStringLiteral("/nonexistent/folder/form.xlsx"));
    ASSERT_TRUE(std::holds_alternative<WorkbookError>(result));
    EXPECT_TRUE(
        std::get<WorkbookError>(result).message.startsWith("cannot open /nonexistent/folder/form.xlsx: "))
        << std::get<WorkbookError>(result).message.toStdString();
}
