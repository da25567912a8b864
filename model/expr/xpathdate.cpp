#include "xpathdate.h"

#include "evalcontext.h"
#include "xpathnumber.h"

#include "platform/localtimezone.h"

#include <cmath>
#include <limits>

namespace flowdesk::expr {

namespace {

constexpr qint64 kDayMs = 86400000;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A cursor over the text that reads fixed-width digit groups without allocating.
struct Scanner
{
    QStringView s;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= s.size(); }
    char16_t peek() const { return atEnd() ? u'\0' : s[pos].unicode(); }
    bool take(char16_t c)
    {
        if (peek() != c)
            return false;
        ++pos;
        return true;
    }
    // Reads between `minDigits` and `maxDigits` digits; false when fewer are there.
    bool digits(int minDigits, int maxDigits, int *value)
    {
        int n = 0;
        int v = 0;
        while (n < maxDigits && !atEnd() && peek() >= u'0' && peek() <= u'9') {
            v = v * 10 + (peek() - u'0');
            ++pos;
            ++n;
        }
        *value = v;
        return n >= minDigits;
    }
};

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

qint64 wallMs(const DateTimeParts &p)
{
    return daysFromCivil(p.year, p.month, p.day) * kDayMs + qint64(p.hour) * 3600000 + qint64(p.minute) * 60000
           + qint64(p.second) * 1000 + p.msec;
}

// Local wall-clock milliseconds (since 1970-01-01T00:00 local) of a UTC instant.
qint64 localMsOfInstant(qint64 utcMs)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::LocalTime);
    return utcMs + qint64(local.offsetFromUtc()) * 1000;
}

QDateTime localDateTimeOfWallMs(qint64 ms)
{
    const qint64 days = floorDiv(ms, kDayMs);
    int y, m, d;
    civilFromDays(days, &y, &m, &d);
    return QDateTime(QDate(y, m, d), QTime::fromMSecsSinceStartOfDay(int(ms - days * kDayMs)), Qt::LocalTime);
}

// UTC milliseconds of a local wall-clock time. decimal-date-time() converts every date answer to an instant,
// and asking the C library (mktime) each time cost more than all the rest of an interview's validation, so
// each thread keeps the UTC offset of the local days it has seen. A day whose offset is the same at its first
// and its last millisecond has no transition in it; the rare day that has one is asked each time.
qint64 utcMsOfWallMs(qint64 ms)
{
    struct DayOffset
    {
        qint64 day = 0;
        qint64 offsetMs = 0;
        bool constant = false;
        unsigned generation = 0; // 0: never filled (localTimeZoneGeneration() starts at 1)
    };
    constexpr qint64 kSlots = 1024; // about three years of distinct days
    thread_local DayOffset offsets[kSlots];

    const qint64 day = floorDiv(ms, kDayMs);
    const unsigned generation = localTimeZoneGeneration();
    DayOffset &entry = offsets[day & (kSlots - 1)];
    if (entry.generation != generation || entry.day != day) {
        const qint64 first = day * kDayMs;
        const qint64 last = first + kDayMs - 1;
        const qint64 offsetFirst = first - localDateTimeOfWallMs(first).toMSecsSinceEpoch();
        const qint64 offsetLast = last - localDateTimeOfWallMs(last).toMSecsSinceEpoch();
        entry = DayOffset{day, offsetFirst, offsetFirst == offsetLast, generation};
    }
    return entry.constant ? ms - entry.offsetMs : localDateTimeOfWallMs(ms).toMSecsSinceEpoch();
}

// Reads "Z", "+hh:mm", "+hhmm" or "+hh"; true when one was there. `valid` goes false for hh > 23.
bool parseOffset(Scanner &in, int *offsetMinutes, bool *valid)
{
    if (in.take(u'Z')) {
        *offsetMinutes = 0;
        return true;
    }
    const char16_t sign = in.peek();
    if (sign != u'+' && sign != u'-')
        return false;
    ++in.pos;
    int hours = 0;
    int minutes = 0;
    if (!in.digits(2, 2, &hours)) {
        *valid = false;
        return true;
    }
    const bool colon = in.take(u':');
    if (colon || (!in.atEnd() && in.peek() >= u'0' && in.peek() <= u'9')) {
        if (!in.digits(2, 2, &minutes)) {
            *valid = false;
            return true;
        }
    }
    if (hours > 23 || minutes > 59)
        *valid = false;
    *offsetMinutes = (hours * 60 + minutes) * (sign == u'-' ? -1 : 1);
    return true;
}

} // namespace

qint64 daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil: proleptic Gregorian, exact for any year.
    const qint64 y = qint64(year) - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 mp = (month + 9) % 12;
    const qint64 doy = (153 * mp + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
    *month = m;
    *day = d;
}

