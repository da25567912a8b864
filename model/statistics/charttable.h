#pragma once

#include "profiledefinition.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace flowdesk {

// One chart's numbers: counts by category (rows) and split group (columns), with the bases the percentages are
// of. What a chart widget, the CSV/XLSX exports and the PDF display; they never count themselves. After
// CellSuppression::protect, hidden cells must be shown with cellText() ("<5"), never as numbers.
struct ChartTable
{
    ChartSpec spec;
    QString title;
    QString unit;          // "interviews", "people" (a repeat of travel companions), "answers"
    bool multiple = false; // select_multiple: people can pick several, so the rows add up to more than n
    QString note;          // e.g. "Several answers possible: percentages add up to more than 100%."
    QStringList rows;      // categories
    QStringList columns;   // split groups, then "Total"; just "Total" without a split
    std::vector<qint64> counts; // rows x columns, row-major
    std::vector<qint64> bases;  // per column: the n the column's percentages are of
    qint64 n = 0;               // the chart's n (the Total column's base)
    std::vector<char> hidden;     // rows x columns: suppressed
    std::vector<char> hiddenBase; // per column
    bool suppressed = false;      // protect() ran (threshold below)
    int threshold = 0;
    bool percentages = true; // Timeline tables show counts only
    // Tables whose rows are not categories of one question (the children's figures): each row's percentage is
    // of another row (its index) or of the base (-1), and the equations a reader could solve are listed
    // (cell indices; the base of column c is rows*columns + c). Empty: categories, the usual equations.
    static constexpr int kNoPercent = -2;
    std::vector<int> rowBaseRow;
    std::vector<std::vector<size_t>> equations;

    int rowCount() const { return int(rows.size()); }
    int columnCount() const { return int(columns.size()); }
    qint64 count(int row, int column) const { return counts[size_t(row * columnCount() + column)]; }
    bool isHidden(int row, int column) const
    {
        return !hidden.empty() && hidden[size_t(row * columnCount() + column)];
    }
    bool isBaseHidden(int column) const { return !hiddenBase.empty() && hiddenBase[size_t(column)]; }
    // "12", or "<5" when suppressed.
    QString cellText(int row, int column) const;
    QString baseText(int column) const;
    // "23.5%", or "" when the count or the base is suppressed (or no percentages, or a zero base).
    QString percentText(int row, int column) const;
    // The value a chart draws for a cell: 0 for a suppressed one (its label says "<5").
    double chartValue(int row, int column) const { return isHidden(row, column) ? 0.0 : double(count(row, column)); }
};

} // namespace flowdesk
