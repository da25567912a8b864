#pragma once

#include <QString>

#include <memory>
#include <vector>

namespace flowdesk {

struct Migration;

// An open FlowDesk database: a SQLite file in WAL mode with every migration applied.
// Owns one named QSqlDatabase connection (never the default one), used from the thread that opened it.
// The stores below borrow it; the UI never sees the connection or any SQL.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. ":memory:" gives a private in-memory database.
    // Returns nullptr and sets `error` (where and what) on failure; a failed migration changes nothing.
    static std::unique_ptr<Database> open(const QString &path, QString *error);
    // The same with an explicit migration list (see migrations.h): for tests of the migration runner.
    static std::unique_ptr<Database> open(const QString &path, const std::vector<Migration> &migrations,
                                          QString *error);

    QString path() const { return m_path; }
    QString connectionName() const { return m_connection; }
    int schemaVersion() const;
    // Every commit fsynced before it returns (PRAGMA synchronous = FULL), so a power cut loses nothing committed;
    // NORMAL (the default) survives a killed process only. For data entry, where each answer is one commit.
    // Defined in durablewrites.cpp.
    bool setDurableWrites(bool durable, QString *error);
    static int latestSchemaVersion();

private:
    Database(QString path, QString connection);
    QString m_path;
    QString m_connection;
};

} // namespace flowdesk
