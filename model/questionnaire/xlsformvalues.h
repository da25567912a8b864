#pragma once

#include <QStringView>

namespace flowdesk {

// XLSForm's spellings of yes and no in flag cells (required, read_only, pii, allow_choice_duplicates), as
// pyxform's aliases.yes_no accepts them, in any case. An empty cell is no.
inline bool isXlsFormYes(QStringView text)
{
    const QStringView t = text.trimmed();
    return t.compare(u"yes", Qt::CaseInsensitive) == 0 || t.compare(u"true", Qt::CaseInsensitive) == 0 ||
           t.compare(u"true()", Qt::CaseInsensitive) == 0 || t == u"1";
}

inline bool isXlsFormNo(QStringView text)
{
    const QStringView t = text.trimmed();
    return t.isEmpty() || t.compare(u"no", Qt::CaseInsensitive) == 0 || t.compare(u"false", Qt::CaseInsensitive) == 0 ||
           t.compare(u"false()", Qt::CaseInsensitive) == 0 || t == u"0";
}

} // namespace flowdesk
