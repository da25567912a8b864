// flowdesk-cli on damaged and empty files, check, backup and restore: exit codes and messages.
#include "clirun.h"
#include "damagedfile.h"

#include <QDir>
#include <QTemporaryDir>

namespace flowdesk {
namespace {

using namespace flowdesk::testing;

TEST(CliSafety, DamagedFileIsReportedAndNotWritten)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("survey.flowdesk"));
    ASSERT_EQ(cli({"demo", "--db", db, "--interviews", "400", "--seed", "5"}).code, 0);
    const CliRun whole = cli({"check", "--db", db});
    EXPECT_EQ(whole.code, 0) << whole.err.toStdString();
    EXPECT_TRUE(whole.out.contains(QLatin1String(": ok ("))) << whole.out.toStdString();
    EXPECT_TRUE(whole.err.contains(QLatin1String("] answers"))) << "progress per table: " << whole.err.toStdString();

    zeroMiddlePages(db);
    const QByteArray damaged = fileHash(db);

    const CliRun validate = cli({"validate", "--db", db});
    EXPECT_EQ(validate.code, 1) << validate.out.toStdString();
    EXPECT_TRUE(validate.err.contains(QLatin1String("is damaged or truncated"))) << validate.err.toStdString();
    EXPECT_TRUE(validate.err.contains(QLatin1String("Restore it from a backup"))) << validate.err.toStdString();

    const CliRun append = cli({"demo", "--db", db, "--interviews", "10", "--append"});
    EXPECT_EQ(append.code, 1);
    EXPECT_TRUE(append.err.contains(QLatin1String("is damaged or truncated"))) << append.err.toStdString();

    const CliRun check = cli({"check", "--db", db});
    EXPECT_EQ(check.code, 1);
    EXPECT_TRUE(check.out.contains(QLatin1String("DAMAGED"))) << check.out.toStdString();

    const CliRun backup = cli({"backup", "--db", db, "--to", dir.filePath(QStringLiteral("b"))});
    EXPECT_EQ(backup.code, 1);
    EXPECT_TRUE(backup.err.contains(QLatin1String("is damaged or truncated"))) << backup.err.toStdString();

    EXPECT_EQ(fileHash(db), damaged) << "nothing was written to the damaged file";
}

TEST(CliSafety, EmptyFileStaysEmpty)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("empty.flowdesk"));
    ASSERT_TRUE(QFile(db).open(QIODevice::WriteOnly));
    const CliRun validate = cli({"validate", "--db", db});
    EXPECT_EQ(validate.code, 1);
    EXPECT_TRUE(validate.err.contains(QLatin1String("not a FlowDesk database"))) << validate.err.toStdString();
    const CliRun check = cli({"check", "--db", db});
    EXPECT_EQ(check.code, 1);
    EXPECT_EQ(QFileInfo(db).size(), 0);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("empty.flowdesk")});
}

TEST(CliSafety, BackupThenRestore)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("survey.flowdesk"));
    ASSERT_EQ(cli({"demo", "--db", db, "--interviews", "300", "--seed", "2"}).code, 0);
    const auto content = contentOf(db);

    const CliRun backup = cli({"backup", "--db", db});
    ASSERT_EQ(backup.code, 0) << backup.err.toStdString();
    const QString folder = dir.filePath(QStringLiteral("survey.flowdesk.backups"));
    const QStringList backups = QDir(folder).entryList(QDir::Files);
    ASSERT_EQ(backups.size(), 1) << backup.out.toStdString();
    EXPECT_TRUE(backup.out.contains(backups.first())) << backup.out.toStdString();

    ASSERT_TRUE(QFile::resize(db, QFileInfo(db).size() / 2)); // truncated
    const CliRun restore = cli({"restore", "--from", QDir(folder).filePath(backups.first()), "--db", db});
    ASSERT_EQ(restore.code, 0) << restore.err.toStdString();
    EXPECT_TRUE(restore.out.contains(QLatin1String("kept as"))) << restore.out.toStdString();
    EXPECT_EQ(contentOf(db), content);
    EXPECT_EQ(cli({"check", "--db", db}).code, 0);

    const CliRun refused = cli({"restore", "--from", db + QStringLiteral(".nothing"), "--db", db});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QLatin1String("Nothing was changed"))) << refused.err.toStdString();
}

} // namespace
} // namespace flowdesk
