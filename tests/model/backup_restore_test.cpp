// Backups while in use, before migrations, pruned by age; restores that check first and keep the old file.
#include "damagedfile.h"

#include "store/backup.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/restore.h"
#include "store/transaction.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

namespace flowdesk {
namespace {

using namespace flowdesk::testing;

TEST(Backup, CorruptedDatabaseIsRestoredWithNothingLost)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.flowdesk"));
    makeDemo(path, 400);
    const auto content = contentOf(path);
    ASSERT_EQ(content.size(), 400u);

    QString error;
    const std::optional<QString> backup = Backup::write(path, Backup::defaultFolder(path), &error);
    ASSERT_TRUE(backup) << error.toStdString();
    EXPECT_TRUE(backup->startsWith(dir.filePath(QStringLiteral("survey.flowdesk.backups/survey-"))))
        << backup->toStdString();

    zeroMiddlePages(path);
    const QByteArray damaged = fileHash(path);
    // A backup of the damaged file is refused: it must not push a good backup out.
    EXPECT_FALSE(Backup::write(path, Backup::defaultFolder(path), &error));
    EXPECT_TRUE(error.contains(QLatin1String("is damaged or truncated"))) << error.toStdString();
    EXPECT_EQ(Backup::list(path, Backup::defaultFolder(path)).size(), 1u);

    QString aside;
    ASSERT_TRUE(Restore::run(*backup, path, &aside, &error)) << error.toStdString();
    EXPECT_EQ(contentOf(path), content);
    EXPECT_TRUE(aside.startsWith(path + QStringLiteral(".replaced-"))) << aside.toStdString();
    EXPECT_EQ(fileHash(aside), damaged) << "the replaced file is kept as it was";
    EXPECT_TRUE(QFile::exists(*backup)) << "the backup stays";
    // Writable again: the damage mark went with the file.
    EXPECT_TRUE(Database::open(path, OpenMode::ReadWrite, &error)) << error.toStdString();
}

TEST(Backup, CopyIsConsistentWhileAnotherConnectionWrites)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.flowdesk"));
    makeDemo(path, 100);
    QString error;
    auto writer = Workspace::open(path, OpenMode::ReadWrite, &error);
    ASSERT_TRUE(writer && writer->interviews()) << error.toStdString();
    // An uncommitted write in another connection: the copy neither waits for it nor sees it.
    const auto content = contentOf(path);
    Transaction pending(writer->database().connectionName());
    ASSERT_TRUE(pending.begin(&error)) << error.toStdString();
    QSqlQuery erase(QSqlDatabase::database(writer->database().connectionName(), false));
    ASSERT_TRUE(erase.exec(QStringLiteral("DELETE FROM answers"))) << erase.lastError().text().toStdString();
    const std::optional<QString> backup = Backup::write(path, dir.filePath(QStringLiteral("copies")), &error);
    ASSERT_TRUE(backup) << error.toStdString();
    erase.finish();
    pending.rollback();
    writer.reset();
    EXPECT_EQ(contentOf(*backup), content);
}

TEST(Backup, ListedOldestFirstPrunedToTheNewest)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.flowdesk"));
    makeDemo(path, 10);
    const QString folder = dir.filePath(QStringLiteral("backups"));
    QString error;
    std::vector<QString> written;
    for (int i = 0; i < 4; ++i) {
        const auto backup = Backup::write(path, folder, &error);
        ASSERT_TRUE(backup) << error.toStdString();
        written.push_back(*backup);
        QThread::msleep(5); // distinct names
    }
    // Someone else's file in the folder is neither listed nor deleted.
    ASSERT_TRUE(QFile(QDir(folder).filePath(QStringLiteral("notes-20200101-000000-000.flowdesk"))).open(QIODevice::WriteOnly));
    auto listed = Backup::list(path, folder);
    ASSERT_EQ(listed.size(), 4u);
    for (size_t i = 0; i < listed.size(); ++i)
        EXPECT_EQ(listed[i].path, written[i]);
    EXPECT_FALSE(Backup::isDue(path, folder, 3600));
    EXPECT_TRUE(Backup::isDue(path, folder, 3600, QDateTime::currentDateTimeUtc().addSecs(7200)));
    EXPECT_TRUE(Backup::isDue(path, dir.filePath(QStringLiteral("none")), 3600));

    EXPECT_EQ(Backup::prune(path, folder, 2), 2);
    listed = Backup::list(path, folder);
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed[0].path, written[2]);
    EXPECT_EQ(listed[1].path, written[3]);
    EXPECT_TRUE(QFile::exists(QDir(folder).filePath(QStringLiteral("notes-20200101-000000-000.flowdesk"))));
}

constexpr auto kCreateExtra = R"sql(CREATE TABLE extra (id INTEGER PRIMARY KEY))sql";

