#include "xpathnumber.h"

#include <charconv>
#include <cstdint>
#include <cmath>
#include <limits>
#include <string>

namespace flowdesk::expr {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Shortest round-trip digits of a finite, non-zero |value|: digits without a decimal point and the
// exponent of the first digit, so value = 0.d1d2d3... * 10^(exponent + 1).
struct Digits
{
    char digits[32];
    int count = 0;
    int exponent = 0;
};

Digits shortestDigits(double magnitude)
{
    char buffer[40];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, magnitude, std::chars_format::scientific);
    Digits out;
    const char *p = buffer;
    while (p < result.ptr && *p != 'e') {
        if (*p != '.')
            out.digits[out.count++] = *p;
        ++p;
    }
    int exponent = 0;
    std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), result.ptr, exponent);
    out.exponent = exponent;
    return out;
}

} // namespace

double parseGeneralXPathNumber(QStringView text)
{
    const QStringView s = trimXPathSpace(text);
    const qsizetype n = s.size();
    const char16_t *const c = s.utf16();
    const qsizetype start = n > 0 && c[0] == u'-' ? 1 : 0;
    // One pass reads typical answers ("34", "1200.50"): with at most 15 digits the integer of all digits is exact,
    // and so is its quotient by an exact power of ten, because IEEE division rounds correctly.
    qint64 mantissa = 0;
    int digits = 0;
    qsizetype dot = -1;
    for (qsizetype j = start; j < n; ++j) {
        const unsigned digit = unsigned(c[j]) - u'0';
        if (digit <= 9) {
            mantissa = digits < 18 ? mantissa * 10 + qint64(digit) : mantissa;
            ++digits;
        } else if (c[j] == u'.' && dot < 0) {
            dot = j;
        } else {
            return kNaN;
        }
    }
    if (digits == 0)
        return kNaN;
    if (digits <= 15) {
        static constexpr double kPow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                            1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
        const int fraction = dot < 0 ? 0 : int(n - dot - 1);
        const double magnitude = fraction == 0 ? double(mantissa) : double(mantissa) / kPow10[fraction];
        return start == 1 ? -magnitude : magnitude;
    }

    // The characters are all ASCII now; from_chars gives the correctly rounded double.
    char local[64];
    std::string heap;
    char *buffer = local;
    if (n > qsizetype(sizeof local)) {
        heap.resize(std::size_t(n));
        buffer = heap.data();
    }
    for (qsizetype j = 0; j < n; ++j)
        buffer[j] = char(s[j].unicode());
    double value = kNaN;
    std::from_chars(buffer, buffer + n, value, std::chars_format::fixed);
    return value;
}

namespace {

// The text of 0..999, made once. Calculations mostly produce small counts and flags; handing out these
// shared strings spares an allocation (and a free when the value is next replaced) per calculated answer.
constexpr int kSmallIntegers = 1000;

QStringView smallIntegerText(int n)
{
    struct Table
    {
        char16_t text[kSmallIntegers * 3] = {};
        int offset[kSmallIntegers] = {};
        int size[kSmallIntegers] = {};
        Table()
        {
            int at = 0;
            for (int i = 0; i < kSmallIntegers; ++i) {
                const int digits = i < 10 ? 1 : i < 100 ? 2 : 3;
                for (int d = digits - 1, v = i; d >= 0; --d, v /= 10)
                    text[at + d] = char16_t(u'0' + v % 10);
                offset[i] = at;
                size[i] = digits;
                at += digits;
            }
        }
    };
    static const Table table;
    return QStringView(table.text + table.offset[n], table.size[n]);
}

} // namespace

