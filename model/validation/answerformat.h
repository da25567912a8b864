#pragma once

#include <QStringView>

namespace flowdesk {

// Checks that a stored answer has the form its question type needs. Allocation-free: called per answer.
namespace answerformat {

bool isInteger(QStringView text);  // ODK integers are 32-bit: optional sign, digits, in range
bool isDecimal(QStringView text);  // a finite decimal number, no exponent
bool isDate(QStringView text);     // yyyy-MM-dd, a real calendar date
bool isDateTime(QStringView text); // ISO 8601 date and time, optional seconds, fraction and offset
bool isTime(QStringView text);     // HH:mm[:ss[.zzz]][offset]
bool isGeopoint(QStringView text); // "lat lon [alt [accuracy]]" with lat in [-90, 90], lon in [-180, 180]

} // namespace answerformat
} // namespace flowdesk
