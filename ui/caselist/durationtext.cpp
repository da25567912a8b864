#include "durationtext.h"

#include "common/isolated.h"

#include <QCoreApplication>

namespace flowdesk {

QString durationText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return isolated(QCoreApplication::translate("flowdesk", "%1 min").arg(minutes));
    if (minutes < 48 * 60)
        return isolated(QCoreApplication::translate("flowdesk", "%1 h %2")
                                    .arg(minutes / 60)
                                    .arg(minutes % 60, 2, 10, QLatin1Char('0')));
    return isolated(QCoreApplication::translate("flowdesk", "%1 days").arg(minutes / (24 * 60)));
}

} // namespace flowdesk
