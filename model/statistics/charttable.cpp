#include "charttable.h"

namespace flowdesk {

QString ChartTable::cellText(int row, int column) const
{
    if (isHidden(row, column))
        return QStringLiteral("<%1").arg(threshold);
    return QString::number(count(row, column));
}

QString ChartTable::baseText(int column) const
{
    if (isBaseHidden(column))
        return QStringLiteral("<%1").arg(threshold);
    return QString::number(bases[size_t(column)]);
}

QString ChartTable::percentText(int row, int column) const
{
    const int baseRow = rowBaseRow.empty() ? -1 : rowBaseRow[size_t(row)];
    if (baseRow == kNoPercent)
        return {};
    const qint64 base = baseRow >= 0 ? count(baseRow, column) : bases[size_t(column)];
    const bool baseHidden = baseRow >= 0 ? isHidden(baseRow, column) : isBaseHidden(column);
    if (!percentages || base <= 0 || isHidden(row, column) || baseHidden)
        return {};
    return QStringLiteral("%1%").arg(100.0 * double(count(row, column)) / double(base), 0, 'f', 1);
}

} // namespace flowdesk
