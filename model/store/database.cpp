#include "database.h"

#include "migrations.h"
#include "sqlsupport.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

namespace flowdesk {

namespace {

// page_size only takes effect on a new file (before the first table), so it must run before WAL and the
// migrations. 8 KiB pages: fewer, fuller interior nodes for the narrow answer rows (see DESIGN.md).
constexpr auto kPageSize = R"sql(PRAGMA page_size = 8192)sql";
constexpr auto kJournalModeWal = R"sql(PRAGMA journal_mode = WAL)sql";
// NORMAL is durable across application crashes in WAL mode; only a power cut can lose the last commits.
constexpr auto kSynchronousNormal = R"sql(PRAGMA synchronous = NORMAL)sql";
constexpr auto kForeignKeysOn = R"sql(PRAGMA foreign_keys = ON)sql";
// 128 MiB of page cache at most (allocated as used): holds the hot parts of the answer indexes while
// inserting into a large database; beyond that the OS file cache serves.
constexpr auto kCacheSize = R"sql(PRAGMA cache_size = -131072)sql";
// Another FlowDesk process (the CLI) may hold the write lock briefly; wait rather than fail.
constexpr auto kBusyTimeout = R"sql(PRAGMA busy_timeout = 5000)sql";
// No temp_store = MEMORY and no sorter threads: rebuilding the value index after a bulk load sorts tens of
// millions of entries, and each sorter thread buffers up to the cache size (threads = 2 doubled the peak
// memory to 560 MB for no measurable gain on two cores).

const QString kMemoryPath = QStringLiteral(":memory:");

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("flowdesk-db-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// Problems SQLite would report obscurely ("unable to open database file"), said plainly.
bool checkPath(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return sql::fail(error, QStringLiteral("No database file given."));
    if (path == kMemoryPath)
        return true;
    const QFileInfo info(path);
    if (info.isDir())
        return sql::fail(error,
                         QStringLiteral("Cannot open database '%1': it is a folder, not a file.").arg(shown));
    if (!info.exists() && !info.absoluteDir().exists()) {
        return sql::fail(error, QStringLiteral("Cannot create database '%1': the folder '%2' does not exist.")
                                    .arg(shown, QDir::toNativeSeparators(info.absolutePath())));
    }
    return true;
}

bool run(const QString &connection, const char *statement, QString *error)
{
    QSqlQuery q = sql::query(connection, true);
    return sql::prepare(q, statement, error) && sql::exec(q, u"Setting up the connection", error);
}

bool configure(const QString &connection, const QString &path, QString *error)
{
    // The busy timeout first, so that a writer in another process makes the WAL switch wait, not fail.
    if (!run(connection, kBusyTimeout, error) || !run(connection, kPageSize, error))
        return false;
    QSqlQuery wal = sql::query(connection, true);
    if (!sql::prepare(wal, kJournalModeWal, error) || !sql::exec(wal, u"Setting up the connection", error))
        return false;
    const QString mode = wal.next() ? wal.value(0).toString() : QString();
    wal.finish();
    // An in-memory database reports "memory"; a file that cannot do WAL (some network shares) must not be
    // used silently in a mode with different crash guarantees.
    if (path != kMemoryPath && mode.compare(u"wal", Qt::CaseInsensitive) != 0)
        return sql::fail(
            error,
            QStringLiteral("The file system does not support write-ahead logging (mode '%1').").arg(mode));
    for (const char *statement : {kSynchronousNormal, kForeignKeysOn, kCacheSize}) {
        if (!run(connection, statement, error))
            return false;
    }
    return true;
}

} // namespace

Database::Database(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error)
{
    return open(path, migrations(), error);
}

std::unique_ptr<Database> Database::open(const QString &path, const std::vector<Migration> &list,
                                         QString *error)
{
    if (!checkPath(path, error))
        return nullptr;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        sql::fail(error, QStringLiteral("The Qt SQLite driver (QSQLITE) is not installed."));
        return nullptr;
    }
    const QString shown = QDir::toNativeSeparators(path);
    const QString connection = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            sql::fail(error,
                      QStringLiteral("Cannot open database '%1': %2").arg(shown, db.lastError().text()));
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return nullptr;
        }
    }
    // From here the Database owns the connection: its destructor closes and removes it on every failure.
    std::unique_ptr<Database> database(new Database(path, connection));
    QString why;
    // Before any pragma writes to the file (WAL is recorded in its header): refuse what is not ours
    // untouched.
    if (!checkSchema(connection, list, &why) || !configure(connection, path, &why)) {
        const bool notOurs = why.contains(QLatin1String("not a database"), Qt::CaseInsensitive);
        sql::fail(error,
                  notOurs ? QStringLiteral("Cannot open '%1': it is not a FlowDesk database (not an SQLite "
                                           "file, or damaged).")
                                .arg(shown)
                          : QStringLiteral("Cannot open database '%1': %2").arg(shown, why));
        return nullptr;
    }
    if (!migrate(connection, list, &why) || !restoreIndexes(connection, &why)) {
        sql::fail(error, QStringLiteral("Cannot open database '%1': %2").arg(shown, why));
        return nullptr;
    }
    return database;
}

int Database::schemaVersion() const
{
    return storedSchemaVersion(m_connection);
}

int Database::latestSchemaVersion()
{
    return migrations().back().version;
}

} // namespace flowdesk
