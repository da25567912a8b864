#include "sqlsupport.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace flowdesk::sql {

QSqlQuery query(const QString &connectionName, bool forwardOnly)
{
    QSqlQuery q(QSqlDatabase::database(connectionName, false));
    q.setForwardOnly(forwardOnly);
    return q;
}

bool prepare(QSqlQuery &query, const char *statement, QString *error)
{
    if (query.prepare(QString::fromUtf8(statement)))
        return true;
    return fail(error, QStringLiteral("Cannot prepare a statement (%1): %2")
                           .arg(query.lastError().text(), QString::fromUtf8(statement).simplified()));
}

bool exec(QSqlQuery &query, QStringView what, QString *error)
{
    if (query.exec())
        return true;
    return fail(error, QStringLiteral("%1: %2").arg(what, query.lastError().text()));
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QVariant toStoredTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromStoredTime(const QVariant &stored)
{
    if (stored.isNull())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(stored.toLongLong(), Qt::UTC);
}

} // namespace flowdesk::sql
