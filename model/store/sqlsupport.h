#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QString>

namespace flowdesk {

// Small helpers shared by the stores; internal to model/store (the UI never includes this).
namespace sql {

// A connection name no other connection of the process has.
QString uniqueConnectionName();

// Adds and opens a QSQLITE connection named `connection` on `path`. Read-only connections use a URI:
// `immutable` (no locks, no -wal/-shm files) is for files nobody can write. On failure the connection is
// removed again and `error` names the file.
bool open(const QString &connection, const QString &path, bool readOnly, bool immutable, QString *error);
// Closes and removes a connection opened with open().
void close(const QString &connection);

// An unprepared query on the named connection. `forwardOnly` for streaming reads, so Qt caches no rows.
QSqlQuery query(const QString &connectionName, bool forwardOnly = false);

// Prepares one of the named SQL constants. A failure is a programming error in the constant (or a database
// that is not ours); `error` then quotes the driver message and the statement.
bool prepare(QSqlQuery &query, const char *statement, QString *error);

// prepare(), but the statement stays prepared on `connection` until close(): for the statements run at every
// per-field save, where preparing them afresh was a good part of a save's own time. `query` then shares the
// kept statement, so the caller runs it to the end or finish()es it (else a read transaction stays open and
// later reads on the connection see an old snapshot), and never holds it across another use of the same text.
bool prepareKept(QSqlQuery &query, const QString &connection, const char *statement, QString *error);

// Runs a prepared query; on failure sets `error` to "<what>: <driver message>", or, when SQLite found the file
// damaged or could not read it, to the damage message (see failed()).
bool exec(QSqlQuery &query, QStringView what, QString *error);

// QSqlQuery::next() returns false both at the end of the rows and on an error: after every read loop (and
// after a next() that found no row), this tells them apart. True at a real end; false with `error` set when
// the rows stopped on an error.
bool endOfRows(const QSqlQuery &query, QStringView what, QString *error);

// The message for a failed statement. When SQLite reports the file damaged (SQLITE_CORRUPT, SQLITE_NOTADB) or
// unreadable (SQLITE_IOERR), the file is marked damaged (no more writes to it from this process) and the
// message says so and what to do. Always returns false.
bool failed(const QSqlQuery &query, QStringView what, QString *error);

// Sets `*error` when `error` is not null; returns false so callers can `return fail(error, ...)`.
bool fail(QString *error, const QString &message);

// Qt binds a null QString as SQL NULL; columns that hold "no text" as '' get this instead.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Milliseconds since the epoch (UTC) for storage, and back. Integers sort and compare across time zones,
// which ISO text with offsets does not. An invalid time is stored as NULL.
QVariant toStoredTime(const QDateTime &time);
QDateTime fromStoredTime(const QVariant &stored);

} // namespace sql
} // namespace flowdesk
