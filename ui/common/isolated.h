#pragma once

#include <QString>

namespace flowdesk {

// Text that must read as one run whatever the direction around it (a duration, a date, an id in a right-to-left
// cell or sentence): wrapped in U+2068 FIRST STRONG ISOLATE … U+2069, so "36 min" never shows as "min 36" and
// "3 Dec 2026 09:07" never as "Dec 2026 09:07 3". Empty text stays empty.
inline QString isolated(const QString &text)
{
    return text.isEmpty() ? text : QChar(0x2068) + text + QChar(0x2069);
}

} // namespace flowdesk
