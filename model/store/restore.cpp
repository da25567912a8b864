#include "restore.h"

#include "database.h"
#include "databasefile.h"
#include "integritycheck.h"
#include "openfiles.h"
#include "sqlsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace flowdesk {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

constexpr auto kFirstRead = R"sql(SELECT COUNT(*) FROM sqlite_schema)sql";

const QStringList kCompanions = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

// A clean close of the last connection checkpoints the -wal into the file and deletes it: a -wal still there
// afterwards means another process has the database open.
bool closeCleanly(const QString &databasePath, QString *error)
{
    if (!QFile::exists(databasePath + QStringLiteral("-wal")))
        return true;
    // A damaged database is moved aside with its -wal as it is: nothing is written to it.
    if (!DatabaseFile::inspect(databasePath).headerProblem().isEmpty() || !openfiles::damage(databasePath).isEmpty())
        return true;
    // A plain connection, not Database::open: no migration of the file about to be replaced.
    const QString connection = sql::uniqueConnectionName();
    QString ignored;
    if (sql::open(connection, databasePath, false, false, &ignored)) {
        {
            // SQLite opens the -wal only on the first read; closing after it checkpoints and deletes it.
            QSqlQuery read = sql::query(connection, true);
            if (sql::prepare(read, kFirstRead, &ignored))
                sql::exec(read, u"Reading the schema", &ignored);
        }
        sql::close(connection);
    }
    if (QFile::exists(databasePath + QStringLiteral("-wal"))) {
        return sql::fail(error, QStringLiteral("'%1' is open in another program (FlowDesk?): close it there first.")
                                    .arg(shown(databasePath)));
    }
    return true;
}

// Moves the database and its -wal/-shm to "<name>.replaced-<time>" (and -wal, -shm), all or none.
bool moveAside(const QString &databasePath, QString *asidePath, QString *error)
{
    const QString aside = QStringLiteral("%1.replaced-%2")
                              .arg(databasePath, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QStringList moved;
    for (const QString &suffix : kCompanions) {
        if (!QFile::exists(databasePath + suffix))
            continue;
        if (QFile::exists(aside + suffix) || !QFile::rename(databasePath + suffix, aside + suffix)) {
            for (const QString &back : moved)
                QFile::rename(aside + back, databasePath + back);
            return sql::fail(error, QStringLiteral("Cannot move '%1' aside to '%2'.")
                                        .arg(shown(databasePath + suffix), shown(aside + suffix)));
        }
        moved.append(suffix);
    }
    *asidePath = moved.isEmpty() ? QString() : aside;
    return true;
}

} // namespace

QString Restore::problemWith(const QString &backupPath)
{
    QString error;
    {
        // Read-only: refuses what is not a FlowDesk database, a newer schema, a truncated file.
        std::unique_ptr<Database> db = Database::open(backupPath, OpenMode::ReadOnly, &error);
        if (!db)
            return error;
    }
    // The quick check: backups were checked whole when written, and what a disk does to a file since (zeroed
    // or lost pages) is what it finds, at a twentieth of the full check's time (see DESIGN.md).
    const std::optional<IntegrityReport> report = IntegrityCheck::quick(backupPath, &error);
    if (!report)
        return error;
    if (!report->ok()) {
        return QStringLiteral("The backup '%1' is damaged: %2").arg(shown(backupPath), report->problems.first());
    }
    return QString();
}

bool Restore::run(const QString &backupPath, const QString &databasePath, QString *asidePath, QString *error)
{
    asidePath->clear();
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath())
        return sql::fail(error, QStringLiteral("The backup and the database are the same file."));
    if (const QString problem = problemWith(backupPath); !problem.isEmpty())
        return sql::fail(error, problem);
    const QFileInfo target(databasePath);
    if (!QFileInfo(target.absolutePath()).isWritable()) {
        return sql::fail(error, QStringLiteral("Cannot restore into '%1': the folder is read-only.")
                                    .arg(shown(target.absolutePath())));
    }
    if (!closeCleanly(databasePath, error))
        return false;
    // The copy first, under a temporary name: until the final renames the database is untouched.
    const QString incoming = databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming)) {
        QFile::remove(incoming);
        return sql::fail(error, QStringLiteral("Cannot copy '%1' to '%2' (is the disk full?).")
                                    .arg(shown(backupPath), shown(incoming)));
    }
    if (!moveAside(databasePath, asidePath, error)) {
        QFile::remove(incoming);
        return false;
    }
    if (!QFile::rename(incoming, databasePath)) {
        for (const QString &suffix : kCompanions)
            QFile::rename(*asidePath + suffix, databasePath + suffix);
        asidePath->clear();
        QFile::remove(incoming);
        return sql::fail(error, QStringLiteral("Cannot put the backup in place as '%1'.").arg(shown(databasePath)));
    }
    openfiles::clearDamage(databasePath);
    return true;
}

} // namespace flowdesk
