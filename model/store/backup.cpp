#include "backup.h"

#include "database.h"
#include "sqlsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace flowdesk {

namespace {

// The target is bound: VACUUM INTO takes an expression. It refuses an existing file, and the copy is a compact,
// rollback-journal database (it becomes WAL when opened for writing).
constexpr auto kVacuumInto = R"sql(VACUUM INTO ?)sql";

const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
const QString kExtension = QStringLiteral(".flowdesk");

QRegularExpression namePattern(const QString &databasePath)
{
    return QRegularExpression(QStringLiteral("^%1-(\\d{8}-\\d{6}-\\d{3})(?:-before-schema-(\\d+))?\\.flowdesk$")
                                  .arg(QRegularExpression::escape(QFileInfo(databasePath).completeBaseName())));
}

QString backupName(const QString &databasePath, int beforeSchema)
{
    QString name = QStringLiteral("%1-%2").arg(QFileInfo(databasePath).completeBaseName(),
                                                  QDateTime::currentDateTimeUtc().toString(kTimeFormat));
    if (beforeSchema > 0)
        name += QStringLiteral("-before-schema-%1").arg(beforeSchema);
    return name + kExtension;
}

// VACUUM INTO from `connection` into a temporary file beside the final name, then the rename.
bool writeFrom(const QString &connection, const QString &folder, const QString &name, QString *target,
               QString *error)
{
    if (!QDir().mkpath(folder)) {
        return sql::fail(error, QStringLiteral("Cannot create the backup folder '%1'.")
                                    .arg(QDir::toNativeSeparators(folder)));
    }
    const QString path = QDir(folder).filePath(name);
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial); // left by a crash; VACUUM INTO refuses an existing file
    QSqlQuery vacuum = sql::query(connection);
    if (!sql::prepare(vacuum, kVacuumInto, error))
        return false;
    vacuum.addBindValue(partial);
    if (!sql::exec(vacuum, QStringLiteral("Cannot write the backup '%1'").arg(QDir::toNativeSeparators(path)),
                   error)) {
        QFile::remove(partial);
        return false;
    }
    vacuum.finish();
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return sql::fail(error, QStringLiteral("Cannot name the backup '%1'.").arg(QDir::toNativeSeparators(path)));
    }
    *target = path;
    return true;
}

} // namespace

QString Backup::defaultFolder(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return QDir(info.absolutePath()).filePath(info.fileName() + QStringLiteral(".backups"));
}

std::optional<QString> Backup::write(const QString &databasePath, const QString &folder, QString *error)
{
    std::unique_ptr<Database> db = Database::open(databasePath, OpenMode::ReadOnly, error);
    if (!db)
        return std::nullopt;
    QString target;
    if (!writeFrom(db->connectionName(), folder, backupName(databasePath, 0), &target, error))
        return std::nullopt;
    return target;
}

bool Backup::writeBeforeMigration(const QString &connection, const QString &databasePath, int schemaVersion,
                                  QString *error)
{
    QString target;
    return writeFrom(connection, defaultFolder(databasePath), backupName(databasePath, schemaVersion), &target,
                     error);
}

std::vector<BackupFile> Backup::list(const QString &databasePath, const QString &folder)
{
    std::vector<BackupFile> result;
    const QRegularExpression pattern = namePattern(databasePath);
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*") + kExtension}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime time = QDateTime::fromString(match.captured(1), kTimeFormat);
        time.setTimeSpec(Qt::UTC);
        result.push_back(BackupFile{file.absoluteFilePath(), time, match.captured(2).toInt()});
    }
    std::sort(result.begin(), result.end(), [](const BackupFile &a, const BackupFile &b) {
        return a.time != b.time ? a.time < b.time : a.path < b.path;
    });
    return result;
}

int Backup::prune(const QString &databasePath, const QString &folder, int keep)
{
    std::vector<BackupFile> regular;
    for (BackupFile &file : list(databasePath, folder)) {
        if (file.beforeSchema == 0)
            regular.push_back(std::move(file));
    }
    int removed = 0;
    for (size_t i = 0; i + size_t(std::max(keep, 0)) < regular.size(); ++i)
        removed += QFile::remove(regular[i].path) ? 1 : 0;
    return removed;
}

bool Backup::isDue(const QString &databasePath, const QString &folder, qint64 intervalSeconds,
                   const QDateTime &now)
{
    const std::vector<BackupFile> files = list(databasePath, folder);
    return files.empty() || files.back().time.secsTo(now) >= intervalSeconds;
}

} // namespace flowdesk
