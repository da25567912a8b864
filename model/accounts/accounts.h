#pragma once

#include "permissions.h"
#include "role.h"
#include "session.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace flowdesk {

class Database;

// What the account list shows (never the password hash).
struct AccountInfo
{
    qint64 id = 0;
    QString name;
    QString displayName;
    Role role = Role::Enumerator;
    bool disabled = false;
    bool locked = false; // locked now by failed logins
    QDateTime created;
};

// Local accounts: login with lockout, the first administrator, and account management. Every change is one
// transaction with its audit entry; every refusal (permission, bad input, wrong password) says why in `error`
// and changes nothing except what a failed login must record (the failed count, the lock, its audit entry).
// Borrows the Database, which must outlive it. Use from the thread that opened the Database.
class Accounts
{
public:
    explicit Accounts(Database &database);

    // True when the database has no account yet: the GUI then asks for the first administrator's password.
    bool needsFirstAdministrator() const;
    // Creates the first account, an administrator, and logs it in. Refused once any account exists.
    std::optional<Session> createFirstAdministrator(const QString &name, const QString &password, QString *error);

    // Checks the password. After OfficePolicy::lockoutAttempts failures in a row the account is locked for
    // lockoutMinutes; a login while locked is refused without checking the password. A disabled account cannot
    // log in. Successes, failures and locks are audited. The message never says whether the name exists.
    std::optional<Session> login(const QString &name, const QString &password, QString *error);

    // Administrators (Action::ManageAccounts) only. Names are 1-64 characters without spaces or control
    // characters; passwords at least 4 characters.
    std::optional<qint64> add(const Session &session, const QString &name, const QString &displayName, Role role,
                              const QString &password, QString *error);
    std::vector<AccountInfo> list(const Session &session, QString *error) const;
    // An administrator cannot disable their own account (the office would be left without one).
    bool setDisabled(const Session &session, const QString &name, bool disabled, QString *error);
    // Also clears a lock.
    bool resetPassword(const Session &session, const QString &name, const QString &newPassword, QString *error);

    // For the services: permits(session, action) and the account still exists and is enabled (it may have been
    // disabled since it logged in). Runs one small query.
    static bool authorize(Database &database, const Session &session, Action action, QString *error);

private:
    Database &m_db;
};

} // namespace flowdesk
