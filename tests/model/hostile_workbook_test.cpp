// .xlsx files built to cost out of proportion or to be damaged: each is refused with a message a user can act
// on, or read on where what is damaged is only formatting. Limits are checked by what the user sees, not by time.

#include "xlsxfixture.h"

#include "questionnaire/questionnaireloader.h"
#include "xlsform/workbookreader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace flowdesk;
using flowdesk::test::inlineCell;
using flowdesk::test::XlsxFixture;

namespace {

const QByteArray kHeaderRow = "<row r=\"1\">" + inlineCell("A1", "type") + inlineCell("B1", "name") +
                              inlineCell("C1", "label") + "</row>";

XlsxFixture surveyWith(const QByteArray &rows)
{
    XlsxFixture form;
    form.sheets.push_back({"survey", kHeaderRow + rows});
    return form;
}

QString refusal(const QByteArray &bytes)
{
    WorkbookReader::Result result = WorkbookReader::readXlsx(bytes, QStringLiteral("hostile.xlsx"));
    if (const auto *error = std::get_if<WorkbookError>(&result))
        return error->message;
    ADD_FAILURE() << "expected the workbook to be refused";
    return {};
}

// Rewrites the 16-bit field at the given offsets of the local and the central header that name `entry`.
template <typename Change>
void patchHeaders(QByteArray &zip, const QByteArray &entry, int localOffset, int centralOffset, Change change)
{
    for (qsizetype at = zip.indexOf(entry); at >= 0; at = zip.indexOf(entry, at + 1)) {
        const bool local = at >= 30 && zip.mid(at - 30, 4) == QByteArray("PK\x03\x04", 4);
        const bool central = at >= 46 && zip.mid(at - 46, 4) == QByteArray("PK\x01\x02", 4);
        const qsizetype field = local ? at - 30 + localOffset : central ? at - 46 + centralOffset : -1;
        if (field < 0)
            continue;
        const quint16 value = change(quint16(quint8(zip[field]) | quint8(zip[field + 1]) << 8));
        zip[field] = char(value & 0xFF);
        zip[field + 1] = char(value >> 8);
    }
}

} // namespace

TEST(HostileWorkbook, ACellPastExcelsLengthIsRefusedNamingTheCell)
{
    const QByteArray longText(40000, 'x');
    const QString message = refusal(surveyWith("<row r=\"2\">" + inlineCell("B2", longText) + "</row>").build());
    EXPECT_EQ(message, "hostile.xlsx: sheet \"survey\": cell B2 holds 40,000 characters; a cell holds at most "
                       "32,767 (Excel's limit)");
}

TEST(HostileWorkbook, ASharedTextPastExcelsLengthIsRefused)
{
    XlsxFixture form = surveyWith("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>");
    form.sharedStrings = "<si><t>" + QByteArray(40000, 'y') + "</t></si>";
    EXPECT_EQ(refusal(form.build()), "hostile.xlsx: xl/sharedStrings.xml shared text #0 holds 40,000 characters; "
                                     "a cell holds at most 32,767 (Excel's limit)");
}

TEST(HostileWorkbook, MillionsOfSharedStringsOverspendTheBudget)
{
    XlsxFixture form = surveyWith({});
    form.sharedStrings = QByteArray("<si/>").repeated(1000001);
    EXPECT_TRUE(refusal(form.build()).endsWith("the workbook holds more than 1,000,000 cells or 16,000,000 "
                                               "characters of text, far more than any questionnaire; it is "
                                               "damaged or not a questionnaire"));
}

TEST(HostileWorkbook, APartThatUnpacksPastTheBudgetIsRefused)
{
    // Whitespace compresses a thousandfold: this package is about 100 KB.
    XlsxFixture form = surveyWith("<row r=\"2\">" + inlineCell("B2", "q") + "</row>" +
                                  QByteArray(101 * 1024 * 1024, ' '));
    const QByteArray bytes = form.build();
    EXPECT_LT(bytes.size(), 1024 * 1024);
    EXPECT_EQ(refusal(bytes), "hostile.xlsx: sheet \"survey\": the part xl/worksheets/sheet1.xml: the workbook "
                              "unpacks to more than 100 MB, far more than any questionnaire; it is damaged or not a "
                              "questionnaire");
}

TEST(HostileWorkbook, ADocumentTypeDeclarationIsRefusedBeforeItsEntitiesExpand)
{
    XlsxFixture form = surveyWith("<row r=\"2\">" + inlineCell("B2", "&a;&a;&a;") + "</row>");
    std::map<QString, QByteArray> parts = form.parts();
    QByteArray &sheet = parts[QStringLiteral("xl/worksheets/sheet1.xml")];
    sheet.insert(sheet.indexOf("<worksheet"), "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">]>");
    const QString message = refusal(ZipArchive::write(parts));
    EXPECT_TRUE(message.startsWith("hostile.xlsx: sheet \"survey\": line 1: ")) << message.toStdString();
    EXPECT_TRUE(message.contains("declares a document type")) << message.toStdString();
}

