#include "sheetbuilder.h"

#include <limits>
#include <utility>

namespace flowdesk {

namespace {

void trimAndDropTrailingBlanks(QStringList &cells)
{
    for (QString &cell : cells)
        cell = cell.trimmed();
    while (!cells.isEmpty() && cells.constLast().isEmpty())
        cells.removeLast();
}

} // namespace

SheetBuilder::SheetBuilder(const QString &name)
{
    m_sheet.name = name;
}

void SheetBuilder::addRow(int excelRow, QStringList cells)
{
    if (m_haveHeaders && cells.size() > m_sheet.headers.size())
        cells.resize(m_sheet.headers.size());
    trimAndDropTrailingBlanks(cells);
    if (cells.isEmpty())
        return;
    if (!m_haveHeaders) {
        m_sheet.headers = std::move(cells);
        m_sheet.headerExcelRow = excelRow;
        m_haveHeaders = true;
        return;
    }
    m_sheet.rows.push_back(SheetRow{excelRow, std::move(cells)});
}

int SheetBuilder::columnLimit() const
{
    return m_haveHeaders ? int(m_sheet.headers.size()) : std::numeric_limits<int>::max();
}

Sheet SheetBuilder::take()
{
    m_haveHeaders = false;
    return std::exchange(m_sheet, Sheet{m_sheet.name, {}, 1, {}});
}

} // namespace flowdesk
