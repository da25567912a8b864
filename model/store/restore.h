#pragma once

#include <QString>

namespace flowdesk {

// Puts a backup back in place of a database. The backup is checked first (SQLite's quick_check, a FlowDesk
// database, not newer than this build); the file it replaces is kept aside, renamed, never deleted.
// The database must not be open anywhere (close it in this process first).
class Restore
{
public:
    // Why `backupPath` cannot be restored, or empty when it can.
    static QString problemWith(const QString &backupPath);

    // Restores; on success `*asidePath` is where the replaced file went (empty when there was none). On failure
    // nothing was changed, and `error` says why.
    static bool run(const QString &backupPath, const QString &databasePath, QString *asidePath, QString *error);
};

} // namespace flowdesk
