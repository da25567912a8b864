#pragma once

#include <QObject>
#include <QTimer>

class QThread;

namespace flowdesk {

// Automatic backups of the open database, and the "back up now" the window asks for. The policy lives in
// QSettings ("backup/intervalHours", default 24, 0 = never; "backup/keep", default 7; "backup/folder", default
// beside the database), not in the database: it protects this machine's disk, a database sent to another office
// should not carry it, and a read-only database could not store it. Backups run in a worker thread with their
// own connection (VACUUM INTO reads a snapshot, so saving goes on meanwhile); one at a time.
class BackupSchedule : public QObject
{
    Q_OBJECT

public:
    explicit BackupSchedule(QObject *parent = nullptr);
    ~BackupSchedule() override; // waits for a running backup

    // The database to protect (empty: none). Checks at once whether a backup is due, then every hour.
    void setDatabase(const QString &path);
    QString folder() const { return folderFor(m_path); }
    // Where backups of `databasePath` go: the configured folder, or the default beside it.
    static QString folderFor(const QString &databasePath);
    bool isRunning() const { return m_thread != nullptr; }

    // Starts a backup into `folder` now; false when one is already running or there is no database.
    bool backUpNow(const QString &folder);

signals:
    void started();
    // `backupPath` is empty on failure, with `error` saying why (the damage message for a damaged file).
    void finished(const QString &backupPath, const QString &error);

private:
    void checkDue();
    bool start(const QString &folder, bool prune);

    QString m_path;
    QTimer m_timer;
    QThread *m_thread = nullptr; // the running backup, owned until it finishes
};

} // namespace flowdesk
