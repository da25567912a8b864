#pragma once

#include <QStringView>

#include <cstdint>
#include <cstring>

namespace flowdesk {

// Whether two answers (or an answer and a choice name or literal) are the same text, unit for unit. Validation
// compares short words millions of times; this stays inline where Qt's comparison is a call into the library.
inline bool sameText(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    if (n != b.size())
        return false;
    const char *x = reinterpret_cast<const char *>(a.data());
    const char *y = reinterpret_cast<const char *>(b.data());
    const std::size_t bytes = std::size_t(n) * sizeof(char16_t);
    auto same = [x, y](std::size_t at, auto width) {
        decltype(width) p, q;
        std::memcpy(&p, x + at, sizeof p);
        std::memcpy(&q, y + at, sizeof q);
        return p == q;
    };
    // Eight bytes at a time, the last eight overlapping the ones before; short names in one or two reads.
    if (bytes >= 8) {
        for (std::size_t i = 0; i + 8 < bytes; i += 8) {
            if (!same(i, std::uint64_t()))
                return false;
        }
        return same(bytes - 8, std::uint64_t());
    }
    if (bytes >= 4)
        return same(0, std::uint32_t()) && same(bytes - 4, std::uint32_t());
    return bytes == 0 || same(0, std::uint16_t());
}

// The text without surrounding white space. Nearly every answer has none, and that case costs two tests here
// rather than a call into the library.
inline QStringView trimmedText(QStringView text)
{
    // Printable ASCII settles it at once; anything else is asked of Qt.
    auto maybeSpace = [](QChar c) { return (c.unicode() <= 0x20 || c.unicode() >= 0x7f) && c.isSpace(); };
    if (text.isEmpty() || (!maybeSpace(text.front()) && !maybeSpace(text.back())))
        return text;
    return text.trimmed();
}

} // namespace flowdesk
