#include "backup.h"

#include "database.h"
#include "databasefile.h"
#include "integritycheck.h"
#include "openfiles.h"
#include "sqlsupport.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace flowdesk {

namespace {

// The copy gets the original's header, WAL flag included; a backup is a file to keep, not to share, so it is
// made an ordinary rollback-journal file: reading it then leaves no -wal or -shm beside it. Opening it for
// writing (a restore) makes it WAL again.
constexpr auto kJournalModeDelete = R"sql(PRAGMA journal_mode = DELETE)sql";

const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
const QString kExtension = QStringLiteral(".flowdesk");

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

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

// A connection of SQLite's C API, closed on every path.
struct Handle
{
    sqlite3 *db = nullptr;
    ~Handle() { sqlite3_close(db); }
    QString message() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
};

// SQLite's online backup: every page in one step, so in one read transaction: a consistent snapshot while
// other connections keep writing (WAL), and no restart when they do.
bool copyPages(const QString &source, const QString &target, QString *error)
{
    const DatabaseFile file = DatabaseFile::inspect(source);
    const bool immutable = !file.walHasContent() && (!file.fileWritable() || !file.folderWritable());
    QUrl uri = QUrl::fromLocalFile(QFileInfo(source).absoluteFilePath());
    uri.setQuery(immutable ? QStringLiteral("immutable=1") : QStringLiteral("mode=ro"));
    Handle from, to;
    if (sqlite3_open_v2(uri.toString(QUrl::FullyEncoded).toUtf8().constData(), &from.db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK) {
        return sql::fail(error, QStringLiteral("Cannot read '%1': %2").arg(shown(source), from.message()));
    }
    sqlite3_busy_timeout(from.db, 5000);
    if (sqlite3_open_v2(QFile::encodeName(target).constData(), &to.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
        return sql::fail(error, QStringLiteral("Cannot write '%1': %2").arg(shown(target), to.message()));
    }
    sqlite3_backup *backup = sqlite3_backup_init(to.db, "main", from.db, "main");
    if (!backup)
        return sql::fail(error, QStringLiteral("Cannot start the backup: %1").arg(to.message()));
    const int step = sqlite3_backup_step(backup, -1);
    const int finish = sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE || finish != SQLITE_OK) {
        return sql::fail(error, QStringLiteral("Cannot copy '%1' to '%2': %3")
                                    .arg(shown(source), shown(target),
                                         QString::fromUtf8(sqlite3_errstr(step != SQLITE_DONE ? step : finish))));
    }
    if (sqlite3_exec(to.db, kJournalModeDelete, nullptr, nullptr, nullptr) != SQLITE_OK)
        return sql::fail(error, QStringLiteral("Cannot finish the backup '%1': %2").arg(shown(target), to.message()));
    return true;
}

// The copy into a temporary file beside the final name, a quick check of the copy, then the rename.
bool writeInto(const QString &databasePath, const QString &folder, const QString &name, QString *target,
               QString *error)
{
    if (!QDir().mkpath(folder)) {
        return sql::fail(error, QStringLiteral("Cannot create the backup folder '%1': the folder it belongs in is "
                                               "missing or read-only. Choose another backup folder.")
                                    .arg(shown(folder)));
    }
    const QString path = QDir(folder).filePath(name);
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial); // left by a crash
    if (!copyPages(databasePath, partial, error)) {
        QFile::remove(partial);
        return false;
    }
    // The backup API copies pages as they are, damaged ones too: a backup of a damaged file must fail, not
    // push a good backup out. The copy is checked, not the original, which other connections may be writing.
    const std::optional<IntegrityReport> check = IntegrityCheck::quick(partial, error);
    if (!check || !check->ok()) {
        QFile::remove(partial);
        if (!check)
            return false;
        const QString message = DatabaseFile::damagedMessage(databasePath, check->problems.first());
        openfiles::markDamaged(databasePath, message);
        return sql::fail(error, message);
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return sql::fail(error, QStringLiteral("Cannot name the backup '%1'.").arg(shown(path)));
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
    // Opened first for its checks: a FlowDesk database, not empty, not truncated, not known to be damaged.
    db.reset();
    QString target;
    if (!writeInto(databasePath, folder, backupName(databasePath, 0), &target, error))
        return std::nullopt;
    return target;
}

bool Backup::writeBeforeMigration(const QString &databasePath, int schemaVersion, QString *error)
{
    QString target;
    return writeInto(databasePath, defaultFolder(databasePath), backupName(databasePath, schemaVersion), &target,
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
