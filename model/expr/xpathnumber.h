#pragma once

#include <QString>
#include <QStringView>

namespace flowdesk::expr {

// XPath 1.0 whitespace: space, tab, carriage return, line feed (nothing else, not even form feed).
constexpr bool isXPathSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

inline QStringView trimXPathSpace(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isXPathSpace(text[begin].unicode()))
        ++begin;
    while (end > begin && isXPathSpace(text[end - 1].unicode()))
        --end;
    return text.sliced(begin, end - begin);
}

// The XPath 1.0 Number production with optional surrounding whitespace and leading '-'
// ("12", "-3.5", ".5", "5."), NaN for anything else: no exponents, no '+', no "Infinity", no hex.
// Never allocates for inputs shorter than 64 characters.
double parseGeneralXPathNumber(QStringView text);
inline double parseXPathNumber(QStringView text)
{
    // Most numbers read are answers like "34" or "1200": whole, short, unpadded. Read inline; the rest in full.
    const qsizetype n = text.size();
    if (n == 0 || n > 9)
        return parseGeneralXPathNumber(text);
    const char16_t *c = text.utf16();
    int value = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned digit = unsigned(c[i]) - u'0';
        if (digit > 9)
            return parseGeneralXPathNumber(text);
        value = value * 10 + int(digit);
    }
    return double(value);
}

// formatXPathNumber() of a whole number of fewer than 16 digits, written into `out` (room for kIntegerTextSize
// units) without allocating; returns its length, or 0 when `value` is no such number.
constexpr int kIntegerTextSize = 17;
int formatXPathInteger(double value, char16_t *out);

// XPath 1.0 number-to-string: never an exponent; integers without ".0"; the shortest digits that
// round-trip; "NaN", "Infinity", "-Infinity"; negative zero prints "0".
QString formatXPathNumber(double value);

// XPath 1.0 round(): halves go towards positive infinity; -0.5 <= x < 0 gives negative zero.
double xpathRound(double value);

// ODK round(value, places): rounds the decimal number the value is written as (its shortest
// round-trip digits), so round(2.675, 2) is 2.68 although 2.675 is stored a little below; halves go
// towards positive infinity as in round(). Negative places round to tens, hundreds...
double roundToPlaces(double value, double places);

// JavaRosa's tolerant numeric equality: values closer than 1e-12 are equal.
inline bool numbersEqual(double a, double b)
{
    const double d = a - b;
    return a == b || (d < 1e-12 && d > -1e-12);
}

} // namespace flowdesk::expr
