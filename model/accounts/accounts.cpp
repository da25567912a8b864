#include "accounts.h"

#include "password.h"
#include "store/accountstore.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/transaction.h"
#include "workflow/officepolicy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace flowdesk {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool validName(const QString &name, QString *error)
{
    if (name.isEmpty() || name.size() > 64)
        return fail(error, QCoreApplication::translate("flowdesk::Accounts",
                                                       "An account name has 1 to 64 characters."));
    for (QChar c : name) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return fail(error,
                        QCoreApplication::translate(
                            "flowdesk::Accounts", "The account name '%1' has a space or a control character: "
                                                  "use letters, digits, '.', '-' or '_'.")
                            .arg(name));
    }
    return true;
}

bool validPassword(const QString &password, QString *error)
{
    if (password.size() < 4)
        return fail(error, QCoreApplication::translate("flowdesk::Accounts",
                                                       "A password has at least 4 characters."));
    return true;
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// One audited account change: `change` runs inside the transaction before the audit entry is appended.
template<typename Change>
bool audited(Database &db, qint64 accountId, const QString &accountName, const QString &action,
             const QJsonObject &details, QString *error, Change change)
{
    const QString connection = db.connectionName();
    Transaction transaction(connection);
    AuditWriter audit(connection);
    if (!transaction.begin(error) || !audit.prepare(error) || !change())
        return false;
    AuditEntry entry;
    entry.accountId = accountId;
    entry.accountName = accountName;
    entry.action = action;
    entry.details = json(details);
    return audit.append(entry, error) && transaction.commit(error);
}

std::optional<AccountRecord> target(Database &db, const QString &name, QString *error)
{
    auto account = AccountStore(db.connectionName()).find(name, error);
    if (!account)
        fail(error, QCoreApplication::translate("flowdesk::Accounts", "There is no account '%1'.").arg(name));
    return account;
}

std::optional<qint64> insertAccount(Database &db, qint64 actorId, const QString &actorName, const QString &name,
                                    const QString &displayName, Role role, const QString &password,
                                    QString *error)
{
    if (!validName(name, error) || !validPassword(password, error))
        return std::nullopt;
    AccountStore store(db.connectionName());
    if (store.find(name, nullptr))
        return fail(error,
                    QCoreApplication::translate("flowdesk::Accounts", "There is already an account '%1'.")
                        .arg(name)),
               std::nullopt;
    AccountRecord record;
    record.name = name;
    record.displayName = displayName.isEmpty() ? name : displayName;
    record.role = role;
    record.passwordHash = password::hash(password);
    record.created = QDateTime::currentDateTimeUtc();
    if (record.passwordHash.isEmpty())
        return fail(error, QStringLiteral("Cannot hash the password (out of memory?).")), std::nullopt;
    qint64 id = 0;
    const bool ok = audited(db, actorId, actorName, QStringLiteral("account added"),
                            {{QStringLiteral("name"), name},
                             {QStringLiteral("display_name"), record.displayName},
                             {QStringLiteral("role"), roleName(role)}},
                            error, [&] { return (id = store.insert(record, error)) != 0; });
    if (!ok)
        return std::nullopt;
    return id;
}

} // namespace

Accounts::Accounts(Database &database) : m_db(database) {}

bool Accounts::needsFirstAdministrator() const
{
    return AccountStore(m_db.connectionName()).count(nullptr) == 0;
}

std::optional<Session> Accounts::createFirstAdministrator(const QString &name, const QString &password,
                                                          QString *error)
{
    if (!needsFirstAdministrator())
        return fail(error, QCoreApplication::translate(
                               "flowdesk::Accounts",
                               "This database already has accounts: an administrator adds the others.")),
               std::nullopt;
    const auto id = insertAccount(m_db, 0, name, name, name, Role::Administrator, password, error);
    if (!id)
        return std::nullopt;
    return Session(*id, name, name, Role::Administrator);
}

