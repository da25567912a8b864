#include "sheetbuilder.h"

#include <algorithm>

namespace flowdesk {

namespace {

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

} // namespace

SheetBuilder::SheetBuilder(const QString &name, WorkbookBudget *budget) : m_budget(budget ? budget : &m_ownBudget)
{
    m_sheet.name = name;
}

void SheetBuilder::addRow(int excelRow, const QStringList &cells)
{
    std::vector<std::pair<int, QString>> sparse;
    for (int column = 0; column < cells.size(); ++column) {
        if (!isBlank(cells.at(column)) || cells.at(column).size() > WorkbookBudget::maxCellCharacters)
            sparse.emplace_back(column, cells.at(column));
    }
    if (cells.size() > WorkbookBudget::maxColumns && m_error.isEmpty()) {
        fail(QStringLiteral("row %1 has %2 columns; a sheet has at most %3 (Excel's limit)")
                 .arg(excelRow)
                 .arg(cells.size())
                 .arg(WorkbookBudget::number(WorkbookBudget::maxColumns)));
    }
    addCells(excelRow, sparse);
}

void SheetBuilder::addCells(int excelRow, std::vector<std::pair<int, QString>> &cells)
{
    if (!m_error.isEmpty())
        return;
    if (excelRow > WorkbookBudget::maxRows) {
        fail(QStringLiteral("row %1 is past Excel's last row (%2)")
                 .arg(WorkbookBudget::number(excelRow), WorkbookBudget::number(WorkbookBudget::maxRows)));
        return;
    }
    for (const auto &[column, text] : cells) {
        if (text.size() > WorkbookBudget::maxCellCharacters) {
            fail(QStringLiteral("cell %1%2 holds %3 characters; a cell holds at most %4 (Excel's limit)")
                     .arg(Sheet::columnLetter(column))
                     .arg(excelRow)
                     .arg(WorkbookBudget::number(text.size()), WorkbookBudget::number(WorkbookBudget::maxCellCharacters)));
            return;
        }
    }
    std::stable_sort(cells.begin(), cells.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    // Of several texts for one column the last counts; blank ones are no cells.
    std::vector<std::pair<int, QString>> kept;
    for (auto &[column, text] : cells) {
        if (!kept.empty() && kept.back().first == column)
            kept.pop_back();
        if (!isBlank(text))
            kept.emplace_back(column, std::move(text).trimmed());
    }
    if (kept.empty())
        return;

    if (!m_haveHeaders) {
        for (auto &[column, text] : kept) {
            if (!m_budget->spendCell(text.size(), m_error))
                return;
            m_headerColumns.push_back(column);
            m_sheet.headers.append(std::move(text));
        }
        m_sheet.headerExcelRow = excelRow;
        m_haveHeaders = true;
        return;
    }
    QStringList row;
    for (auto &[column, text] : kept) {
        const auto header = std::lower_bound(m_headerColumns.begin(), m_headerColumns.end(), column);
        if (header == m_headerColumns.end() || *header != column)
            continue; // no header names this column
        const qsizetype at = header - m_headerColumns.begin();
        while (row.size() < at) { // the blank cells before it
            if (!m_budget->spendCell(0, m_error))
                return;
            row.append(QString());
        }
        if (!m_budget->spendCell(text.size(), m_error))
            return;
        row.append(std::move(text));
    }
    if (!row.isEmpty())
        m_sheet.rows.push_back(SheetRow{excelRow, std::move(row)});
}

int SheetBuilder::columnLimit() const
{
    return m_haveHeaders ? m_headerColumns.back() + 1 : WorkbookBudget::maxColumns;
}

bool SheetBuilder::fail(const QString &error)
{
    m_error = error;
    return false;
}

Sheet SheetBuilder::take()
{
    m_haveHeaders = false;
    m_headerColumns.clear();
    return std::exchange(m_sheet, Sheet{m_sheet.name, {}, 1, {}});
}

} // namespace flowdesk
