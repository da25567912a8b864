#pragma once

#include <QString>

#include <memory>
#include <vector>

namespace flowdesk {

struct Migration;

// How Database::open treats the file.
enum class OpenMode {
    // An existing FlowDesk database, opened read-only: nothing is written to it, not even a migration (an older
    // schema opens as it is). For commands that only read (validate, check, backup).
    ReadOnly,
    // An existing FlowDesk database, migrated (after a backup, see Backup) when this build's schema is newer.
    // When the file or its folder is not writable it opens read-only, with readOnlyReason() saying why.
    ReadWrite,
    // As ReadWrite, and a missing or empty (0-byte) file becomes a new database. The GUI asks before using an
    // existing empty file.
    Create,
};

// An open FlowDesk database: opened for writing, a SQLite file in WAL mode with every migration applied;
// opened read-only (isReadOnly()), the file as it is.
// Owns one named QSqlDatabase connection (never the default one), used from the thread that opened it.
// The stores below borrow it; the UI never sees the connection or any SQL.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Returns nullptr and sets `error` (where and what, and what to do) on failure; a failed migration changes
    // nothing. A path that is not a regular file, an empty file (except with Create), a file that is not a
    // FlowDesk database and a damaged or truncated one are refused before SQLite writes anything.
    // ":memory:" gives a private in-memory database.
    static std::unique_ptr<Database> open(const QString &path, OpenMode mode, QString *error);
    // Create mode.
    static std::unique_ptr<Database> open(const QString &path, QString *error);
    // With an explicit migration list (see migrations.h): for tests of the migration runner.
    static std::unique_ptr<Database> open(const QString &path, const std::vector<Migration> &migrations,
                                          QString *error);
    static std::unique_ptr<Database> open(const QString &path, OpenMode mode,
                                          const std::vector<Migration> &migrations, QString *error);

    QString path() const { return m_path; }
    QString connectionName() const { return m_connection; }
    int schemaVersion() const;
    // Every commit fsynced before it returns (PRAGMA synchronous = FULL), so a power cut loses nothing committed;
    // NORMAL (the default) survives a killed process only. For data entry, where each answer is one commit.
    // Defined in durablewrites.cpp.
    bool setDurableWrites(bool durable, QString *error);
    // 16 MiB of page cache instead of 128: for a second connection that only reads now and then (the case list's
    // counter), so a process holding two stays under 300 MB. Defined in pagecache.cpp.
    bool limitPageCache(QString *error);
    static int latestSchemaVersion();

    // Why nothing can be saved (opened ReadOnly, or a read-only file or folder), or empty when writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // What a read found damaged in this file (from any connection of this process), or empty. Once set, every
    // write to the file is refused with this message.
    QString damage() const;

private:
    Database(QString path, QString connection);
    QString m_path;
    QString m_connection;
    QString m_readOnlyReason;
};

} // namespace flowdesk
