#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace flowdesk {

// One backup file of a database, as found in a backup folder.
struct BackupFile
{
    QString path;
    QDateTime time; // UTC, from the name
    // Written by Database::open before migrating from this schema version; 0 for a regular backup.
    int beforeSchema = 0;
};

// Consistent copies of a database while it is in use (SQLite's online backup in one step: one read transaction,
// so a writer in another connection or process neither waits nor leaks into the copy). Named
// "<name>-<yyyyMMdd-HHmmss-zzz UTC>[-before-schema-N].flowdesk", so they sort by time; written under a temporary
// name, quick-checked and renamed, so a folder never holds a half-written or damaged backup under a backup's
// name: a backup of a damaged file fails (and marks the file damaged) instead of pushing a good backup out.
// Functions are thread-safe: each opens its own connections (the GUI backs up from a worker thread).
class Backup
{
public:
    // "<database folder>/<database file name>.backups".
    static QString defaultFolder(const QString &databasePath);

    // Writes a backup of the database at `databasePath` into `folder` (created if missing). Returns its path,
    // or nullopt with `error` (a damaged database gets the damage message).
    static std::optional<QString> write(const QString &databasePath, const QString &folder, QString *error);
    // For Database::open: a backup into the default folder before migrating from `schemaVersion`.
    static bool writeBeforeMigration(const QString &databasePath, int schemaVersion, QString *error);

    // The backups of this database in `folder`, oldest first.
    static std::vector<BackupFile> list(const QString &databasePath, const QString &folder);
    // Deletes the oldest regular backups beyond the newest `keep`; backups made before a migration are kept.
    // Returns how many were deleted.
    static int prune(const QString &databasePath, const QString &folder, int keep);
    // True when no backup in `folder` is younger than `interval` seconds.
    static bool isDue(const QString &databasePath, const QString &folder, qint64 intervalSeconds,
                      const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace flowdesk
