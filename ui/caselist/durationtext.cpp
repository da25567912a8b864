#include "durationtext.h"

#include <QCoreApplication>

namespace flowdesk {

QString isolatedDuration(const QString &text)
{
    return text.isEmpty() ? text : QChar(0x2068) + text + QChar(0x2069); // first strong isolate
}

QString durationText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return isolatedDuration(QCoreApplication::translate("flowdesk", "%1 min").arg(minutes));
    if (minutes < 48 * 60)
        return isolatedDuration(QCoreApplication::translate("flowdesk", "%1 h %2")
                                    .arg(minutes / 60)
                                    .arg(minutes % 60, 2, 10, QLatin1Char('0')));
    return isolatedDuration(QCoreApplication::translate("flowdesk", "%1 days").arg(minutes / (24 * 60)));
}

} // namespace flowdesk
