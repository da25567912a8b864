#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QString>

namespace flowdesk {

// Small helpers shared by the stores; internal to model/store (the UI never includes this).
namespace sql {

// An unprepared query on the named connection. `forwardOnly` for streaming reads, so Qt caches no rows.
QSqlQuery query(const QString &connectionName, bool forwardOnly = false);

// Prepares one of the named SQL constants. A failure is a programming error in the constant (or a database
// that is not ours); `error` then quotes the driver message and the statement.
bool prepare(QSqlQuery &query, const char *statement, QString *error);

// Runs a prepared query; on failure sets `error` to "<what>: <driver message>".
bool exec(QSqlQuery &query, QStringView what, QString *error);

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
