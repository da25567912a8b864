#pragma once

#include "role.h"

#include <QString>

namespace flowdesk {

class Accounts;

// Who is logged in. Only Accounts makes one (login, or the first administrator), so holding a Session means a
// password was checked; every change in model/ takes one and acts as that account. A value: copy it freely.
// The account may be disabled after login: the services check it again at every change.
class Session
{
public:
    qint64 accountId() const { return m_accountId; }
    const QString &name() const { return m_name; } // the login, unique; what interviews.enumerator holds
    const QString &displayName() const { return m_displayName; }
    Role role() const { return m_role; }

private:
    friend class Accounts;
    Session(qint64 accountId, QString name, QString displayName, Role role)
        : m_accountId(accountId), m_name(std::move(name)), m_displayName(std::move(displayName)), m_role(role)
    {
    }
    qint64 m_accountId = 0;
    QString m_name;
    QString m_displayName;
    Role m_role = Role::Enumerator;
};

} // namespace flowdesk
