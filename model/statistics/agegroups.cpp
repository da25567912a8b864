#include "agegroups.h"

#include <QRegularExpression>

namespace flowdesk {

AgeGroups::AgeGroups()
{
    setBounds({0, 5, 12, 15, 18, 25, 60}, nullptr);
}

bool AgeGroups::setBounds(const std::vector<int> &bounds, QString *error)
{
    bool ok = !bounds.empty() && bounds.front() == 0 && bounds.back() < 127;
    for (size_t i = 1; ok && i < bounds.size(); ++i)
        ok = bounds[i] > bounds[i - 1];
    if (!ok) {
        if (error)
            *error = QStringLiteral("Age groups must start at 0 and increase, below 127 years.");
        return false;
    }
    m_bounds = bounds;
    m_groupByAge.assign(128, 0);
    int group = 0;
    for (int age = 0; age < 128; ++age) {
        while (group + 1 < int(m_bounds.size()) && age >= m_bounds[size_t(group) + 1])
            ++group;
        m_groupByAge[size_t(age)] = static_cast<signed char>(group);
    }
    return true;
}

bool AgeGroups::parse(const QString &text, QString *error)
{
    std::vector<int> bounds;
    static const QRegularExpression separator(QStringLiteral("[,;\\s]+"));
    for (const QString &part : text.split(separator, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int lower = part.section(u'-', 0, 0).remove(u'+').toInt(&ok);
        if (!ok) {
            if (error)
                *error = QStringLiteral("'%1' is not an age group (write them as 0-4, 5-11, ..., 60+).").arg(part);
            return false;
        }
        bounds.push_back(lower);
    }
    return setBounds(bounds, error);
}

int AgeGroups::groupOf(int age) const
{
    if (age < 0)
        return -1;
    return m_groupByAge[size_t(age > 127 ? 127 : age)];
}

QString AgeGroups::label(int group) const
{
    const auto g = size_t(group);
    if (g + 1 >= m_bounds.size())
        return QStringLiteral("%1+").arg(m_bounds[g]);
    return QStringLiteral("%1-%2").arg(m_bounds[g]).arg(m_bounds[g + 1] - 1);
}

QStringList AgeGroups::labels() const
{
    QStringList list;
    for (int g = 0; g < count(); ++g)
        list << label(g);
    return list;
}

QString AgeGroups::text() const
{
    return labels().join(QStringLiteral(", "));
}

} // namespace flowdesk
