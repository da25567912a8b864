#include "store/database.h"
#include "store/migrations.h"
#include "store/questionnairestore.h"

#include "store_fixtures.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace flowdesk {
namespace {

using namespace flowdesk::testing;

const QStringList kSchemaTables = {QStringLiteral("schema_version"),      QStringLiteral("questionnaires"),
                                   QStringLiteral("questionnaire_files"), QStringLiteral("fields"),
                                   QStringLiteral("interviews"),          QStringLiteral("answers")};

QStringList tablesOf(const Database &db)
{
    return QSqlDatabase::database(db.connectionName(), false).tables();
}

TEST(DatabaseTest, NewFileGetsTheWholeSchema)
{
    QTemporaryDir dir;
    QString error;
    auto db = Database::open(dir.filePath(QStringLiteral("survey.db")), &error);
    ASSERT_TRUE(db) << error.toStdString();
    EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
    const QStringList tables = tablesOf(*db);
    for (const QString &table : kSchemaTables)
        EXPECT_TRUE(tables.contains(table)) << table.toStdString();
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("survey.db"))));
}

TEST(DatabaseTest, MemoryDatabasesArePrivate)
{
    auto a = openMemory();
    auto b = openMemory();
    ASSERT_TRUE(a && b);
    EXPECT_NE(a->connectionName(), b->connectionName());
    QString error;
    ASSERT_TRUE(QuestionnaireStore(*a).add(makeWorkbook(), makeQuestionnaire(), &error))
        << error.toStdString();
    EXPECT_EQ(QuestionnaireStore(*a).list().size(), 1u);
    EXPECT_TRUE(QuestionnaireStore(*b).list().empty());
}

TEST(DatabaseTest, ReopeningKeepsDataAndMigratesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.db"));
    QString error;
    qint64 id = 0;
    {
        auto db = Database::open(path, &error);
        ASSERT_TRUE(db) << error.toStdString();
        id = QuestionnaireStore(*db).add(makeWorkbook(), makeQuestionnaire(), &error).value_or(0);
        ASSERT_GT(id, 0) << error.toStdString();
    }
    for (int round = 0; round < 2; ++round) {
        auto db = Database::open(path, &error);
        ASSERT_TRUE(db) << error.toStdString();
        EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
        const auto stored = QuestionnaireStore(*db).list();
        ASSERT_EQ(stored.size(), 1u);
        EXPECT_EQ(stored.front().id, id);
    }
}

TEST(DatabaseTest, ClosingRemovesTheConnection)
{
    QString name;
    {
        auto db = openMemory();
        ASSERT_TRUE(db);
        name = db->connectionName();
        EXPECT_TRUE(QSqlDatabase::contains(name));
        EXPECT_NE(name, QString::fromLatin1(QSqlDatabase::defaultConnection));
    }
    EXPECT_FALSE(QSqlDatabase::contains(name));
}

TEST(DatabaseTest, FolderIsRefusedWithAClearMessage)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(Database::open(dir.path(), &error));
    EXPECT_TRUE(error.contains(dir.path())) << error.toStdString();
    EXPECT_TRUE(error.contains(QLatin1String("folder"))) << error.toStdString();
}

TEST(DatabaseTest, MissingFolderIsRefusedWithAClearMessage)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(Database::open(dir.filePath(QStringLiteral("nowhere/survey.db")), &error));
    EXPECT_TRUE(error.contains(QLatin1String("does not exist"))) << error.toStdString();
}

TEST(DatabaseTest, NonSqliteFileIsRefusedAndLeftUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    const QByteArray content = QByteArray("These are my field notes, not a database.\n").repeated(200);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QString error;
    EXPECT_FALSE(Database::open(path, &error));
    EXPECT_TRUE(error.contains(QLatin1String("not a FlowDesk database"))) << error.toStdString();
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), content);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(DatabaseTest, AnotherProgramsSqliteFileIsRefusedAndLeftUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    const QString connection = QStringLiteral("another-program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery create(other);
        ASSERT_TRUE(create.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(connection);

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    QString error;
    EXPECT_FALSE(Database::open(path, &error));
    EXPECT_TRUE(error.contains(QLatin1String("not a FlowDesk database"))) << error.toStdString();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
}

// A broken migration: its first statement works, the second does not.
constexpr auto kCreateScratch = R"sql(CREATE TABLE scratch (id INTEGER PRIMARY KEY))sql";
constexpr auto kBroken = R"sql(CREATE TABLE scratch_again (id INTEGER PRIMARY KEY, CONSTRAINT))sql";

std::vector<Migration> withBrokenMigration()
{
    std::vector<Migration> list = migrations();
    list.push_back(
        Migration{Database::latestSchemaVersion() + 1, "scratch tables", {kCreateScratch, kBroken}});
    return list;
}

TEST(DatabaseTest, FailingMigrationRollsBackAndIsNamed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.db"));
    QString error;
    EXPECT_FALSE(Database::open(path, withBrokenMigration(), &error));
    const int broken = Database::latestSchemaVersion() + 1;
    EXPECT_TRUE(error.contains(QStringLiteral("migration %1 (scratch tables)").arg(broken)))
        << error.toStdString();

    // The earlier migrations are kept, the broken one left nothing behind.
    auto db = Database::open(path, &error);
    ASSERT_TRUE(db) << error.toStdString();
    EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_FALSE(tablesOf(*db).contains(QStringLiteral("scratch")));
}

TEST(DatabaseTest, FailingFirstMigrationLeavesAnEmptyFileEmpty)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.db"));
    const std::vector<Migration> onlyBroken{Migration{1, "scratch tables", {kCreateScratch, kBroken}}};
    QString error;
    EXPECT_FALSE(Database::open(path, onlyBroken, &error));
    EXPECT_TRUE(error.contains(QLatin1String("migration 1 (scratch tables)"))) << error.toStdString();
    auto db = Database::open(path, std::vector<Migration>{}, &error);
    ASSERT_TRUE(db) << error.toStdString();
    EXPECT_EQ(db->schemaVersion(), 0);
    EXPECT_TRUE(tablesOf(*db).isEmpty()) << tablesOf(*db).join(u',').toStdString();
}

TEST(DatabaseTest, NewerDatabaseIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.db"));
    std::vector<Migration> future = migrations();
    future.push_back(Migration{Database::latestSchemaVersion() + 1, "from the future", {kCreateScratch}});
    QString error;
    ASSERT_TRUE(Database::open(path, future, &error)) << error.toStdString();
    EXPECT_FALSE(Database::open(path, &error));
    EXPECT_TRUE(error.contains(QLatin1String("newer"))) << error.toStdString();
}

} // namespace
} // namespace flowdesk
