// The window's side of database safety: asking before an empty file becomes a database, scheduled backups.
#include "backupschedule.h"
#include "demo/demodatabase.h"
#include "mainwindow.h"
#include "store/backup.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace flowdesk;

namespace {

// Answers the next message box with `button` once it is shown.
void answerNextQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_TRUE(box) << "no question was asked";
        box->button(button)->click();
    });
}

TEST(BackupUi, EmptyFileBecomesADatabaseOnlyWhenTheUserAgrees)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.flowdesk"));
    ASSERT_TRUE(QFile(path).open(QIODevice::WriteOnly));
    QString error;
    answerNextQuestion(QMessageBox::No);
    EXPECT_FALSE(MainWindow::openWorkspace(path, nullptr, &error));
    EXPECT_TRUE(error.isEmpty()) << "declining is not an error: " << error.toStdString();
    EXPECT_EQ(QFileInfo(path).size(), 0);

    answerNextQuestion(QMessageBox::Yes);
    auto workspace = MainWindow::openWorkspace(path, nullptr, &error);
    ASSERT_TRUE(workspace) << error.toStdString();
    EXPECT_GT(QFileInfo(path).size(), 0);
}

TEST(BackupUi, OpeningADatabaseMakesTheDueBackupInTheBackground)
{
    QStandardPaths::setTestModeEnabled(true); // QSettings away from the user's own
    QSettings().remove(QStringLiteral("backup"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.flowdesk"));
    QString error;
    ASSERT_TRUE(DemoDatabase::fill(path, 200, 4, &error)) << error.toStdString();
    auto workspace = Workspace::open(path, OpenMode::ReadWrite, &error);
    ASSERT_TRUE(workspace) << error.toStdString();

    MainWindow window(std::move(workspace));
    QSignalSpy finished(window.backups(), &BackupSchedule::finished);
    if (finished.isEmpty()) {
        ASSERT_TRUE(finished.wait(30000));
    }
    ASSERT_EQ(finished.size(), 1);
    EXPECT_TRUE(finished.at(0).at(1).toString().isEmpty()) << finished.at(0).at(1).toString().toStdString();
    const auto backups = Backup::list(path, Backup::defaultFolder(path));
    ASSERT_EQ(backups.size(), 1u);
    EXPECT_EQ(backups[0].path, finished.at(0).at(0).toString());
    // Not due again for a day.
    window.setWorkspace(Workspace::open(path, OpenMode::ReadWrite, &error));
    EXPECT_FALSE(window.backups()->isRunning());
}

} // namespace
