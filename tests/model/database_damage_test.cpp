// Damaged, empty and special files: refused with a message that says so, and never written to.
#include "damagedfile.h"

#include "store/database.h"
#include "store/integritycheck.h"
#include "store/interviewstore.h"
#include "store/questionnairestore.h"

#include <QTemporaryDir>

#include <algorithm>

#include <sys/stat.h>

namespace flowdesk {
namespace {

using namespace flowdesk::testing;

TEST(DatabaseDamage, EmptyFileIsNotADatabaseUnlessCreating)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.flowdesk"));
    ASSERT_TRUE(QFile(path).open(QIODevice::WriteOnly));
    QString error;
    for (OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
        EXPECT_FALSE(Database::open(path, mode, &error));
        EXPECT_TRUE(error.contains(QLatin1String("is an empty file: it is not a FlowDesk database")))
            << error.toStdString();
        EXPECT_EQ(QFileInfo(path).size(), 0);
        EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    EXPECT_TRUE(Database::open(path, OpenMode::Create, &error)) << error.toStdString();
    EXPECT_GT(QFileInfo(path).size(), 0);
}

TEST(DatabaseDamage, MissingFileIsCreatedOnlyInCreateMode)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.flowdesk"));
    QString error;
    EXPECT_FALSE(Database::open(path, OpenMode::ReadWrite, &error));
    EXPECT_TRUE(error.contains(QLatin1String("does not exist"))) << error.toStdString();
    EXPECT_FALSE(Database::open(path, OpenMode::ReadOnly, &error));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(DatabaseDamage, PipeIsRefusedWithoutBlocking)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pipe.flowdesk"));
    ASSERT_EQ(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    QString error;
    for (OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite, OpenMode::Create}) {
        EXPECT_FALSE(Database::open(path, mode, &error));
        EXPECT_TRUE(error.contains(QLatin1String("not a regular file"))) << error.toStdString();
    }
    EXPECT_FALSE(Database::open(QStringLiteral("/dev/null"), OpenMode::Create, &error));
    EXPECT_TRUE(error.contains(QLatin1String("not a regular file"))) << error.toStdString();
}

TEST(DatabaseDamage, TruncatedFileIsRefusedAtOpen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.flowdesk"));
    makeDemo(path, 300);
    const qint64 size = QFileInfo(path).size();
    ASSERT_TRUE(QFile::resize(path, size / 2 / 8192 * 8192)); // a copy that stopped halfway
    const QByteArray before = fileHash(path);
    QString error;
    for (OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite, OpenMode::Create}) {
        EXPECT_FALSE(Database::open(path, mode, &error));
        EXPECT_TRUE(error.contains(QLatin1String("is damaged or truncated"))) << error.toStdString();
        EXPECT_TRUE(error.contains(QLatin1String("flowdesk-cli check"))) << error.toStdString();
    }
    ASSERT_TRUE(QFile::resize(path, size / 2 + 100)); // cut mid-page
    EXPECT_FALSE(Database::open(path, OpenMode::ReadOnly, &error));
    EXPECT_TRUE(error.contains(QLatin1String("not a whole number"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(DatabaseDamage, ZeroedPagesAreAReadErrorAndStopWrites)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.flowdesk"));
    makeDemo(path, 400);
    zeroMiddlePages(path);
    const QByteArray before = fileHash(path);

    QString error;
    auto workspace = Workspace::open(path, OpenMode::ReadWrite, &error);
    ASSERT_TRUE(workspace && workspace->interviews()) << error.toStdString(); // the damage is further in
    qint64 visited = 0;
    const qint64 result = workspace->interviews()->forEach(
        [&](const Interview &) {
            ++visited;
            return true;
        },
        &error);
    EXPECT_EQ(result, -1) << "read " << visited << " interviews and called it the end";
    EXPECT_LT(visited, 400);
    EXPECT_TRUE(error.contains(QLatin1String("is damaged or truncated"))) << error.toStdString();
    EXPECT_TRUE(workspace->database().damage().contains(QLatin1String("is damaged or truncated")));

    // Nothing more is written to it, through any store.
    Interview interview;
    error.clear();
    EXPECT_FALSE(workspace->interviews()->save(interview, &error));
    EXPECT_TRUE(error.contains(QLatin1String("is damaged or truncated"))) << error.toStdString();
    workspace.reset();
    EXPECT_EQ(fileHash(path), before);
    EXPECT_FALSE(Database::open(path, OpenMode::ReadWrite, &error)) << "refused for the rest of the process";
}

TEST(DatabaseDamage, IntegrityCheckFindsZeroedPages)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.flowdesk"));
    makeDemo(path, 400);
    QString error;
    std::vector<QString> tables;
    auto report = IntegrityCheck::run(
        path, [&](int, int, const QString &table) { tables.push_back(table); }, &error);
    ASSERT_TRUE(report) << error.toStdString();
    EXPECT_TRUE(report->ok()) << report->problems.join(u'\n').toStdString();
    EXPECT_EQ(tables.front(), QStringLiteral("sqlite_schema"));
    EXPECT_NE(std::find(tables.begin(), tables.end(), QStringLiteral("answers")), tables.end());

    zeroMiddlePages(path);
    const QByteArray before = fileHash(path);
    report = IntegrityCheck::run(path, {}, &error);
    ASSERT_TRUE(report) << error.toStdString();
    EXPECT_FALSE(report->ok());
    EXPECT_EQ(fileHash(path), before) << "the check only reads";
}

TEST(DatabaseDamage, ReadOnlyModeNeverWrites)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.flowdesk"));
    makeDemo(path, 50);
    const QByteArray before = fileHash(path);
    QString error;
    {
        auto workspace = Workspace::open(path, OpenMode::ReadOnly, &error);
        ASSERT_TRUE(workspace && workspace->interviews()) << error.toStdString();
        EXPECT_TRUE(workspace->database().isReadOnly());
        EXPECT_EQ(workspace->interviews()->count(), 50);
        Interview interview;
        EXPECT_FALSE(workspace->interviews()->save(interview, &error));
        EXPECT_TRUE(error.contains(QLatin1String("opened read-only"))) << error.toStdString();
    }
    EXPECT_EQ(fileHash(path), before);
}

TEST(DatabaseDamage, ReadOnlyFileOpensReadOnlyAndLeavesNoFilesBehind)
{
    if (runningAsRoot())
        GTEST_SKIP() << "running as root, which ignores permission bits; tested by hand as another user";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.flowdesk"));
    makeDemo(path, 50);
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    QString error;
    {
        auto workspace = Workspace::open(path, OpenMode::ReadWrite, &error);
        ASSERT_TRUE(workspace && workspace->interviews()) << error.toStdString();
        EXPECT_TRUE(workspace->database().readOnlyReason().contains(QLatin1String("is read-only")));
        EXPECT_EQ(workspace->interviews()->count(), 50);
    }
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-shm")));
}

TEST(DatabaseDamage, ReadOnlyFolderIsNamed)
{
    if (runningAsRoot())
        GTEST_SKIP() << "running as root, which ignores permission bits; tested by hand as another user";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.flowdesk"));
    makeDemo(path, 50);
    const auto writable = QFile::permissions(dir.path());
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    QString error;
    {
        auto workspace = Workspace::open(path, OpenMode::ReadWrite, &error);
        ASSERT_TRUE(workspace && workspace->interviews()) << error.toStdString();
        EXPECT_TRUE(workspace->database().readOnlyReason().contains(dir.path())) << "names the folder";
        EXPECT_EQ(workspace->interviews()->count(), 50) << "reading still works";
    }
    EXPECT_FALSE(Database::open(dir.filePath(QStringLiteral("new.flowdesk")), OpenMode::Create, &error));
    EXPECT_TRUE(error.contains(QLatin1String("is read-only"))) << error.toStdString();
    QFile::setPermissions(dir.path(), writable);
}

} // namespace
} // namespace flowdesk
