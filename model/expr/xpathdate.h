#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace flowdesk::expr {

// Day numbers: the engine's one representation of dates. A day number counts local calendar days since
// 1970-01-01 (as JavaRosa converts a date to a number), with the local time of day as its fraction:
// 2024-03-10 is 19792 wherever the device is, 2024-03-10T18:00 local time is 19792.75. NaN is the blank
// date (an empty answer). A string with an explicit offset names an instant, which is first moved into
// local time.

struct DateTimeParts
{
    int year = 1970;
    int month = 1;
    int day = 1;
    bool hasTime = false;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int msec = 0;
    bool hasOffset = false;
    int offsetMinutes = 0; // east of UTC
};

enum class DateParse
{
    NotDate, // not an ISO 8601 date or date-time at all (including the empty string)
    Invalid, // written like one, but names a day or time that does not exist ("2023-02-30", "10:61")
    Valid,
};

// Accepts "YYYY-M-D" and "YYYY-MM-DDThh:mm[:ss[.fff]][Z|+hh:mm|-hh:mm|+hhmm|+hh"), surrounding
// whitespace allowed. Never allocates.
DateParse parseDateTime(QStringView text, DateTimeParts *parts);

// True when `text` is a date or date-time that exists, filling `parts` (may be null). Cheaper than
// parseDateTime for the common case of text that is no date at all: it gives up on the first character.
bool parseValidDate(QStringView text, DateTimeParts *parts);
// Whether `text` begins the way every date does ("2024-..."): text that does not is no date, and a number never does.
inline bool startsLikeDate(QStringView text)
{
    return text.size() >= 8 && text[4] == u'-' && text[0] >= u'0' && text[0] <= u'9';
}

qint64 daysFromCivil(int year, int month, int day);
void civilFromDays(qint64 days, int *year, int *month, int *day);
bool isValidCivilDate(int year, int month, int day);

// Local day number of a parsed value: its calendar date and time as written, or, with an offset, the
// local time of that instant.
double localDayNumber(const DateTimeParts &parts);
// Day number of the local date/time `dateTime` (any spec; converted to local time).
double dayNumberOf(const QDateTime &dateTime);
// Days since 1970-01-01T00:00Z of the instant a local day number stands for (decimal-date-time()).
double instantDaysOfLocal(double dayNumber);
// Days since 1970-01-01T00:00Z of the instant a parsed value stands for; no offset means local time.
double instantDays(const DateTimeParts &parts);

// The ODK string of a day number: "YYYY-MM-DD" at local midnight, else
// "YYYY-MM-DDThh:mm:ss.fff+hh:mm" with the local offset; "" for NaN.
QString formatDayNumber(double dayNumber);

// format-date(): %Y %y %m %n %b %d %e %H %h %M %S %3 %a %%. Returns false (and leaves `out` alone)
// for an unknown escape or a trailing '%'.
bool formatDayNumberWith(double dayNumber, QStringView format, QString *out);

// decimal-time(): fraction of the local day of a time "hh:mm:ss[.fff][+hh:mm|Z]" (an offset is applied
// as on `onDay`, which matters across daylight-saving changes) or of a date-time; NaN when the text is
// neither.
double decimalTimeOf(QStringView text, const QDate &onDay);

} // namespace flowdesk::expr
