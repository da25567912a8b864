// The batch dialogs driven as a user does: File > Export Batch... exports with progress in a worker thread and
// marks the interviews; Import Batch... shows what checking found and imports; the conflict view lets a reviewer
// pick. Screenshots (EN + AR) when FLOWDESK_SCREENSHOT_DIR names a folder.
#include "reviewfixture.h"

#include "batch/batchexporter.h"
#include "batch/officekey.h"
#include "common/applanguage.h"
#include "export/exportbatchdialog.h"
#include "import/conflictview.h"
#include "import/importbatchdialog.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>

namespace flowdesk::testing {
namespace {

class BatchDialogs : public ReviewFixture
{
protected:
    std::unique_ptr<Workspace> openWorkspace(const QString &path)
    {
        QString error;
        auto workspace = Workspace::open(path, OpenMode::ReadWrite, &error);
        EXPECT_TRUE(workspace) << error.toStdString();
        return workspace;
    }
    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    QString exportFromDialog(Workspace &workspace, ExportBatchDialog &dialog)
    {
        showActive(dialog);
        typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("folder")), m_out.path());
        QSignalSpy finished(&dialog, &ExportBatchDialog::exportFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("export")), Qt::LeftButton);
        EXPECT_TRUE(dialog.isRunning() || finished.count() == 1); // off the UI thread
        EXPECT_TRUE(finished.count() == 1 || finished.wait(60000));
        (void)workspace;
        return dialog.result().batchId;
    }
    QTemporaryDir m_out;
};

TEST_F(BatchDialogs, ExportDialogShowsTheCountExportsInTheBackgroundAndMarksTheInterviews)
{
    for (int i = 0; i < 3; ++i)
        approved();
    completed();
    auto workspace = openWorkspace(m_path);
    ExportBatchDialog dialog(*workspace, supervisor());
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("count"))->text().contains(u"3 interview"));
    EXPECT_TRUE(dialog.findChild<QCheckBox *>(QStringLiteral("includePii"))->isEnabled());
    // A filter the interviews do not meet leaves nothing to export.
    QTest::mouseClick(dialog.findChild<QCheckBox *>(QStringLiteral("fromSet")), Qt::LeftButton);
    showActive(dialog);
    auto *from = dialog.findChild<QDateEdit *>(QStringLiteral("from"));
    from->setDate(QDate(2999, 1, 1));
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("count"))->text().contains(u"0 interview"));
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("export"))->isEnabled());
    QTest::mouseClick(dialog.findChild<QCheckBox *>(QStringLiteral("fromSet")), Qt::LeftButton);
    EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("export"))->isEnabled());

    const QString batch = exportFromDialog(*workspace, dialog);
    ASSERT_FALSE(batch.isEmpty()) << dialog.message().toStdString();
    EXPECT_EQ(dialog.findChild<QProgressBar *>(QStringLiteral("progress"))->value(), 100);
    EXPECT_TRUE(dialog.message().contains(batch));
    EXPECT_TRUE(QFileInfo(QDir(m_out.path()).filePath(batch + QStringLiteral(".zip"))).isFile());
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("count"))->text().contains(u"0 interview"));
    QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM interviews WHERE status = 'exported' AND export_batch = '%1'")
                           .arg(batch)));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 3);
}

TEST_F(BatchDialogs, ExportDialogWritesTheWideLayoutWhenChosen)
{
    approved();
    auto workspace = openWorkspace(m_path);
    ExportBatchDialog dialog(*workspace, supervisor());
    showActive(dialog);
    auto *profile = dialog.findChild<QComboBox *>(QStringLiteral("profile"));
    profile->setFocus();
    QTest::keyClick(profile, Qt::Key_End); // the last entry: wide
    EXPECT_EQ(dialog.request().profile, ExportProfile::Wide);
    const QString batch = exportFromDialog(*workspace, dialog);
    ASSERT_FALSE(batch.isEmpty()) << dialog.message().toStdString();
    // One data table: the repeat groups' answers are numbered columns of main.csv, not tables of their own.
    const QDir folder(QDir(m_out.path()).filePath(batch));
    EXPECT_TRUE(folder.exists(QStringLiteral("main.csv")));
    EXPECT_FALSE(folder.exists(QStringLiteral("group_member.csv")));
    EXPECT_FALSE(folder.exists(QStringLiteral("transit_stay.csv")));
}

