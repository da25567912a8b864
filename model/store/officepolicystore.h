#pragma once

#include <QString>

#include <map>

namespace flowdesk {

// The office_policy table (key -> text). Internal to model/: use OfficePolicy. Writes run in the caller's
// transaction.
class OfficePolicyStore
{
public:
    explicit OfficePolicyStore(const QString &connectionName) : m_connection(connectionName) {}

    std::map<QString, QString> all(QString *error) const;
    bool set(const QString &key, const QString &value, QString *error);

private:
    QString m_connection;
};

} // namespace flowdesk
