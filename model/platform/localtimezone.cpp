#include "localtimezone.h"

#include <QFile>
#include <QtGlobal>

#include <atomic>
#include <ctime>

namespace flowdesk {

namespace {

std::atomic<unsigned> g_zoneGeneration{1};

void applyZoneChange()
{
    tzset();
    g_zoneGeneration.fetch_add(1, std::memory_order_release);
}

} // namespace

void pinLocalTimeZone()
{
#if defined(Q_OS_UNIX)
    if (qEnvironmentVariableIsSet("TZ") || !QFile::exists(QStringLiteral("/etc/localtime")))
        return;
    qputenv("TZ", ":/etc/localtime");
    applyZoneChange();
#endif
}

unsigned localTimeZoneGeneration()
{
    return g_zoneGeneration.load(std::memory_order_acquire);
}

LocalTimeZoneOverride::LocalTimeZoneOverride(const QByteArray &zone)
{
    if (zone.isEmpty())
        return;
    m_active = true;
    m_hadOld = qEnvironmentVariableIsSet("TZ");
    m_old = qgetenv("TZ");
    qputenv("TZ", zone);
    applyZoneChange();
}

LocalTimeZoneOverride::~LocalTimeZoneOverride()
{
    if (!m_active)
        return;
    if (m_hadOld)
        qputenv("TZ", m_old);
    else
        qunsetenv("TZ");
    applyZoneChange();
}

} // namespace flowdesk
