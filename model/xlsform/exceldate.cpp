#include "exceldate.h"

#include <QDate>
#include <QTime>

#include <cmath>

namespace flowdesk {

namespace {
constexpr double maxSerial1900 = 2958465.0; // 9999-12-31
constexpr double maxSerial1904 = maxSerial1900 - 1462.0;
constexpr int secondsPerDay = 86400;
} // namespace

bool ExcelDate::isBuiltInDateFormat(int numFmtId)
{
    return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 45 && numFmtId <= 47);
}

bool ExcelDate::isDateFormatCode(QStringView formatCode)
{
    bool inQuotes = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode[i];
        if (inQuotes) {
            inQuotes = c != u'"';
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            inQuotes = true;
            break;
        case u'[': {
            // [Red], [$-409], [>100] say nothing about dates; skip to the closing bracket.
            const qsizetype close = formatCode.indexOf(u']', i);
            if (close < 0)
                return false;
            i = close;
            break;
        }
        case u'\\': // escaped literal
        case u'_':  // padding the width of the next character
        case u'*':  // fill with the next character
            ++i;
            break;
        case u'd':
        case u'D':
        case u'm':
        case u'M':
        case u'y':
        case u'Y':
        case u'h':
        case u'H':
        case u's':
        case u'S':
            return true;
        default:
            break;
        }
    }
    return false;
}

std::optional<QString> ExcelDate::toIso(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= (date1904 ? maxSerial1904 : maxSerial1900) + 1)
        return std::nullopt;
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = std::llround((serial - double(days)) * secondsPerDay);
    if (seconds == secondsPerDay) {
        ++days;
        seconds = 0;
    }
    const QString time = QTime(0, 0).addSecs(int(seconds)).toString(QStringLiteral("HH:mm:ss"));
    if (days == 0)
        return time;

    QString date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days == 60) {
        // Lotus 1-2-3 counted 1900 as a leap year and Excel kept the phantom day for compatibility.
        date = QStringLiteral("1900-02-29");
    } else {
        // Day 1 is 1900-01-01; from day 61 on the phantom 29 February has to be skipped.
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
    }
    return seconds == 0 ? date : date + u'T' + time;
}

} // namespace flowdesk