int formatXPathInteger(double value, char16_t *out)
{
    // Whole numbers below 10^15 are exact and print as their digits: the shortest round-trip form, found without
    // the general digit search. 0 and -0 print "0".
    constexpr double kLimit = 1e15;
    if (!(value > -kLimit && value < kLimit) || value != std::trunc(value))
        return 0;
    std::uint64_t magnitude = std::uint64_t(value < 0 ? -value : value);
    if (value >= 0 && magnitude < 10) { // flags and small counts, the commonest calculated values
        out[0] = char16_t(u'0' + magnitude);
        return 1;
    }
    char16_t reversed[kIntegerTextSize];
    int n = 0;
    do {
        reversed[n++] = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    int size = 0;
    if (value < 0)
        out[size++] = u'-';
    while (n > 0)
        out[size++] = reversed[--n];
    return size;
}

QString formatXPathNumber(double value)
{
    if (value >= 0 && value < kSmallIntegers && value == std::floor(value)) {
        const QStringView text = smallIntegerText(int(value));
        return QString::fromRawData(reinterpret_cast<const QChar *>(text.utf16()), text.size());
    }
    char16_t integer[kIntegerTextSize];
    if (const int size = formatXPathInteger(value, integer); size > 0)
        return QString(reinterpret_cast<const QChar *>(integer), size);
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (value == 0)
        return QStringLiteral("0");

    const Digits d = shortestDigits(std::fabs(value));
    const int point = d.exponent + 1; // digits before the decimal point
    QString out;
    out.reserve(d.count + std::abs(point) + 3);
    if (value < 0)
        out += u'-';
    if (point <= 0) {
        out += u"0.";
        out += QString(-point, u'0');
        out += QLatin1StringView(d.digits, d.count);
    } else if (point >= d.count) {
        out += QLatin1StringView(d.digits, d.count);
        out += QString(point - d.count, u'0');
    } else {
        out += QLatin1StringView(d.digits, point);
        out += u'.';
        out += QLatin1StringView(d.digits + point, d.count - point);
    }
    return out;
}

double xpathRound(double value)
{
    if (!std::isfinite(value) || value == 0)
        return value;
    if (value < 0 && value >= -0.5)
        return -0.0;
    const double low = std::floor(value);
    return value - low >= 0.5 ? low + 1 : low;
}

double roundToPlaces(double value, double places)
{
    if (std::isnan(places))
        return kNaN;
    if (!std::isfinite(value) || value == 0)
        return value;
    const double wholePlaces = std::trunc(places);
    if (wholePlaces > 400)
        return value;
    if (wholePlaces < -400)
        return value < 0 ? -0.0 : 0.0;

    const Digits d = shortestDigits(std::fabs(value));
    // Significant digits that survive: those left of the rounding position.
    const int keep = d.exponent + 1 + int(wholePlaces);
    if (keep >= d.count)
        return value;

    // Compare the dropped digits with one half. Shortest digits never end in '0', so the remainder is
    // exactly a half only when it is the single digit '5'.
    bool up;
    if (keep < 0) {
        up = false;
    } else {
        const char first = d.digits[keep];
        const bool half = first == '5' && keep + 1 == d.count;
        up = half ? value > 0 : first >= '5';
    }

    // Build "<kept digits, carried>e<exponent>" and let from_chars do the correctly rounded parse.
    char buffer[48];
    int len = 0;
    int kept = keep < 0 ? 0 : keep;
    for (int i = 0; i < kept; ++i)
        buffer[len++] = d.digits[i];
    int exponent = d.exponent + 1 - kept; // value of the last kept digit's position
    if (up) {
        int i = len - 1;
        while (i >= 0 && buffer[i] == '9') {
            buffer[i] = '0';
            --i;
        }
        if (i >= 0) {
            ++buffer[i];
        } else {
            // All nines (or nothing kept): the carry adds a leading 1.
            for (int j = len; j > 0; --j)
                buffer[j] = buffer[j - 1];
            buffer[0] = '1';
            ++len;
        }
    }
    if (len == 0)
        return value < 0 ? -0.0 : 0.0;
    buffer[len++] = 'e';
    const auto end = std::to_chars(buffer + len, buffer + sizeof buffer, exponent).ptr;
    double magnitude = 0;
    std::from_chars(buffer, end, magnitude);
    if (magnitude == 0)
        return value < 0 ? -0.0 : 0.0;
    return value < 0 ? -magnitude : magnitude;
}

} // namespace flowdesk::expr