TEST(Backup, WrittenBeforeEveryMigration)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.flowdesk"));
    makeDemo(path, 20);
    const QString folder = Backup::defaultFolder(path);
    EXPECT_TRUE(Backup::list(path, folder).empty()) << "a new file has nothing to keep";
    const auto content = contentOf(path);

    std::vector<Migration> next = migrations();
    const int from = next.back().version;
    next.push_back(Migration{from + 1, "extra table", {kCreateExtra}});
    QString error;
    ASSERT_TRUE(Database::open(path, OpenMode::ReadWrite, next, &error)) << error.toStdString();
    const auto backups = Backup::list(path, folder);
    ASSERT_EQ(backups.size(), 1u);
    EXPECT_EQ(backups[0].beforeSchema, from);
    EXPECT_TRUE(backups[0].path.endsWith(QStringLiteral("-before-schema-%1.flowdesk").arg(from)));
    {
        auto copy = Database::open(backups[0].path, OpenMode::ReadOnly, &error);
        ASSERT_TRUE(copy) << error.toStdString();
        EXPECT_EQ(copy->schemaVersion(), from);
    }
    EXPECT_EQ(contentOf(backups[0].path), content);
    // Kept by pruning, which is for the regular ones.
    EXPECT_EQ(Backup::prune(path, folder, 0), 0);
    // Opening again migrates nothing, so backs up nothing.
    ASSERT_TRUE(Database::open(path, OpenMode::ReadWrite, next, &error)) << error.toStdString();
    EXPECT_EQ(Backup::list(path, folder).size(), 1u);
}

TEST(Backup, NoMigrationWithoutItsBackup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.flowdesk"));
    makeDemo(path, 20);
    // Where the backup folder should go, a file: the backup cannot be written.
    ASSERT_TRUE(QFile(Backup::defaultFolder(path)).open(QIODevice::WriteOnly));
    std::vector<Migration> next = migrations();
    const int from = next.back().version;
    next.push_back(Migration{from + 1, "extra table", {kCreateExtra}});
    QString error;
    EXPECT_FALSE(Database::open(path, OpenMode::ReadWrite, next, &error));
    EXPECT_TRUE(error.contains(QLatin1String("so it was not upgraded"))) << error.toStdString();
    auto db = Database::open(path, OpenMode::ReadOnly, &error);
    ASSERT_TRUE(db) << error.toStdString();
    EXPECT_EQ(db->schemaVersion(), from);
}

TEST(Backup, DamageFoundByABackupStopsTheWindowsWrites)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.flowdesk"));
    makeDemo(path, 400);
    zeroMiddlePages(path);
    QString error;
    auto workspace = Workspace::open(path, OpenMode::ReadWrite, &error);
    ASSERT_TRUE(workspace && workspace->interviews()) << error.toStdString();
    EXPECT_TRUE(workspace->database().damage().isEmpty()) << "not read yet";
    // The scheduled backup, in its own connection (the GUI's worker thread), reads every page.
    EXPECT_FALSE(Backup::write(path, Backup::defaultFolder(path), &error));
    EXPECT_FALSE(workspace->database().damage().isEmpty());
    Interview interview;
    EXPECT_FALSE(workspace->interviews()->save(interview, &error));
    EXPECT_TRUE(error.contains(QLatin1String("is damaged or truncated"))) << error.toStdString();
    EXPECT_TRUE(Backup::list(path, Backup::defaultFolder(path)).empty()) << "no damaged backup left behind";
}

TEST(Backup, RestoreRefusesBadBackupsAndChangesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.flowdesk"));
    makeDemo(path, 300);
    const QByteArray before = fileHash(path);
    QString error, aside;

    const QString damaged = dir.filePath(QStringLiteral("damaged.flowdesk"));
    makeDemo(damaged, 300);
    zeroMiddlePages(damaged);
    EXPECT_FALSE(Restore::run(damaged, path, &aside, &error));
    EXPECT_TRUE(error.contains(QLatin1String("damaged"))) << error.toStdString();

    const QString empty = dir.filePath(QStringLiteral("empty.flowdesk"));
    ASSERT_TRUE(QFile(empty).open(QIODevice::WriteOnly));
    EXPECT_FALSE(Restore::run(empty, path, &aside, &error));
    EXPECT_TRUE(error.contains(QLatin1String("not a FlowDesk database"))) << error.toStdString();

    const QString newer = dir.filePath(QStringLiteral("newer.flowdesk"));
    std::vector<Migration> future = migrations();
    future.push_back(Migration{future.back().version + 1, "from the future", {kCreateExtra}});
    ASSERT_TRUE(Database::open(newer, OpenMode::Create, future, &error)) << error.toStdString();
    EXPECT_FALSE(Restore::run(newer, path, &aside, &error));
    EXPECT_TRUE(error.contains(QLatin1String("newer"))) << error.toStdString();

    EXPECT_EQ(fileHash(path), before);
    EXPECT_TRUE(aside.isEmpty());
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("survey.flowdesk*")}, QDir::Files),
              QStringList{QStringLiteral("survey.flowdesk")});
}

} // namespace
} // namespace flowdesk
