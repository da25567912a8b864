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
    // Four units at a time: choice names run to a dozen characters or more.
    std::size_t i = 0;
    for (; i + 8 <= bytes; i += 8) {
        std::uint64_t p, q;
        std::memcpy(&p, x + i, 8);
        std::memcpy(&q, y + i, 8);
        if (p != q)
            return false;
    }
    for (; i < bytes; i += 2) {
        std::uint16_t p, q;
        std::memcpy(&p, x + i, 2);
        std::memcpy(&q, y + i, 2);
        if (p != q)
            return false;
    }
    return true;
}

// The text without surrounding white space. Nearly every answer has none, and that case costs two tests here
// rather than a call into the library.
inline QStringView trimmedText(QStringView text)
{
    if (text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace()))
        return text;
    return text.trimmed();
}

} // namespace flowdesk