bool isValidCivilDate(int year, int month, int day)
{
    if (month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int limit = month == 2 && leap ? 29 : kDays[month - 1];
    return day <= limit;
}

namespace {

// "YYYY-MM-DD" exactly, the form date answers are stored in: read without the general scanner.
bool readPlainDate(QStringView text, DateTimeParts *p)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return false;
    const char16_t *c = text.utf16();
    int v[8];
    static constexpr int kAt[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i) {
        v[i] = int(c[kAt[i]]) - u'0';
        if (unsigned(v[i]) > 9)
            return false;
    }
    p->year = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
    p->month = v[4] * 10 + v[5];
    p->day = v[6] * 10 + v[7];
    return true;
}

} // namespace

DateParse parseDateTime(QStringView text, DateTimeParts *parts)
{
    if (DateTimeParts p; readPlainDate(text, &p)) {
        if (!isValidCivilDate(p.year, p.month, p.day))
            return DateParse::Invalid;
        if (parts)
            *parts = p;
        return DateParse::Valid;
    }
    Scanner in{trimXPathSpace(text)};
    DateTimeParts p;
    if (!in.digits(4, 4, &p.year) || !in.take(u'-') || !in.digits(1, 2, &p.month) || !in.take(u'-')
        || !in.digits(1, 2, &p.day)) {
        return DateParse::NotDate;
    }
    bool valid = isValidCivilDate(p.year, p.month, p.day);
    if (!in.atEnd()) {
        if (!in.take(u'T') || !in.digits(2, 2, &p.hour) || !in.take(u':') || !in.digits(2, 2, &p.minute))
            return DateParse::NotDate;
        if (in.take(u':')) {
            if (!in.digits(2, 2, &p.second))
                return DateParse::NotDate;
            if (in.take(u'.')) {
                int digits = 0;
                while (!in.atEnd() && in.peek() >= u'0' && in.peek() <= u'9') {
                    if (digits < 3)
                        p.msec = p.msec * 10 + (in.peek() - u'0');
                    ++digits;
                    ++in.pos;
                }
                if (digits == 0)
                    return DateParse::NotDate;
                for (; digits < 3; ++digits)
                    p.msec *= 10;
            }
        }
        p.hasTime = true;
        p.hasOffset = parseOffset(in, &p.offsetMinutes, &valid);
        if (!in.atEnd())
            return DateParse::NotDate;
        if (p.hour > 23 || p.minute > 59 || p.second > 59)
            valid = false;
    }
    if (!valid)
        return DateParse::Invalid;
    if (parts)
        *parts = p;
    return DateParse::Valid;
}

bool parseValidDate(QStringView text, DateTimeParts *parts)
{
    // Answers like "yes" or "ner" fail on their first character, before any trimming.
    if (text.size() < 8 || (!text[0].isDigit() && !isXPathSpace(text[0].unicode())))
        return false;
    const QStringView s = trimXPathSpace(text);
    return startsLikeDate(s) && parseDateTime(s, parts) == DateParse::Valid;
}

double localDayNumber(const DateTimeParts &parts)
{
    const qint64 days = daysFromCivil(parts.year, parts.month, parts.day);
    if (!parts.hasTime)
        return double(days);
    qint64 ms = wallMs(parts);
    if (parts.hasOffset)
        ms = localMsOfInstant(ms - qint64(parts.offsetMinutes) * 60000);
    return double(ms) / double(kDayMs);
}

double dayNumberOf(const QDateTime &dateTime)
{
    const QDateTime local = dateTime.timeSpec() == Qt::LocalTime ? dateTime : dateTime.toLocalTime();
    const QDate date = local.date();
    return double(daysFromCivil(date.year(), date.month(), date.day()))
           + double(local.time().msecsSinceStartOfDay()) / double(kDayMs);
}

double EvalContext::nowDayNumber() const
{
    return dayNumberOf(now());
}

double instantDaysOfLocal(double dayNumber)
{
    if (!std::isfinite(dayNumber))
        return dayNumber;
    const qint64 ms = std::llround(dayNumber * double(kDayMs));
    return double(utcMsOfWallMs(ms)) / double(kDayMs);
}

double instantDays(const DateTimeParts &parts)
{
    const qint64 ms = wallMs(parts);
    if (parts.hasOffset)
        return double(ms - qint64(parts.offsetMinutes) * 60000) / double(kDayMs);
    return double(utcMsOfWallMs(ms)) / double(kDayMs);
}

