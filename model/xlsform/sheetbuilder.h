#pragma once

#include "workbook.h"

namespace flowdesk {

// Turns the rows of a grid into a Sheet the way XLSForm reads one: the first non-blank row holds the headers,
// every later non-blank row is data. Cells are trimmed; trailing blank cells and blank rows are dropped, and
// data past the last header is ignored (XLSForm has no name for it). Feed rows in order, then take() the
// sheet.
class SheetBuilder
{
public:
    explicit SheetBuilder(const QString &name);

    // `cells` starts at column A; `excelRow` is the 1-based row number a spreadsheet program shows.
    void addRow(int excelRow, QStringList cells);
    // Cells at or past this column are dropped by addRow(), so a reader need not build them.
    int columnLimit() const;
    Sheet take();

private:
    Sheet m_sheet;
    bool m_haveHeaders = false;
};

} // namespace flowdesk
