#include "database.h"

#include "backup.h"
#include "databasefile.h"
#include "migrations.h"
#include "openfiles.h"
#include "sqlsupport.h"

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

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// How the connection is made: a plain path for writing, or a read-only URI.
struct Access
{
    bool readOnly = false;
    // No locks, no -wal or -shm: for a file nobody can write (read-only file or folder), and the only way to
    // read a WAL database in a read-only folder. Not when a -wal with content exists: immutable would ignore
    // the commits in it.
    bool immutable = false;
    QString readOnlyReason;
};

bool checkMissingOrEmpty(const DatabaseFile &file, OpenMode mode, QString *error)
{
    const QString path = shown(file.path());
    const QString folder = shown(file.folder());
    if (mode != OpenMode::Create) {
        return sql::fail(error, file.kind() == DatabaseFile::Kind::Missing
                                    ? QStringLiteral("The database '%1' does not exist.").arg(path)
                                    : QStringLiteral("'%1' is an empty file: it is not a FlowDesk database.").arg(path));
    }
    if (!file.folderExists()) {
        return sql::fail(
            error, QStringLiteral("Cannot create database '%1': the folder '%2' does not exist.").arg(path, folder));
    }
    if (!file.folderWritable()) {
        return sql::fail(
            error, QStringLiteral("Cannot create database '%1': the folder '%2' is read-only.").arg(path, folder));
    }
    if (file.kind() == DatabaseFile::Kind::Empty && !file.fileWritable())
        return sql::fail(error, QStringLiteral("Cannot create database '%1': the file is read-only.").arg(path));
    return true;
}

// Problems SQLite would report obscurely ("unable to open database file"), would block on (a pipe), or would
// paper over (an empty file becomes a database, a truncated file reads as one with fewer rows), said plainly
// before SQLite touches the file.
bool checkFile(const DatabaseFile &file, OpenMode mode, Access *access, QString *error)
{
    const QString path = shown(file.path());
    const QString folder = shown(file.folder());
    switch (file.kind()) {
    case DatabaseFile::Kind::Folder:
        return sql::fail(error, QStringLiteral("Cannot open database '%1': it is a folder, not a file.").arg(path));
    case DatabaseFile::Kind::Special:
        return sql::fail(error, QStringLiteral("Cannot open database '%1': it is not a regular file (a pipe, a "
                                               "device or a socket). A database is a file on disk.")
                                    .arg(path));
    case DatabaseFile::Kind::Missing:
    case DatabaseFile::Kind::Empty:
        return checkMissingOrEmpty(file, mode, error);
    case DatabaseFile::Kind::Regular:
        break;
    }
    if (!file.headerProblem().isEmpty())
        return sql::fail(error, file.headerProblem());
    if (mode == OpenMode::ReadOnly) {
        access->readOnly = true;
        access->readOnlyReason = QStringLiteral("'%1' was opened read-only.").arg(path);
    } else if (!file.folderWritable()) {
        // SQLite writes the -wal and -shm files beside the database: without them there is no writing.
        access->readOnly = true;
        access->readOnlyReason = QStringLiteral("The folder '%1' is read-only: FlowDesk can show '%2' but cannot "
                                                "save changes to it. Copy it to a writable folder to work on it.")
                                     .arg(folder, path);
    } else if (!file.fileWritable()) {
        access->readOnly = true;
        access->readOnlyReason =
            QStringLiteral("The file '%1' is read-only: FlowDesk can show it but cannot save changes to it.").arg(path);
    }
    access->immutable = access->readOnly && !file.walHasContent() && (!file.folderWritable() || !file.fileWritable());
    return true;
}

bool run(const QString &connection, const char *statement, QString *error)
{
    QSqlQuery q = sql::query(connection, true);
    return sql::prepare(q, statement, error) && sql::exec(q, u"Setting up the connection", error);
}

