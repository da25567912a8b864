#pragma once

#include <QString>

class QSqlDriver;

namespace flowdesk::openfiles {

// Which file each open connection is on, and why it must not be written. Damage is recorded per file, so damage
// one reader saw stops writes through every connection to that file (the window's and its backup thread's)
// for the rest of the process. Thread-safe. Internal to model/store.

void add(const QString &connection, const QSqlDriver *driver, const QString &path, const QString &readOnlyReason);
void remove(const QString &connection);

// The file a connection's driver is on; empty when unknown.
QString pathOf(const QSqlDriver *driver);

void markDamaged(const QString &path, const QString &message);
// After a restore put a whole file back.
void clearDamage(const QString &path);
// The damage message recorded for the file, or empty.
QString damage(const QString &path);

// Why writes through this connection are refused (damage seen, or opened read-only), or empty.
QString writeRefusal(const QString &connection);

} // namespace flowdesk::openfiles
