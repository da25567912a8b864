#include "backupschedule.h"

#include "store/backup.h"

#include <QSettings>
#include <QThread>

#include <memory>

namespace flowdesk {

namespace {

constexpr int kCheckEveryMs = 60 * 60 * 1000;

} // namespace

BackupSchedule::BackupSchedule(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(kCheckEveryMs);
    connect(&m_timer, &QTimer::timeout, this, &BackupSchedule::checkDue);
}

BackupSchedule::~BackupSchedule()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackupSchedule::setDatabase(const QString &path)
{
    m_path = path;
    if (m_path.isEmpty()) {
        m_timer.stop();
        return;
    }
    m_timer.start();
    checkDue();
}

QString BackupSchedule::folderFor(const QString &databasePath)
{
    const QString configured = QSettings().value(QStringLiteral("backup/folder")).toString();
    return configured.isEmpty() ? Backup::defaultFolder(databasePath) : configured;
}

void BackupSchedule::checkDue()
{
    const qint64 hours = QSettings().value(QStringLiteral("backup/intervalHours"), 24).toLongLong();
    if (m_path.isEmpty() || hours <= 0 || isRunning())
        return;
    if (Backup::isDue(m_path, folder(), hours * 3600))
        start(folder(), true);
}

bool BackupSchedule::backUpNow(const QString &folder)
{
    return start(folder, false);
}

bool BackupSchedule::start(const QString &folder, bool prune)
{
    if (m_path.isEmpty() || isRunning())
        return false;
    const int keep = QSettings().value(QStringLiteral("backup/keep"), 7).toInt();
    const QString path = m_path;
    auto result = std::make_shared<std::pair<QString, QString>>();
    m_thread = QThread::create([path, folder, prune, keep, result] {
        QString error;
        const std::optional<QString> written = Backup::write(path, folder, &error);
        if (written && prune)
            Backup::prune(path, folder, keep);
        *result = {written.value_or(QString()), error};
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(result->first, result->second);
    });
    m_thread->start(QThread::LowPriority);
    emit started();
    return true;
}

} // namespace flowdesk
