#include "officekeystore.h"

#include "sqlsupport.h"

namespace flowdesk {

namespace {
constexpr auto kOfficeKey = R"sql(SELECT seed, office, created_at FROM office_key WHERE one = 1)sql";
constexpr auto kSetOffice = R"sql(UPDATE office_key SET office = ? WHERE one = 1)sql";
constexpr auto kTrusted = R"sql(
SELECT key_id, public_key, office, trusted_by, trusted_at FROM trusted_keys ORDER BY trusted_at, key_id)sql";
constexpr auto kTrustedById = R"sql(
SELECT key_id, public_key, office, trusted_by, trusted_at FROM trusted_keys WHERE key_id = ?)sql";
constexpr auto kAddTrusted = R"sql(
INSERT INTO trusted_keys (key_id, public_key, office, trusted_by, trusted_at) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (key_id) DO UPDATE SET office = excluded.office)sql";
constexpr auto kRemoveTrusted = R"sql(DELETE FROM trusted_keys WHERE key_id = ?)sql";

TrustedKey readTrusted(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toByteArray(), q.value(2).toString(), q.value(3).toString(),
            sql::fromStoredTime(q.value(4))};
}
} // namespace

std::optional<StoredOfficeKey> OfficeKeyStore::officeKey(QString *error) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kOfficeKey, error) || !sql::exec(q, u"Cannot read the office key", error))
        return std::nullopt;
    if (!q.next()) {
        if (sql::endOfRows(q, u"Cannot read the office key", error))
            sql::fail(error, QStringLiteral("The database has no office key (schema older than version 7)."));
        return std::nullopt;
    }
    return StoredOfficeKey{q.value(0).toByteArray(), q.value(1).toString(), sql::fromStoredTime(q.value(2))};
}

bool OfficeKeyStore::setOfficeName(const QString &office, QString *error)
{
    QSqlQuery q = sql::query(m_connection);
    if (!sql::prepare(q, kSetOffice, error))
        return false;
    q.addBindValue(sql::nonNull(office));
    return sql::exec(q, u"Cannot name the office", error);
}

std::vector<TrustedKey> OfficeKeyStore::trusted(QString *error) const
{
    std::vector<TrustedKey> keys;
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kTrusted, error) || !sql::exec(q, u"Cannot read the trusted keys", error))
        return keys;
    while (q.next())
        keys.push_back(readTrusted(q));
    if (!sql::endOfRows(q, u"Cannot read the trusted keys", error))
        keys.clear();
    return keys;
}

std::optional<TrustedKey> OfficeKeyStore::trusted(const QString &keyId, QString *error) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kTrustedById, error))
        return std::nullopt;
    q.addBindValue(keyId);
    if (!sql::exec(q, u"Cannot read the trusted keys", error))
        return std::nullopt;
    if (!q.next()) {
        sql::endOfRows(q, u"Cannot read the trusted keys", error);
        return std::nullopt;
    }
    return readTrusted(q);
}

bool OfficeKeyStore::addTrusted(const TrustedKey &key, QString *error)
{
    QSqlQuery q = sql::query(m_connection);
    if (!sql::prepare(q, kAddTrusted, error))
        return false;
    q.addBindValue(key.keyId);
    q.addBindValue(key.publicKey);
    q.addBindValue(sql::nonNull(key.office));
    q.addBindValue(key.trustedBy);
    q.addBindValue(sql::toStoredTime(key.trustedAt));
    return sql::exec(q, u"Cannot trust the key", error);
}

bool OfficeKeyStore::removeTrusted(const QString &keyId, QString *error)
{
    QSqlQuery q = sql::query(m_connection);
    if (!sql::prepare(q, kRemoveTrusted, error))
        return false;
    q.addBindValue(keyId);
    if (!sql::exec(q, u"Cannot remove the trusted key", error))
        return false;
    return q.numRowsAffected() > 0;
}

} // namespace flowdesk
