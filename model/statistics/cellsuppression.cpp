#include "cellsuppression.h"

#include "accounts/permissions.h"
#include "charttable.h"

#include <limits>

namespace flowdesk {

void CellSuppression::protect(ChartTable &table, int threshold)
{
    const int rows = table.rowCount();
    const int columns = table.columnCount();
    const size_t interior = size_t(rows) * size_t(columns);
    // Cells 0..interior-1 are the table's cells, then one per column base.
    std::vector<qint64> value(table.counts);
    value.insert(value.end(), table.bases.begin(), table.bases.end());
    std::vector<char> hidden(value.size(), 0);
    for (size_t c = 0; c < value.size(); ++c)
        hidden[c] = value[c] > 0 && value[c] < threshold;

    // The equations a reader could solve: each column adds up to its base, each row's split groups add up to
    // its Total (the last column), and so do the bases.
    std::vector<std::vector<size_t>> equations = table.equations;
    for (int col = 0; col < columns && table.equations.empty(); ++col) {
        std::vector<size_t> e;
        for (int row = 0; row < rows; ++row)
            e.push_back(size_t(row * columns + col));
        e.push_back(interior + size_t(col));
        equations.push_back(std::move(e));
    }
    if (columns > 1 && table.equations.empty()) {
        for (int row = 0; row <= rows; ++row) {
            std::vector<size_t> e;
            for (int col = 0; col < columns; ++col)
                e.push_back(row < rows ? size_t(row * columns + col) : interior + size_t(col));
            equations.push_back(std::move(e));
        }
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (const std::vector<size_t> &e : equations) {
            int count = 0;
            for (size_t c : e)
                count += hidden[c] ? 1 : 0;
            if (count != 1)
                continue;
            // The smallest other member: a non-zero cell of the table, then a non-zero total. Never a zero when
            // something else can be hidden: a zero is often known from elsewhere (its row total is 0), and hiding
            // it would protect nothing.
            size_t best = value.size();
            auto rank = [&](size_t c) {
                return std::pair<int, qint64>(value[c] == 0 ? 2 : (c >= interior ? 1 : 0), value[c]);
            };
            for (size_t c : e) {
                if (!hidden[c] && (best == value.size() || rank(c) < rank(best)))
                    best = c;
            }
            if (best < value.size()) {
                hidden[best] = 1;
                changed = true;
            }
        }
    }
    table.hidden.assign(hidden.begin(), hidden.begin() + qsizetype(interior));
    table.hiddenBase.assign(hidden.begin() + qsizetype(interior), hidden.end());
    table.suppressed = true;
    table.threshold = threshold;
}

bool CellSuppression::mayShowSmallCells(const Session &session, QString *error)
{
    return permits(session, Action::ShowSmallCells, error);
}

QString CellSuppression::method(int threshold)
{
    return QStringLiteral("Small cells protected: counts from 1 to %1 are shown as \"<%2\" and their percentages "
                          "are not shown; where a hidden count could be worked out from a row or column total, the "
                          "next smallest count of that row or column is hidden too (secondary suppression).")
        .arg(threshold - 1)
        .arg(threshold);
}

} // namespace flowdesk
