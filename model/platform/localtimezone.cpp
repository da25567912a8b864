#include "localtimezone.h"

#include <QFile>
#include <QtGlobal>

#include <ctime>

namespace flowdesk {

void pinLocalTimeZone()
{
#if defined(Q_OS_UNIX)
    if (qEnvironmentVariableIsSet("TZ") || !QFile::exists(QStringLiteral("/etc/localtime")))
        return;
    qputenv("TZ", ":/etc/localtime");
    tzset();
#endif
}

} // namespace flowdesk
