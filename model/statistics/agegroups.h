#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace flowdesk {

// Age groups for disaggregation, as lower bounds in years: {0, 5, 12, 15, 18, 25, 60} is 0-4, 5-11, 12-14,
// 15-17, 18-24, 25-59, 60+ (UNICEF/DTM's default). Whatever the groups, children (0-17) are always available as a
// total: filters and the children's figures use isChild(), not the groups.
class AgeGroups
{
public:
    AgeGroups();
    // Bounds must start at 0, increase, and each be a whole number of years; otherwise the defaults are kept and
    // `error` says why.
    bool setBounds(const std::vector<int> &bounds, QString *error);
    // "0-4, 5-11, 12-14, 15-17, 18-24, 25-59, 60+" or "0,5,12,15,18,25,60".
    bool parse(const QString &text, QString *error);

    const std::vector<int> &bounds() const { return m_bounds; }
    int count() const { return int(m_bounds.size()); }
    // The group of an age, -1 for a negative (keying error) or absent age.
    int groupOf(int age) const;
    QString label(int group) const;
    QStringList labels() const;
    QString text() const; // "0-4, 5-11, ..."
    static bool isChild(int age) { return age >= 0 && age < 18; }

private:
    std::vector<int> m_bounds;
    std::vector<signed char> m_groupByAge; // 0..127
};

} // namespace flowdesk