// Column names and the CSV's dialect from the keyboard: Alt+N labels in French, Alt+S a semicolon, Alt+Q every
// field quoted, Alt+M a byte order mark; main.csv reads so. Writing a past batch again keeps its own, so these
// are greyed out then.
TEST_F(BatchDialogs, ExportDialogWritesFrenchLabelsWithSemicolonsWhenChosen)
{
    approved();
    auto workspace = openWorkspace(m_path);
    ExportBatchDialog dialog(*workspace, supervisor());
    showActive(dialog);
    auto *headers = dialog.findChild<QComboBox *>(QStringLiteral("headers"));
    const int french = headers->findData(QStringLiteral("fr"));
    ASSERT_GT(french, 0) << "the bundled questionnaire has French labels";
    QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier);
    ASSERT_TRUE(headers->hasFocus());
    for (int i = 0; i < french; ++i)
        QTest::keyClick(headers, Qt::Key_Down);
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    auto *separator = dialog.findChild<QComboBox *>(QStringLiteral("separator"));
    ASSERT_TRUE(separator->hasFocus());
    QTest::keyClick(separator, Qt::Key_Down);
    QTest::keyClick(&dialog, Qt::Key_Q, Qt::AltModifier);
    QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier);
    // A check box's shortcut clicks it the way a mouse would: pressed, then released a moment later.
    auto *quoteAll = dialog.findChild<QCheckBox *>(QStringLiteral("quoteAll"));
    auto *bom = dialog.findChild<QCheckBox *>(QStringLiteral("bom"));
    for (int waited = 0; waited < 5000 && !(quoteAll->isChecked() && bom->isChecked()); waited += 20)
        QTest::qWait(20);
    const BatchExportRequest request = dialog.request();
    EXPECT_EQ(request.presentation.labelLanguage, u"fr");
    EXPECT_EQ(request.presentation.csvSeparator, u';');
    EXPECT_TRUE(request.presentation.csvQuoteAll);
    EXPECT_TRUE(request.presentation.csvBom);
    EXPECT_FALSE(request.presentation.groupPaths);
    const QString batch = exportFromDialog(*workspace, dialog);
    ASSERT_FALSE(batch.isEmpty()) << dialog.message().toStdString();
    QFile main(QDir(m_out.path()).filePath(batch + QStringLiteral("/main.csv")));
    ASSERT_TRUE(main.open(QIODevice::ReadOnly));
    const QByteArray bytes = main.readLine();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF\"start\";\"end\";")) << bytes.left(40).toStdString();
    const QString header = QString::fromUtf8(bytes);
    EXPECT_TRUE(header.contains(QStringLiteral(";\"Sexe du répondant\";"))) << header.toStdString();

    ExportBatchDialog later(*workspace, supervisor());
    auto *again = later.findChild<QComboBox *>(QStringLiteral("batch"));
    ASSERT_GT(again->findData(batch), 0);
    again->setCurrentIndex(again->findData(batch));
    EXPECT_FALSE(later.findChild<QComboBox *>(QStringLiteral("headers"))->isEnabled());
    EXPECT_FALSE(later.findChild<QComboBox *>(QStringLiteral("separator"))->isEnabled());
    EXPECT_FALSE(later.findChild<QCheckBox *>(QStringLiteral("bom"))->isEnabled());
}

