#include "answerformat.h"

#include <QDate>

#include <cmath>
#include <limits>

namespace flowdesk::answerformat {

namespace {

bool digitsAt(QStringView text, qsizetype from, qsizetype count, int *value)
{
    if (from + count > text.size())
        return false;
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c - u'0');
    }
    *value = v;
    return true;
}

// "HH:mm[:ss[.fff]]" at `from`; returns the position after it, or -1.
qsizetype timeAt(QStringView text, qsizetype from)
{
    int h = 0, m = 0, s = 0;
    if (!digitsAt(text, from, 2, &h) || from + 2 >= text.size() || text[from + 2] != u':' ||
        !digitsAt(text, from + 3, 2, &m) || h > 23 || m > 59)
        return -1;
    qsizetype pos = from + 5;
    if (pos < text.size() && text[pos] == u':') {
        if (!digitsAt(text, pos + 1, 2, &s) || s > 59)
            return -1;
        pos += 3;
        if (pos < text.size() && text[pos] == u'.') {
            ++pos;
            const qsizetype start = pos;
            while (pos < text.size() && text[pos].isDigit())
                ++pos;
            if (pos == start)
                return -1;
        }
    }
    return pos;
}

// "Z", "+hh:mm", "+hhmm", "+hh" or nothing, to the end.
bool offsetAt(QStringView text, qsizetype pos)
{
    if (pos == text.size())
        return true;
    if (text[pos] == u'Z')
        return pos + 1 == text.size();
    if (text[pos] != u'+' && text[pos] != u'-')
        return false;
    int h = 0, m = 0;
    if (!digitsAt(text, pos + 1, 2, &h) || h > 14)
        return false;
    pos += 3;
    if (pos == text.size())
        return true;
    if (text[pos] == u':')
        ++pos;
    return digitsAt(text, pos, 2, &m) && m <= 59 && pos + 2 == text.size();
}

bool parseNumber(QStringView text, double *out)
{
    bool ok = false;
    *out = text.toDouble(&ok);
    return ok && std::isfinite(*out);
}

} // namespace

bool isInteger(QStringView text)
{
    qsizetype i = 0;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+'))
        ++i;
    if (i == text.size())
        return false;
    long long value = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c - u'0');
        if (value > 2147483648LL)
            return false;
    }
    return text[0] == u'-' ? value <= 2147483648LL : value <= std::numeric_limits<int>::max();
}

bool isDecimal(QStringView text)
{
    qsizetype i = 0;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+'))
        ++i;
    bool digits = false, point = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit() && c.unicode() < 128)
            digits = true;
        else if (c == u'.' && !point)
            point = true;
        else
            return false;
    }
    if (!digits)
        return false;
    // Only a number too long for a double (over 300 digits) could fail to convert: QString's conversion,
    // which allocates, is kept for those.
    double v = 0;
    return text.size() < 300 || parseNumber(text, &v);
}

bool isDate(QStringView text)
{
    int y = 0, m = 0, d = 0;
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-' || !digitsAt(text, 0, 4, &y) ||
        !digitsAt(text, 5, 2, &m) || !digitsAt(text, 8, 2, &d))
        return false;
    return QDate::isValid(y, m, d);
}

bool isDateTime(QStringView text)
{
    if (text.size() < 16 || !isDate(text.left(10)) || (text[10] != u'T' && text[10] != u' '))
        return false;
    const qsizetype end = timeAt(text, 11);
    return end > 0 && offsetAt(text, end);
}

bool isTime(QStringView text)
{
    const qsizetype end = timeAt(text, 0);
    return end > 0 && offsetAt(text, end);
}

bool isGeopoint(QStringView text)
{
    double parts[4] = {0, 0, 0, 0};
    int n = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == u' ')
            ++i;
        if (i == text.size())
            break;
        qsizetype j = i;
        while (j < text.size() && text[j] != u' ')
            ++j;
        if (n == 4 || !parseNumber(text.mid(i, j - i), &parts[n]))
            return false;
        ++n;
        i = j;
    }
    return n >= 2 && std::abs(parts[0]) <= 90 && std::abs(parts[1]) <= 180;
}

} // namespace flowdesk::answerformat
