#include "sqlsupport.h"

#include "databasefile.h"
#include "openfiles.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QUrl>
#include <QSqlDatabase>
#include <QSqlError>

namespace flowdesk::sql {

namespace {

// Statements kept prepared, by connection and SQL text. A connection is used by one thread at a time; the
// mutex only guards the map itself.
struct KeptStatements
{
    QMutex mutex;
    QHash<QString, QHash<QByteArray, QSqlQuery>> byConnection;
};

KeptStatements &keptStatements()
{
    static KeptStatements kept;
    return kept;
}

} // namespace

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("flowdesk-db-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

bool open(const QString &connection, const QString &path, bool readOnly, bool immutable, QString *error)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (readOnly) {
            QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
            uri.setQuery(immutable ? QStringLiteral("immutable=1") : QStringLiteral("mode=ro"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        } else {
            db.setDatabaseName(path);
        }
        if (db.open())
            return true;
        fail(error, QStringLiteral("Cannot open database '%1': %2")
                        .arg(QDir::toNativeSeparators(path), db.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
    return false;
}

void close(const QString &connection)
{
    {
        KeptStatements &kept = keptStatements();
        const QMutexLocker lock(&kept.mutex);
        kept.byConnection.remove(connection); // before the driver goes: a kept statement is finalized with it
    }
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

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

bool prepareKept(QSqlQuery &query, const QString &connection, const char *statement, QString *error)
{
    KeptStatements &kept = keptStatements();
    const QMutexLocker lock(&kept.mutex);
    QHash<QByteArray, QSqlQuery> &statements = kept.byConnection[connection];
    const auto found = statements.constFind(QByteArray::fromRawData(statement, qsizetype(qstrlen(statement))));
    // Qt 6 deprecates copying a QSqlQuery, yet a copy is what shares one prepared statement between the kept
    // entry and the caller's query (Qt 7 will need the caller to borrow the kept query instead).
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    if (found != statements.cend()) {
        query = *found;
        query.finish(); // a read someone stopped early: back to the start, its read transaction ended
        return true;
    }
    if (!prepare(query, statement, error))
        return false;
    statements.insert(QByteArray(statement), query);
    QT_WARNING_POP
    return true;
}

bool exec(QSqlQuery &query, QStringView what, QString *error)
{
    return query.exec() || failed(query, what, error);
}

bool endOfRows(const QSqlQuery &query, QStringView what, QString *error)
{
    return !query.lastError().isValid() || failed(query, what, error);
}

bool failed(const QSqlQuery &query, QStringView what, QString *error)
{
    // SQLite's primary result codes; Qt passes on whatever sqlite3_step returned, extended codes included.
    constexpr int kIoErr = 10, kCorrupt = 11, kNotADatabase = 26;
    const QSqlError sqlError = query.lastError();
    const int code = sqlError.nativeErrorCode().toInt() & 0xff;
    const QString path = openfiles::pathOf(query.driver());
    if ((code == kCorrupt || code == kNotADatabase || code == kIoErr) && !path.isEmpty()) {
        const QString message =
            code == kIoErr
                ? QStringLiteral("Cannot read the database file '%1' (%2): the disk or the medium may be failing. "
                                 "Nothing more will be written to it; copy it elsewhere and run 'flowdesk-cli "
                                 "check --db %1'.")
                      .arg(QDir::toNativeSeparators(path), sqlError.databaseText())
                : DatabaseFile::damagedMessage(path, QStringLiteral("%1: %2").arg(what, sqlError.databaseText()));
        openfiles::markDamaged(path, message);
        return fail(error, message);
    }
    return fail(error, QStringLiteral("%1: %2").arg(what, sqlError.text()));
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
