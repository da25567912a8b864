#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace flowdesk {

// Excel stores dates as day counts ("serials") and only the cell's number format says a number is a date.
// Stateless and thread-safe.
class ExcelDate
{
public:
    // Built-in number formats 14-22 and 45-47 are dates or times.
    static bool isBuiltInDateFormat(int numFmtId);
    // A custom format code is a date when it uses d, m, y, h or s outside quoted text, [brackets] and
    // escapes.
    static bool isDateFormatCode(QStringView formatCode);

    // yyyy-MM-dd, yyyy-MM-ddTHH:mm:ss when there is a time of day, or HH:mm:ss for a time alone (serial below
    // 1). nullopt for serials no Excel date can have (negative, past 9999-12-31).
    static std::optional<QString> toIso(double serial, bool date1904);
};

} // namespace flowdesk