// A read-only connection reads with the same cache and waits for writers the same way; the journal mode is
// whatever the file's writer left.
bool configureReadOnly(const QString &connection, QString *error)
{
    for (const char *statement : {kBusyTimeout, kForeignKeysOn, kCacheSize}) {
        if (!run(connection, statement, error))
            return false;
    }
    return true;
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

// A damage message is complete as it is; anything else gets the file named.
QString openFailure(const QString &path, const QString &why)
{
    if (why.contains(QLatin1String("is damaged or truncated")))
        return why;
    if (why.contains(QLatin1String("not a database"), Qt::CaseInsensitive))
        return QStringLiteral("Cannot open '%1': it is not a FlowDesk database (not an SQLite file, or damaged).")
            .arg(shown(path));
    return QStringLiteral("Cannot open database '%1': %2").arg(shown(path), why);
}

} // namespace

Database::Database(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection))
{
}

Database::~Database()
{
    openfiles::remove(m_connection);
    sql::close(m_connection);
}

std::unique_ptr<Database> Database::open(const QString &path, OpenMode mode, QString *error)
{
    return open(path, mode, migrations(), error);
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error)
{
    return open(path, OpenMode::Create, migrations(), error);
}

std::unique_ptr<Database> Database::open(const QString &path, const std::vector<Migration> &list, QString *error)
{
    return open(path, OpenMode::Create, list, error);
}

std::unique_ptr<Database> Database::open(const QString &path, OpenMode mode, const std::vector<Migration> &list,
                                         QString *error)
{
    if (path.isEmpty()) {
        sql::fail(error, QStringLiteral("No database file given."));
        return nullptr;
    }
    Access access;
    const bool memory = path == kMemoryPath;
    if (!memory && !checkFile(DatabaseFile::inspect(path), mode, &access, error))
        return nullptr;
    // A file found damaged earlier in this process stays refused until a restore replaces it.
    if (const QString damage = memory ? QString() : openfiles::damage(path); !damage.isEmpty()) {
        sql::fail(error, damage);
        return nullptr;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        sql::fail(error, QStringLiteral("The Qt SQLite driver (QSQLITE) is not installed."));
        return nullptr;
    }
    const QString connection = sql::uniqueConnectionName();
    if (!sql::open(connection, path, access.readOnly, access.immutable, error))
        return nullptr;
    // From here the Database owns the connection: its destructor closes and removes it on every failure.
    std::unique_ptr<Database> database(new Database(path, connection));
    database->m_readOnlyReason = access.readOnlyReason;
    if (!memory)
        openfiles::add(connection, QSqlDatabase::database(connection, false).driver(), path, access.readOnlyReason);
    QString why;
    // Before any pragma writes to the file (WAL is recorded in its header): refuse what is not ours
    // untouched.
    if (!checkSchema(connection, list, &why) ||
        !(access.readOnly ? configureReadOnly(connection, &why) : configure(connection, path, &why))) {
        sql::fail(error, openFailure(path, why));
        return nullptr;
    }
    const int version = storedSchemaVersion(connection);
    const int latest = list.empty() ? 0 : list.back().version;
    if (access.readOnly) {
        // Read-only opens read what is there: an older schema as it is, and no index rebuilt.
        if (version <= 0) {
            sql::fail(error,
                      QStringLiteral("'%1' is not a FlowDesk database: it has no FlowDesk tables.").arg(shown(path)));
            return nullptr;
        }
        if (version < latest && mode != OpenMode::ReadOnly) {
            sql::fail(error, QStringLiteral("Cannot open database '%1': it must be upgraded from schema version %2 "
                                            "to %3, which needs writing. %4")
                                 .arg(shown(path))
                                 .arg(version)
                                 .arg(latest)
                                 .arg(access.readOnlyReason));
            return nullptr;
        }
        return database;
    }
    // A migration rewrites tables: a copy of the file as it was comes first (a field laptop's disk is often
    // the only copy). A new or empty file has nothing to keep.
    if (!memory && version > 0 && version < latest &&
        !Backup::writeBeforeMigration(path, version, &why)) {
        sql::fail(error, QStringLiteral("Cannot back up '%1' before upgrading it from schema version %2 to %3, so "
                                        "it was not upgraded: %4")
                             .arg(shown(path))
                             .arg(version)
                             .arg(latest)
                             .arg(why));
        return nullptr;
    }
    if (!migrate(connection, list, &why) || !restoreIndexes(connection, &why)) {
        sql::fail(error, openFailure(path, why));
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

QString Database::damage() const
{
    return m_path == kMemoryPath ? QString() : openfiles::damage(m_path);
}

} // namespace flowdesk