std::optional<Session> Accounts::login(const QString &name, const QString &password, QString *error)
{
    const QString refused =
        QCoreApplication::translate("flowdesk::Accounts", "Wrong account name or password.");
    AccountStore store(m_db.connectionName());
    QString why;
    const auto account = store.find(name, &why);
    if (!account) {
        // Audited too: someone is guessing names.
        audited(m_db, 0, name, QStringLiteral("login failed"), {{QStringLiteral("reason"), QStringLiteral("unknown account")}},
                nullptr, [] { return true; });
        return fail(error, why.isEmpty() ? refused : why), std::nullopt;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (account->lockedUntil.isValid() && account->lockedUntil > now) {
        audited(m_db, account->id, account->name, QStringLiteral("login failed"),
                {{QStringLiteral("reason"), QStringLiteral("locked")}}, nullptr, [] { return true; });
        const qint64 minutes = std::max<qint64>(1, (now.secsTo(account->lockedUntil) + 59) / 60);
        return fail(error, QCoreApplication::translate(
                               "flowdesk::Accounts",
                               "The account '%1' is locked after too many failed logins; try again in "
                               "%2 minute(s), or ask an administrator to reset the password.")
                               .arg(account->name)
                               .arg(minutes)),
               std::nullopt;
    }
    if (account->disabled) {
        audited(m_db, account->id, account->name, QStringLiteral("login failed"),
                {{QStringLiteral("reason"), QStringLiteral("disabled")}}, nullptr, [] { return true; });
        return fail(error, QCoreApplication::translate("flowdesk::Accounts", "The account '%1' is disabled.")
                               .arg(account->name)),
               std::nullopt;
    }
    if (!password::verify(account->passwordHash, password)) {
        const OfficePolicy policy = OfficePolicy::load(m_db);
        const int failures = account->failedLogins + 1;
        const bool lock = failures >= policy.lockoutAttempts;
        const QDateTime until = lock ? now.addSecs(60 * policy.lockoutMinutes) : QDateTime();
        audited(m_db, account->id, account->name, lock ? QStringLiteral("account locked") : QStringLiteral("login failed"),
                {{QStringLiteral("reason"), QStringLiteral("wrong password")}, {QStringLiteral("failures"), failures}},
                nullptr, [&] { return store.setLoginState(account->id, lock ? 0 : failures, until, nullptr); });
        if (lock)
            return fail(error, QCoreApplication::translate(
                                   "flowdesk::Accounts",
                                   "Wrong password %1 times in a row: the account '%2' is locked for %3 "
                                   "minutes.")
                                   .arg(failures)
                                   .arg(account->name)
                                   .arg(policy.lockoutMinutes)),
                   std::nullopt;
        return fail(error, refused), std::nullopt;
    }
    if (!audited(m_db, account->id, account->name, QStringLiteral("login"), {}, error,
                 [&] { return store.setLoginState(account->id, 0, QDateTime(), error); }))
        return std::nullopt;
    return Session(account->id, account->name, account->displayName, account->role);
}

std::optional<qint64> Accounts::add(const Session &session, const QString &name, const QString &displayName,
                                    Role role, const QString &password, QString *error)
{
    if (!authorize(m_db, session, Action::ManageAccounts, error))
        return std::nullopt;
    return insertAccount(m_db, session.accountId(), session.name(), name, displayName, role, password, error);
}

std::vector<AccountInfo> Accounts::list(const Session &session, QString *error) const
{
    std::vector<AccountInfo> result;
    if (!authorize(m_db, session, Action::ManageAccounts, error))
        return result;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const AccountRecord &a : AccountStore(m_db.connectionName()).list(error))
        result.push_back({a.id, a.name, a.displayName, a.role, a.disabled,
                          a.lockedUntil.isValid() && a.lockedUntil > now, a.created});
    return result;
}

bool Accounts::setDisabled(const Session &session, const QString &name, bool disabled, QString *error)
{
    if (!authorize(m_db, session, Action::ManageAccounts, error))
        return false;
    const auto account = target(m_db, name, error);
    if (!account)
        return false;
    if (disabled && account->id == session.accountId())
        return fail(
            error, QCoreApplication::translate("flowdesk::Accounts", "You cannot disable your own account."));
    return audited(m_db, session.accountId(), session.name(),
                   disabled ? QStringLiteral("account disabled") : QStringLiteral("account enabled"),
                   {{QStringLiteral("name"), account->name}}, error,
                   [&] { return AccountStore(m_db.connectionName()).setDisabled(account->id, disabled, error); });
}

bool Accounts::resetPassword(const Session &session, const QString &name, const QString &newPassword,
                             QString *error)
{
    if (!authorize(m_db, session, Action::ManageAccounts, error) || !validPassword(newPassword, error))
        return false;
    const auto account = target(m_db, name, error);
    if (!account)
        return false;
    const QString hashed = password::hash(newPassword);
    if (hashed.isEmpty())
        return fail(error, QStringLiteral("Cannot hash the password (out of memory?)."));
    return audited(m_db, session.accountId(), session.name(), QStringLiteral("password reset"),
                   {{QStringLiteral("name"), account->name}}, error,
                   [&] { return AccountStore(m_db.connectionName()).setPasswordHash(account->id, hashed, error); });
}

bool Accounts::authorize(Database &database, const Session &session, Action action, QString *error)
{
    if (!permits(session, action, error))
        return false;
    const auto account = AccountStore(database.connectionName()).find(session.accountId(), nullptr);
    if (!account || account->disabled)
        return fail(error, QCoreApplication::translate(
                               "flowdesk::Accounts", "The account '%1' is disabled or removed: log in again.")
                               .arg(session.name()));
    return true;
}

} // namespace flowdesk
