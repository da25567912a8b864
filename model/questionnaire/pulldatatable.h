#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace flowdesk {

// A CSV file a form reads with pulldata('file', 'column', 'key_column', key): ODK's external data, the first
// row naming the columns. Immutable once built; safe to share between threads.
class PulldataTable
{
public:
    PulldataTable() = default;
    explicit PulldataTable(std::vector<QStringList> records);

    // The `column` of the first row whose `keyColumn` equals `key`; empty when no row or column matches.
    QString lookup(QStringView column, QStringView keyColumn, QStringView key) const;
    // Looks by `keyColumn` go through a hash from then on (built while the questionnaire is read, so that lookups
    // stay read-only and thread-safe).
    void index(const QString &keyColumn);
    qsizetype rowCount() const { return static_cast<qsizetype>(m_rows.size()); }

private:
    int columnOf(QStringView name) const;

    QStringList m_header;
    std::vector<QStringList> m_rows;
    QHash<QString, QHash<QString, int>> m_indexes; // key column -> key -> first row
};

} // namespace flowdesk
