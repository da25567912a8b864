#pragma once

#include "accounts/role.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace flowdesk {

class Database;

// One stored account. The password hash never leaves model/ (Accounts compares it).
struct AccountRecord
{
    qint64 id = 0;
    QString name;
    QString displayName;
    Role role = Role::Enumerator;
    QString passwordHash;
    bool disabled = false;
    int failedLogins = 0;
    QDateTime lockedUntil; // invalid when not locked
    QDateTime created;
};

// The accounts table. Internal to model/: use Accounts, which checks permissions and audits. Each write runs in
// the caller's transaction.
class AccountStore
{
public:
    explicit AccountStore(const QString &connectionName) : m_connection(connectionName) {}

    qint64 count(QString *error) const; // -1 on error
    std::optional<AccountRecord> find(const QString &name, QString *error) const;
    std::optional<AccountRecord> find(qint64 id, QString *error) const;
    std::vector<AccountRecord> list(QString *error) const;

    qint64 insert(const AccountRecord &account, QString *error); // the new id, 0 on failure
    bool setLoginState(qint64 id, int failedLogins, const QDateTime &lockedUntil, QString *error);
    bool setDisabled(qint64 id, bool disabled, QString *error);
    bool setPasswordHash(qint64 id, const QString &hash, QString *error);

private:
    QString m_connection;
};

} // namespace flowdesk
