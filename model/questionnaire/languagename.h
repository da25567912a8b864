#pragma once

#include <QString>
#include <QStringView>

namespace flowdesk {

// XLSForm names languages as written in the column headers: "French (fr)", legacy "french", or "default".
// The code in parentheses wins; otherwise a few common English names map to their ISO 639 code; otherwise the
// lower-cased name itself. Used for built-in messages and writing direction, which go by code.
QString languageCode(QStringView languageName);

// Whether the language is written right to left (Arabic, Persian/Dari, Pashto, Urdu, Hebrew): screens lay out
// its labels mirrored.
bool isRightToLeft(QStringView languageName);

} // namespace flowdesk