namespace {

struct Broken
{
    int year, month, day, hour, minute, second, msec, weekday; // weekday 0 = Sunday
    qint64 msOfDay;
    qint64 days;
};

Broken breakDown(double dayNumber)
{
    const qint64 ms = std::llround(dayNumber * double(kDayMs));
    Broken b{};
    b.days = floorDiv(ms, kDayMs);
    b.msOfDay = ms - b.days * kDayMs;
    civilFromDays(b.days, &b.year, &b.month, &b.day);
    b.hour = int(b.msOfDay / 3600000);
    b.minute = int(b.msOfDay / 60000 % 60);
    b.second = int(b.msOfDay / 1000 % 60);
    b.msec = int(b.msOfDay % 1000);
    b.weekday = int(((b.days % 7) + 7 + 4) % 7); // 1970-01-01 was a Thursday
    return b;
}

QString pad(int value, int width)
{
    return QString::number(value).rightJustified(width, u'0');
}

} // namespace

QString formatDayNumber(double dayNumber)
{
    if (!std::isfinite(dayNumber))
        return QString();
    const Broken b = breakDown(dayNumber);
    QString out = pad(b.year, 4) + u'-' + pad(b.month, 2) + u'-' + pad(b.day, 2);
    if (b.msOfDay == 0)
        return out;
    const QDateTime local(QDate(b.year, b.month, b.day), QTime::fromMSecsSinceStartOfDay(int(b.msOfDay)),
                          Qt::LocalTime);
    const int offset = local.offsetFromUtc() / 60;
    const int absOffset = std::abs(offset);
    out += u'T' + pad(b.hour, 2) + u':' + pad(b.minute, 2) + u':' + pad(b.second, 2) + u'.' + pad(b.msec, 3)
           + (offset < 0 ? u'-' : u'+') + pad(absOffset / 60, 2) + u':' + pad(absOffset % 60, 2);
    return out;
}

bool formatDayNumberWith(double dayNumber, QStringView format, QString *out)
{
    static const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static const char *const kWeekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    const Broken b = breakDown(dayNumber);
    QString text;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format[i];
        if (c != u'%') {
            text += c;
            continue;
        }
        if (++i >= format.size())
            return false;
        switch (format[i].unicode()) {
        case u'%': text += u'%'; break;
        case u'Y': text += pad(b.year, 4); break;
        case u'y': text += pad(b.year, 4).mid(2); break;
        case u'm': text += pad(b.month, 2); break;
        case u'n': text += QString::number(b.month); break;
        case u'b': text += QLatin1StringView(kMonths[b.month - 1]); break;
        case u'd': text += pad(b.day, 2); break;
        case u'e': text += QString::number(b.day); break;
        case u'H': text += pad(b.hour, 2); break;
        case u'h': text += QString::number(b.hour); break;
        case u'M': text += pad(b.minute, 2); break;
        case u'S': text += pad(b.second, 2); break;
        case u'3': text += pad(b.msec, 3); break;
        case u'a': text += QLatin1StringView(kWeekdays[b.weekday]); break;
        default: return false;
        }
    }
    *out = text;
    return true;
}

double decimalTimeOf(QStringView text, const QDate &onDay)
{
    Scanner in{trimXPathSpace(text)};
    int hour = 0, minute = 0, second = 0, ignored = 0;
    if (in.digits(2, 2, &hour) && in.take(u':') && in.digits(2, 2, &minute) && in.take(u':')
        && in.digits(2, 2, &second)) {
        if (in.take(u'.') && !in.digits(1, 9, &ignored))
            return kNaN;
        bool valid = true;
        int offsetMinutes = 0;
        const bool hasOffset = parseOffset(in, &offsetMinutes, &valid);
        if (!in.atEnd() || !valid || hour > 23 || minute > 59 || second > 59)
            return kNaN;
        if (hasOffset) {
            const qint64 wall = daysFromCivil(onDay.year(), onDay.month(), onDay.day()) * kDayMs
                                + qint64(hour) * 3600000 + qint64(minute) * 60000 + qint64(second) * 1000;
            const qint64 local = localMsOfInstant(wall - qint64(offsetMinutes) * 60000);
            const qint64 msOfDay = local - floorDiv(local, kDayMs) * kDayMs;
            hour = int(msOfDay / 3600000);
            minute = int(msOfDay / 60000 % 60);
            second = int(msOfDay / 1000 % 60);
        }
        // Same arithmetic as the peer so results agree to the last bit.
        return (second / 3600.0 + minute / 60.0 + hour) / 24;
    }
    DateTimeParts parts;
    if (parseDateTime(text, &parts) == DateParse::Valid && parts.hasTime) {
        const double day = localDayNumber(parts);
        return day - std::floor(day);
    }
    return kNaN;
}

} // namespace flowdesk::expr
