// Old binary .xls workbooks, read with FreeXL. The fixtures were written once by tests/data/xls/make_fixtures.py.
#include "questionnaire/questionnaireloader.h"
#include "store_fixtures.h"
#include "testforms.h"
#include "xlsform/compounddocument.h"
#include "xlsform/workbookreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace flowdesk;
using flowdesk::test::describe;

namespace {

const QString kForm = QStringLiteral(FLOWDESK_TEST_DATA_DIR "/xls/form.xls");

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

} // namespace

TEST(XlsReader, CellsAsTheXlsxReaderGivesThem)
{
    WorkbookReader::Result read = WorkbookReader::read(kForm);
    ASSERT_TRUE(std::holds_alternative<Workbook>(read)) << std::get<WorkbookError>(read).message.toStdString();
    const Workbook &book = std::get<Workbook>(read);
    ASSERT_EQ(book.sheets.size(), 3u);
    const Sheet &survey = book.sheets.front();
    EXPECT_EQ(survey.name, "survey");
    EXPECT_EQ(survey.headers.at(3), "label::Français (fr)");
    ASSERT_EQ(survey.rows.size(), 5u);
    EXPECT_EQ(survey.rows[0].excelRow, 2);
    EXPECT_EQ(survey.rows[0].cell(3), "Âge ✓");
    EXPECT_EQ(survey.rows[0].cell(4), "30");                  // a whole number, without ".0"
    EXPECT_EQ(survey.rows[1].cell(4), "2026-01-31");          // a date by its cell format
    EXPECT_EQ(survey.rows[2].cell(4), "2026-01-31T14:05:00"); // a date and time
    EXPECT_EQ(survey.rows[3].cell(4), "2.5");
    EXPECT_EQ(book.sheets[2].rows[0].cell(1), "2026112301");
    EXPECT_EQ(book.sources.count("form.xls"), 1u);
}

TEST(XlsReader, LoadsAsAQuestionnaireAndAgainFromStoredSources)
{
    const LoadedForm form = QuestionnaireLoader::load(kForm);
    ASSERT_TRUE(form.ok()) << describe(form.diagnostics).toStdString();
    EXPECT_EQ(form.questionnaire->formId, "xls_form");
    EXPECT_EQ(form.questionnaire->version, "2026112301");
    const ChoiceList *yn = form.questionnaire->choiceList(form.questionnaire->item(4));
    ASSERT_NE(yn, nullptr);
    EXPECT_EQ(yn->indexOf(u"0"), 1);

    auto db = flowdesk::testing::openMemory();
    ASSERT_TRUE(db);
    QuestionnaireStore store(*db);
    QString error;
    const auto id = store.add(form.workbook, *form.questionnaire, &error);
    ASSERT_TRUE(id) << error.toStdString();
    const LoadedForm again = QuestionnaireLoader::fromSources(*store.sources(*id), QStringLiteral("form.xls"));
    ASSERT_TRUE(again.ok()) << describe(again.diagnostics).toStdString();
    EXPECT_EQ(again.questionnaire->items.size(), form.questionnaire->items.size());
}

TEST(XlsReader, SingleSheetNamedSheet1IsTheSurvey)
{
    const LoadedForm form = QuestionnaireLoader::load(QStringLiteral(FLOWDESK_TEST_DATA_DIR "/xls/sheet1.xls"));
    ASSERT_TRUE(form.ok()) << describe(form.diagnostics).toStdString();
    EXPECT_EQ(form.questionnaire->item(0).name, "who");
    EXPECT_EQ(form.questionnaire->item(1).name, "generated_note_name_3");
}

TEST(XlsReader, DamagedFilesAreRefusedWithAClearMessage)
{
    const QByteArray whole = bytesOf(kForm);
    for (const QByteArray &bytes : {whole.left(whole.size() / 3), whole.left(600), QByteArray("not a workbook at all")}) {
        WorkbookReader::Result read = WorkbookReader::readXlsx(bytes, QStringLiteral("broken.xls"));
        ASSERT_TRUE(std::holds_alternative<WorkbookError>(read)) << bytes.size();
        const QString message = std::get<WorkbookError>(read).message;
        EXPECT_TRUE(message.startsWith("broken.xls cannot be read as an Excel .xls workbook: ")) << message.toStdString();
    }
}

