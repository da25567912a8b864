#include "pulldatatable.h"

#include <iterator>

namespace flowdesk {

PulldataTable::PulldataTable(std::vector<QStringList> records)
{
    if (records.empty())
        return;
    m_header = records.front();
    for (QString &name : m_header)
        name = name.trimmed();
    m_rows.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
}

int PulldataTable::columnOf(QStringView name) const
{
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        if (m_header.at(i) == name)
            return static_cast<int>(i);
    }
    return -1;
}

void PulldataTable::index(const QString &keyColumn)
{
    const int key = columnOf(keyColumn);
    if (key < 0 || m_indexes.contains(keyColumn))
        return;
    QHash<QString, int> &rows = m_indexes[keyColumn];
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const QString value = m_rows[r].value(key);
        if (!rows.contains(value))
            rows.insert(value, static_cast<int>(r));
    }
}

QString PulldataTable::lookup(QStringView column, QStringView keyColumn, QStringView key) const
{
    const int wanted = columnOf(column);
    const int keyAt = columnOf(keyColumn);
    if (wanted < 0 || keyAt < 0)
        return QString();
    const auto indexed = m_indexes.constFind(keyColumn.toString());
    if (indexed != m_indexes.constEnd()) {
        const auto row = indexed->constFind(key.toString());
        return row == indexed->constEnd() ? QString() : m_rows[static_cast<size_t>(*row)].value(wanted);
    }
    for (const QStringList &row : m_rows) {
        if (row.value(keyAt) == key)
            return row.value(wanted);
    }
    return QString();
}

} // namespace flowdesk
