#pragma once

#include <QByteArray>
#include <QFile>

namespace flowdesk::bench {

// The process's peak resident memory so far (VmHWM), in kB; 0 where /proc is not there.
inline long peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toLong();
    }
    return 0;
}

} // namespace flowdesk::bench