TEST(XlsReader, AnEncryptedWorkbookIsSaidToBePasswordProtected)
{
    QByteArray bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    bytes += QByteArray(504, '\0');
    const QString stream = QStringLiteral("EncryptedPackage");
    bytes += QByteArray(reinterpret_cast<const char *>(stream.utf16()), stream.size() * 2);
    for (const QString &name : {QStringLiteral("locked.xlsx"), QStringLiteral("locked.xls")}) {
        WorkbookReader::Result read = WorkbookReader::readXlsx(bytes, name);
        ASSERT_TRUE(std::holds_alternative<WorkbookError>(read));
        EXPECT_EQ(std::get<WorkbookError>(read).message,
                  name + " is password-protected (encrypted); remove the password in Excel or LibreOffice and save "
                         "it again");
    }
}

TEST(XlsReader, ASheetClaimingMillionsOfCellsIsRefusedBeforeReading)
{
    WorkbookReader::Result read = WorkbookReader::read(QStringLiteral(FLOWDESK_TEST_DATA_DIR "/xls/wide.xls"));
    ASSERT_TRUE(std::holds_alternative<WorkbookError>(read));
    EXPECT_TRUE(std::get<WorkbookError>(read).message.contains(
        "its sheets claim 16777216 cells (the largest 65536 rows by 256 columns)"))
        << std::get<WorkbookError>(read).message.toStdString();
}

TEST(CompoundDocument, FindsTheWorkbookStreamAndSurvivesDamage)
{
    const QByteArray file = bytesOf(kForm);
    const std::optional<QByteArray> workbook = CompoundDocument::stream(file, u"workbook");
    ASSERT_TRUE(workbook);
    EXPECT_TRUE(workbook->startsWith(QByteArray::fromHex("0908"))); // a BIFF BOF record
    EXPECT_FALSE(CompoundDocument::stream(file, u"nothing"));
    // Every cut and every flipped byte of the header and tables is refused or read, never a crash.
    for (qsizetype cut = 0; cut < file.size(); cut += 97)
        (void)CompoundDocument::stream(file.left(cut), u"Workbook");
    for (qsizetype at = 0; at < file.size(); at += 7) {
        QByteArray damaged = file;
        damaged[at] = char(~damaged[at]);
        (void)CompoundDocument::stream(damaged, u"Workbook");
    }
}

TEST(XlsReader, FlippedBytesAreReadOrRefusedNeverACrash)
{
    const QByteArray file = bytesOf(kForm);
    int refused = 0;
    // Each read runs FreeXL in a child process: a sample of positions keeps this quick.
    for (qsizetype at = 0; at < file.size(); at += 41) {
        QByteArray damaged = file;
        damaged[at] = char(damaged[at] ^ 0x5A);
        const WorkbookReader::Result read = WorkbookReader::readXlsx(damaged, QStringLiteral("damaged.xls"));
        if (const auto *error = std::get_if<WorkbookError>(&read)) {
            ++refused;
            EXPECT_TRUE(error->message.startsWith("damaged.xls ")) << error->message.toStdString();
        }
    }
    EXPECT_GT(refused, 0);
}

TEST(XlsReader, ADateBillionsOfDaysAwayIsRefusedBeforeReading)
{
    WorkbookReader::Result read = WorkbookReader::read(QStringLiteral(FLOWDESK_TEST_DATA_DIR "/xls/future.xls"));
    ASSERT_TRUE(std::holds_alternative<WorkbookError>(read));
    EXPECT_TRUE(std::get<WorkbookError>(read).message.contains("the latest is day 1000000000 after 1900"))
        << std::get<WorkbookError>(read).message.toStdString();
}

// A mutation of form.xls on which FreeXL itself crashes (found by a mutation run): an error, FlowDesk carries on.
TEST(XlsReader, AFileThatCrashesFreexlIsRefused)
{
    WorkbookReader::Result read = WorkbookReader::read(QStringLiteral(FLOWDESK_TEST_DATA_DIR "/xls/freexl-crash.xls"));
    ASSERT_TRUE(std::holds_alternative<WorkbookError>(read));
    EXPECT_TRUE(std::get<WorkbookError>(read).message.contains("the .xls reader (FreeXL) failed on it"))
        << std::get<WorkbookError>(read).message.toStdString();

    // Another on which FreeXL asks for hundreds of megabytes: its memory in the child is capped.
    read = WorkbookReader::read(QStringLiteral(FLOWDESK_TEST_DATA_DIR "/xls/freexl-memory.xls"));
    ASSERT_TRUE(std::holds_alternative<WorkbookError>(read));
    EXPECT_TRUE(std::get<WorkbookError>(read).message.contains("far more memory than any form needs"))
        << std::get<WorkbookError>(read).message.toStdString();
}
