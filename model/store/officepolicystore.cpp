#include "officepolicystore.h"

#include "sqlsupport.h"

namespace flowdesk {

namespace {
constexpr auto kAll = R"sql(SELECT key, value FROM office_policy)sql";
constexpr auto kSet = R"sql(
INSERT INTO office_policy (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value)sql";
} // namespace

std::map<QString, QString> OfficePolicyStore::all(QString *error) const
{
    std::map<QString, QString> values;
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kAll, error) || !sql::exec(q, u"Cannot read the office policy", error))
        return values;
    while (q.next())
        values[q.value(0).toString()] = q.value(1).toString();
    return values;
}

bool OfficePolicyStore::set(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q = sql::query(m_connection);
    if (!sql::prepare(q, kSet, error))
        return false;
    q.addBindValue(key);
    q.addBindValue(value);
    return sql::exec(q, u"Cannot change the office policy", error);
}

} // namespace flowdesk