TEST_F(BatchDialogs, APastBatchIsWrittenAgainByteForByteFromTheDialog)
{
    for (int i = 0; i < 2; ++i)
        approved();
    auto workspace = openWorkspace(m_path);
    QString first;
    {
        ExportBatchDialog dialog(*workspace, supervisor());
        dialog.findChild<QCheckBox *>(QStringLiteral("xlsx"))->setChecked(true);
        first = exportFromDialog(*workspace, dialog);
        ASSERT_FALSE(first.isEmpty()) << dialog.message().toStdString();
    }
    const QString firstFolder = QDir(m_out.path()).filePath(first);
    QTemporaryDir again;
    ExportBatchDialog dialog(*workspace, supervisor());
    showActive(dialog);
    auto *batch = dialog.findChild<QComboBox *>(QStringLiteral("batch"));
    ASSERT_EQ(batch->count(), 2); // a new batch, or the one just written
    batch->setFocus();
    QTest::keyClick(batch, Qt::Key_Down);
    EXPECT_EQ(dialog.request().batch, first);
    // The batch keeps its own interviews and layout (only the formats are chosen again), and its count is shown.
    EXPECT_FALSE(dialog.findChild<QComboBox *>(QStringLiteral("profile"))->isEnabled());
    EXPECT_FALSE(dialog.findChild<QCheckBox *>(QStringLiteral("fromSet"))->isEnabled());
    ASSERT_TRUE(dialog.findChild<QCheckBox *>(QStringLiteral("xlsx"))->isEnabled());
    dialog.findChild<QCheckBox *>(QStringLiteral("xlsx"))->setChecked(true);
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("count"))->text().contains(u"2 interview"));
    typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("folder")), again.path());
    QSignalSpy finished(&dialog, &ExportBatchDialog::exportFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("export")), Qt::LeftButton);
    ASSERT_TRUE(finished.count() == 1 || finished.wait(60000));
    ASSERT_EQ(dialog.result().batchId, first) << dialog.message().toStdString();
    for (const QString &file : {QStringLiteral("main.csv"), QStringLiteral("main.xlsx"),
                                QStringLiteral("interviews.jsonl")}) {
        QFile a(QDir(firstFolder).filePath(file));
        QFile b(QDir(QDir(again.path()).filePath(first)).filePath(file));
        ASSERT_TRUE(a.open(QIODevice::ReadOnly)) << file.toStdString();
        ASSERT_TRUE(b.open(QIODevice::ReadOnly)) << file.toStdString();
        EXPECT_EQ(a.readAll(), b.readAll()) << file.toStdString();
    }
}

TEST_F(BatchDialogs, AReviewerCannotChoosePersonalData)
{
    approved();
    auto workspace = openWorkspace(m_path);
    ExportBatchDialog dialog(*workspace, reviewer());
    EXPECT_FALSE(dialog.findChild<QCheckBox *>(QStringLiteral("includePii"))->isEnabled());
    EXPECT_FALSE(dialog.request().includePii);
}

TEST_F(BatchDialogs, ImportDialogShowsTheCheckAndImportsAndTheConflictViewLetsAReviewerPick)
{
    for (int i = 0; i < 2; ++i)
        approved();
    // Office B: a copy of this office before the export, with one answer changed.
    m_workflow.reset();
    m_db.reset();
    const QString b = m_dir.filePath(QStringLiteral("b.flowdesk"));
    ASSERT_TRUE(QFile::copy(m_path, b));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        raw.setDatabaseName(b);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral(
            "UPDATE answers SET value = value || 'x' WHERE (interview_id, field_id, instance) = "
            "(SELECT interview_id, field_id, instance FROM answers a JOIN fields f ON f.id = a.field_id "
            "WHERE f.type = 'text' AND a.instance = '' ORDER BY interview_id LIMIT 1)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    auto a = openWorkspace(m_path);
    BatchExportRequest request;
    request.includePii = true;
    request.outDir = m_out.path();
    QString error;
    const auto batch = BatchExporter(*a).run(supervisor(), request, {}, &error);
    ASSERT_TRUE(batch) << error.toStdString();

    auto workspaceB = openWorkspace(b);
    ImportBatchDialog dialog(*workspaceB, admin());
    showActive(dialog);
    QSignalSpy checked(&dialog, &ImportBatchDialog::checked);
    typeInto(dialog.findChild<QLineEdit *>(QStringLiteral("path")), batch->zip);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("check")), Qt::LeftButton);
    ASSERT_TRUE(checked.count() == 1 || checked.wait(60000));
    EXPECT_TRUE(checked.first().first().toBool()) << dialog.report().toStdString();
    EXPECT_TRUE(dialog.report().contains(u"trusted here")) << dialog.report().toStdString();
    EXPECT_TRUE(dialog.report().contains(u"verified")) << dialog.report().toStdString();
    QSignalSpy imported(&dialog, &ImportBatchDialog::imported);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("import")), Qt::LeftButton);
    ASSERT_TRUE(imported.count() == 1 || imported.wait(60000));
    EXPECT_TRUE(imported.first().first().toBool()) << dialog.report().toStdString();
    EXPECT_TRUE(dialog.report().contains(u"0 added, 1 already here")) << dialog.report().toStdString();
    EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("conflicts"))->isVisible());

    ConflictView view(*workspaceB, reviewer());
    showActive(view);
    ASSERT_EQ(view.conflictCount(), 1);
    auto *table = view.findChild<QTableWidget *>(QStringLiteral("differences"));
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 2)->text(), table->item(0, 3)->text() + u'x');
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("takeTheirs")), Qt::LeftButton);
    EXPECT_EQ(view.conflictCount(), 0) << view.message().toStdString();
    EXPECT_TRUE(view.message().contains(u"their answers taken"));
}

