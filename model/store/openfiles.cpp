#include "openfiles.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace flowdesk::openfiles {

namespace {

struct Connection
{
    const QSqlDriver *driver = nullptr;
    QString path;
    QString readOnlyReason;
};

struct Registry
{
    QMutex mutex;
    QHash<QString, Connection> connections;
    QHash<QString, QString> damage; // absolute path -> message
};

Registry &registry()
{
    static Registry r;
    return r;
}

QString key(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

void add(const QString &connection, const QSqlDriver *driver, const QString &path, const QString &readOnlyReason)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.connections.insert(connection, Connection{driver, path, readOnlyReason});
}

void remove(const QString &connection)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.connections.remove(connection);
}

QString pathOf(const QSqlDriver *driver)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    for (const Connection &c : std::as_const(r.connections)) {
        if (c.driver == driver)
            return c.path;
    }
    return QString();
}

void markDamaged(const QString &path, const QString &message)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    if (!r.damage.contains(key(path)))
        r.damage.insert(key(path), message);
}

void clearDamage(const QString &path)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.damage.remove(key(path));
}

QString damage(const QString &path)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return r.damage.value(key(path));
}

QString writeRefusal(const QString &connection)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    const auto it = r.connections.constFind(connection);
    if (it == r.connections.constEnd())
        return QString();
    const QString damaged = r.damage.value(key(it->path));
    return damaged.isEmpty() ? it->readOnlyReason : damaged;
}

} // namespace flowdesk::openfiles
