#pragma once

#include <QStringView>

namespace flowdesk {

// Whether two answers (or an answer and a choice name or literal) are the same text, unit for unit. Validation
// compares short words millions of times; this stays inline where Qt's comparison is a call into the library.
inline bool sameText(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    const QChar *x = a.data();
    const QChar *y = b.data();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (x[i] != y[i])
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
