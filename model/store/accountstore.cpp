#include "accountstore.h"

#include "sqlsupport.h"

namespace flowdesk {

namespace {

constexpr auto kCount = R"sql(SELECT COUNT(*) FROM accounts)sql";
constexpr auto kFindByName = R"sql(
SELECT id, name, display_name, role, password_hash, disabled, failed_logins, locked_until, created_at
FROM accounts WHERE name = ?)sql";
constexpr auto kFindById = R"sql(
SELECT id, name, display_name, role, password_hash, disabled, failed_logins, locked_until, created_at
FROM accounts WHERE id = ?)sql";
constexpr auto kList = R"sql(
SELECT id, name, display_name, role, password_hash, disabled, failed_logins, locked_until, created_at
FROM accounts ORDER BY name)sql";
constexpr auto kInsert = R"sql(
INSERT INTO accounts (name, display_name, role, password_hash, disabled, failed_logins, created_at)
VALUES (?, ?, ?, ?, ?, 0, ?))sql";
constexpr auto kSetLoginState = R"sql(UPDATE accounts SET failed_logins = ?, locked_until = ? WHERE id = ?)sql";
constexpr auto kSetDisabled = R"sql(UPDATE accounts SET disabled = ? WHERE id = ?)sql";
constexpr auto kSetPassword = R"sql(
UPDATE accounts SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?)sql";

AccountRecord read(const QSqlQuery &q)
{
    AccountRecord a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = roleFromName(q.value(3).toString());
    a.passwordHash = q.value(4).toString();
    a.disabled = q.value(5).toInt() != 0;
    a.failedLogins = q.value(6).toInt();
    a.lockedUntil = sql::fromStoredTime(q.value(7));
    a.created = sql::fromStoredTime(q.value(8));
    return a;
}

std::optional<AccountRecord> findOne(const QString &connection, const char *statement, const QVariant &key,
                                     QString *error)
{
    QSqlQuery q = sql::query(connection, true);
    if (!sql::prepareKept(q, connection, statement, error))
        return std::nullopt;
    q.addBindValue(key);
    if (!sql::exec(q, u"Cannot read the accounts", error) || !q.next())
        return std::nullopt;
    AccountRecord account = read(q);
    q.finish();
    return account;
}

bool update(const QString &connection, const char *statement, const QVariantList &values, QString *error)
{
    QSqlQuery q = sql::query(connection);
    if (!sql::prepare(q, statement, error))
        return false;
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!sql::exec(q, u"Cannot change the account", error))
        return false;
    return q.numRowsAffected() == 1 || sql::fail(error, QStringLiteral("The account no longer exists."));
}

} // namespace

qint64 AccountStore::count(QString *error) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kCount, error) || !sql::exec(q, u"Cannot read the accounts", error))
        return -1;
    return q.next() ? q.value(0).toLongLong() : -1;
}

std::optional<AccountRecord> AccountStore::find(const QString &name, QString *error) const
{
    return findOne(m_connection, kFindByName, name, error);
}

std::optional<AccountRecord> AccountStore::find(qint64 id, QString *error) const
{
    return findOne(m_connection, kFindById, id, error);
}

std::vector<AccountRecord> AccountStore::list(QString *error) const
{
    std::vector<AccountRecord> accounts;
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kList, error) || !sql::exec(q, u"Cannot read the accounts", error))
        return accounts;
    while (q.next())
        accounts.push_back(read(q));
    return accounts;
}

qint64 AccountStore::insert(const AccountRecord &account, QString *error)
{
    QSqlQuery q = sql::query(m_connection);
    if (!sql::prepare(q, kInsert, error))
        return 0;
    q.addBindValue(account.name);
    q.addBindValue(sql::nonNull(account.displayName));
    q.addBindValue(roleName(account.role));
    q.addBindValue(account.passwordHash);
    q.addBindValue(account.disabled ? 1 : 0);
    q.addBindValue(sql::toStoredTime(account.created));
    if (!sql::exec(q, QStringLiteral("Cannot add the account '%1'").arg(account.name), error))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool AccountStore::setLoginState(qint64 id, int failedLogins, const QDateTime &lockedUntil, QString *error)
{
    return update(m_connection, kSetLoginState, {failedLogins, sql::toStoredTime(lockedUntil), id}, error);
}

bool AccountStore::setDisabled(qint64 id, bool disabled, QString *error)
{
    return update(m_connection, kSetDisabled, {disabled ? 1 : 0, id}, error);
}

bool AccountStore::setPasswordHash(qint64 id, const QString &hash, QString *error)
{
    return update(m_connection, kSetPassword, {hash, id}, error);
}

} // namespace flowdesk