TEST(HostileWorkbook, RowsPastExcelsLastRowAreRefusedNotCountedOn)
{
    // Rows without numbers count on from the one before.
    const QString message =
        refusal(surveyWith("<row r=\"1048576\">" + inlineCell("A1048576", "note") + "</row><row/>").build());
    EXPECT_EQ(message, "hostile.xlsx: sheet \"survey\": the sheet has more than 1,048,576 rows (Excel's limit)");
}

TEST(HostileWorkbook, AStrayHeaderFarRightCostsOneColumn)
{
    QByteArray rows = "<row r=\"1\">" + inlineCell("A1", "list_name") + inlineCell("B1", "name") +
                      inlineCell("XFD1", "stray") + "</row>";
    for (int choice = 2; choice <= 20001; ++choice) {
        const QByteArray n = QByteArray::number(choice);
        rows += "<row r=\"" + n + "\">" + inlineCell("A" + n, "places") + inlineCell("B" + n, "p" + n) + "</row>";
    }
    XlsxFixture form;
    form.sheets.push_back({"choices", rows});
    WorkbookReader::Result result = WorkbookReader::readXlsx(form.build(), QStringLiteral("wide.xlsx"));
    ASSERT_TRUE(std::holds_alternative<Workbook>(result)) << std::get<WorkbookError>(result).message.toStdString();
    const Sheet &choices = std::get<Workbook>(result).sheets.at(0);
    EXPECT_EQ(choices.headers, QStringList({"list_name", "name", "stray"}));
    ASSERT_EQ(choices.rows.size(), 20000u);
    EXPECT_EQ(choices.rows.back().cells, QStringList({"places", "p20001"}));
}

TEST(HostileWorkbook, ADamagedStylesPartCostsTheDatesNotTheForm)
{
    XlsxFixture form = surveyWith("<row r=\"2\">" + inlineCell("A2", "date") + inlineCell("B2", "visit") +
                                  inlineCell("C2", "Visit") + "</row><row r=\"3\">" + inlineCell("A3", "note") +
                                  inlineCell("B3", "since") + "<c r=\"C3\" s=\"1\"><v>45292</v></c></row>");
    form.cellXfs = "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></broken";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath("styled.xlsx"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(form.build());
    file.close();

    const LoadedForm loaded = QuestionnaireLoader::load(file.fileName());
    ASSERT_TRUE(loaded.ok()) << loaded.diagnostics.items.front().toString().toStdString();
    ASSERT_FALSE(loaded.diagnostics.items.empty());
    const FormDiagnostic &first = loaded.diagnostics.items.front();
    EXPECT_EQ(first.severity, FormDiagnostic::Severity::Warning);
    EXPECT_TRUE(first.message.startsWith("styled.xlsx: the cell formatting (xl/styles.xml line 1: "))
        << first.message.toStdString();
    EXPECT_TRUE(first.message.endsWith("dates typed into cells show as Excel day numbers (45292 for 2024-01-01)"))
        << first.message.toStdString();
    const Questionnaire &q = *loaded.questionnaire;
    EXPECT_EQ(q.item(q.itemByName(u"since")).label.text(0), "45292");
}

TEST(HostileWorkbook, ZipDamageIsDescribedInWords)
{
    const QByteArray bytes = surveyWith("<row r=\"2\">" + inlineCell("B2", "q") + "</row>").build();

    const QString cut = refusal(bytes.left(bytes.size() - 30));
    EXPECT_TRUE(cut.contains("the file is damaged or was cut short")) << cut.toStdString();

    QByteArray flipped = bytes;
    const QByteArray entry = "xl/worksheets/sheet1.xml";
    const qsizetype data = flipped.indexOf(entry) + entry.size(); // the local header comes first
    for (qsizetype i = data + 20; i < data + 40; ++i)
        flipped[i] = char(flipped[i] ^ 0x5A);
    const QString damaged = refusal(flipped);
    EXPECT_TRUE(damaged.startsWith("hostile.xlsx: sheet \"survey\": the part xl/worksheets/sheet1.xml is damaged: "))
        << damaged.toStdString();
    EXPECT_FALSE(damaged.contains("zip error")) << damaged.toStdString();
    EXPECT_FALSE(damaged.contains("-10")) << damaged.toStdString();
}

TEST(HostileWorkbook, AnEncryptedOrStrangelyPackedPartIsNamed)
{
    const QByteArray bytes = surveyWith("<row r=\"2\">" + inlineCell("B2", "q") + "</row>").build();
    QByteArray encrypted = bytes;
    patchHeaders(encrypted, "xl/worksheets/sheet1.xml", 6, 8, [](quint16 flags) { return quint16(flags | 1); });
    EXPECT_TRUE(refusal(encrypted).contains("the part xl/worksheets/sheet1.xml is encrypted; remove the password"))
        << refusal(encrypted).toStdString();

    QByteArray lzma = bytes;
    patchHeaders(lzma, "xl/worksheets/sheet1.xml", 8, 10, [](quint16) { return quint16(14); });
    EXPECT_TRUE(refusal(lzma).contains("packed with a compression method FlowDesk cannot unpack (method 14)"))
        << refusal(lzma).toStdString();
}