TEST_F(BatchDialogs, ImportDialogNamesWhatIsWrongWithATamperedBatch)
{
    approved();
    m_workflow.reset();
    m_db.reset();
    auto workspace = openWorkspace(m_path);
    BatchExportRequest request;
    request.outDir = m_out.path();
    QString error;
    const auto batch = BatchExporter(*workspace).run(supervisor(), request, {}, &error);
    ASSERT_TRUE(batch) << error.toStdString();
    QFile csv(QDir(batch->folder).filePath(QStringLiteral("main.csv")));
    ASSERT_TRUE(csv.open(QIODevice::Append));
    csv.write("x");
    csv.close();
    ImportBatchDialog dialog(*workspace, admin());
    showActive(dialog);
    QSignalSpy checked(&dialog, &ImportBatchDialog::checked);
    dialog.setBatchPath(batch->folder);
    ASSERT_TRUE(checked.count() == 1 || checked.wait(60000));
    EXPECT_FALSE(checked.first().first().toBool());
    EXPECT_TRUE(dialog.report().contains(u"Refused: main.csv has")) << dialog.report().toStdString();
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("import"))->isEnabled());
}

// Screenshots for a person to look at (not assertions): the three screens in English and right to left.
TEST_F(BatchDialogs, Screenshots)
{
    const QString dir = QString::fromLocal8Bit(qgetenv("FLOWDESK_SCREENSHOT_DIR"));
    if (dir.isEmpty())
        GTEST_SKIP() << "set FLOWDESK_SCREENSHOT_DIR to write the screenshots";
    for (int i = 0; i < 2; ++i)
        approved();
    m_workflow.reset();
    m_db.reset();
    const QString b = m_dir.filePath(QStringLiteral("b.flowdesk"));
    ASSERT_TRUE(QFile::copy(m_path, b));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        raw.setDatabaseName(b);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral(
            "UPDATE answers SET value = value || '-B' WHERE interview_id = (SELECT MIN(id) FROM interviews) "
            "AND field_id IN (SELECT id FROM fields WHERE type IN ('text', 'integer')) AND instance = ''")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    auto a = openWorkspace(m_path);
    auto workspaceB = openWorkspace(b);
    QString error;
    BatchExportRequest request;
    request.includePii = true;
    request.outDir = m_out.path();
    const auto batch = BatchExporter(*a).run(supervisor(), request, {}, &error);
    ASSERT_TRUE(batch) << error.toStdString();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ar")}) {
        applanguage::apply(language);
        {
            ExportBatchDialog dialog(*workspaceB, supervisor());
            showActive(dialog);
            dialog.adjustSize();
            QTest::qWait(50);
            dialog.grab().save(QStringLiteral("%1/export-batch-%2.png").arg(dir, language));
        }
        {
            ImportBatchDialog dialog(*workspaceB, admin());
            showActive(dialog);
            QSignalSpy checked(&dialog, &ImportBatchDialog::checked);
            dialog.setBatchPath(batch->zip);
            ASSERT_TRUE(checked.count() == 1 || checked.wait(60000));
            dialog.resize(720, 360);
            QTest::qWait(50);
            dialog.grab().save(QStringLiteral("%1/import-batch-%2.png").arg(dir, language));
            if (language == u"en") {
                QSignalSpy imported(&dialog, &ImportBatchDialog::imported);
                QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("import")), Qt::LeftButton);
                ASSERT_TRUE(imported.count() == 1 || imported.wait(60000));
                dialog.grab().save(QStringLiteral("%1/import-batch-done-%2.png").arg(dir, language));
            }
        }
        {
            ConflictView view(*workspaceB, reviewer());
            showActive(view);
            view.resize(960, 420);
            QTest::qWait(50);
            view.grab().save(QStringLiteral("%1/conflicts-%2.png").arg(dir, language));
        }
    }
    applanguage::apply(QStringLiteral("en"));
}

} // namespace
} // namespace flowdesk::testing
