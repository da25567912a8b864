#pragma once

#include "profileaggregator.h"

#include <QString>

namespace flowdesk {

// The tables of a profile as one XLSX workbook, a sheet per chart: the same cells as ProfileCsv (category, then
// count and percent per column, n last, the note under it), with counts and percentages as numbers a
// spreadsheet can sum, and hidden cells as the text "<5". Suppressed tables only: what leaves the app is always
// protected.
class ProfileXlsx
{
public:
    // Writes every table of `result` into the workbook `path`; refuses a result that was not suppressed.
    static bool write(const ProfileResult &result, const QString &path, QString *error);
    // One chart's table alone (the chart card's export).
    static bool write(const ChartTable &table, const QString &path, QString *error);

private:
    static bool write(const std::vector<const ChartTable *> &tables, const QString &path, QString *error);
};

} // namespace flowdesk
