#pragma once

#include <QByteArray>

#include <optional>

namespace flowdesk {

// What an .xls workbook's records will cost FreeXL to open, read from the records themselves: FreeXL sets memory
// aside for every cell a sheet's dimensions claim, and turns each date cell into text by counting days one at a
// time, so a few kilobytes could claim gigabytes or minutes. Stateless and thread-safe.
struct BiffClaims
{
    quint64 cells = 0;     // in all sheets, as their DIMENSIONS records claim
    quint32 rows = 0;      // of the largest sheet
    quint32 columns = 0;
    quint64 dateDays = 0;  // days FreeXL counts for the date cells, all together
    double largestDate = 0; // the largest date serial found

    // nullopt when the workbook stream cannot be found in the container (FreeXL then refuses the file itself).
    static std::optional<BiffClaims> read(const QByteArray &file);
};

} // namespace flowdesk
