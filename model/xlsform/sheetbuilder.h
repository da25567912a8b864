#pragma once

#include "workbook.h"
#include "workbookbudget.h"

#include <utility>
#include <vector>

namespace flowdesk {

// Turns the rows of a grid into a Sheet the way XLSForm reads one: the first non-blank row holds the headers,
// every later non-blank row is data. Cells are trimmed; blank rows are dropped, and so are columns without a
// header (XLSForm has no name for them), so a stray cell far to the right costs nothing. Feed rows in order,
// then take() the sheet.
//
// Refuses what no spreadsheet holds (a row past Excel's last, a cell over 32,767 characters) and what overspends
// the workbook's budget: error() then says what and where, and later rows are ignored.
class SheetBuilder
{
public:
    // `budget` is shared by every sheet of one workbook; without one the sheet has a budget of its own.
    explicit SheetBuilder(const QString &name, WorkbookBudget *budget = nullptr);

    // `cells` starts at column A; `excelRow` is the 1-based row number a spreadsheet program shows.
    void addRow(int excelRow, const QStringList &cells);
    // The same for a sparse row: (0-based column, text) pairs, as a worksheet part lists them. Later pairs for
    // one column replace earlier ones, as Excel reads them.
    void addCells(int excelRow, std::vector<std::pair<int, QString>> &cells);
    // Cells at or past this column are dropped by addCells(), so a reader need not keep them.
    int columnLimit() const;
    // Empty while every row was accepted.
    const QString &error() const { return m_error; }
    Sheet take();

private:
    bool fail(const QString &error);

    Sheet m_sheet;
    bool m_haveHeaders = false;
    std::vector<int> m_headerColumns; // the grid column of each header, ascending
    WorkbookBudget m_ownBudget;
    WorkbookBudget *m_budget;
    QString m_error;
};

} // namespace flowdesk
