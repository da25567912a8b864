#pragma once

#include "profileaggregator.h"

#include <QString>

namespace flowdesk {

// The tables of a profile as CSV files, one per chart ("01-respondents-by-age-group.csv"), UTF-8 with a BOM so
// spreadsheet programs read Arabic labels. Suppressed tables only: what leaves the app is always protected.
class ProfileCsv
{
public:
    // The text of one table: category, then count and percent per column, n last; hidden cells "<5".
    static QString table(const ChartTable &table);
    static QString fileName(int index, const ChartTable &table);
    // Writes every table into `folder` (created if missing); refuses a result that was not suppressed.
    static bool write(const ProfileResult &result, const QString &folder, QString *error);
};

} // namespace flowdesk
