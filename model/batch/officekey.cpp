#include "officekey.h"

#include "accounts/accounts.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

#include <sodium.h>

namespace flowdesk {

namespace ed25519 {

namespace {
QByteArray sha256(const QByteArray &bytes)
{
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                       reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()));
    return digest;
}
bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

QString keyId(const QByteArray &publicKey)
{
    return QString::fromLatin1(sha256(publicKey).toHex().left(16));
}

QString fingerprint(const QByteArray &publicKey)
{
    const QByteArray hex = sha256(publicKey).toHex().left(32);
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(u' ');
}

QByteArray publicKeyFromSeed(const QByteArray &seed)
{
    if (!ready() || seed.size() != int(crypto_sign_SEEDBYTES))
        return {};
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pk.data()), sk,
                             reinterpret_cast<const unsigned char *>(seed.constData()));
    sodium_memzero(sk, sizeof sk);
    return pk;
}

QByteArray sign(const QByteArray &seed, const QByteArray &message)
{
    if (!ready() || seed.size() != int(crypto_sign_SEEDBYTES))
        return {};
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(pk, sk, reinterpret_cast<const unsigned char *>(seed.constData()));
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()), sk);
    sodium_memzero(sk, sizeof sk);
    return signature;
}

bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (!ready() || publicKey.size() != int(crypto_sign_PUBLICKEYBYTES) || signature.size() != int(crypto_sign_BYTES))
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

} // namespace ed25519

std::optional<OfficeKey> OfficeKey::load(Database &database, QString *error)
{
    const auto stored = OfficeKeyStore(database.connectionName()).officeKey(error);
    if (!stored)
        return std::nullopt;
    OfficeKey key;
    key.m_seed = stored->seed;
    key.m_public = ed25519::publicKeyFromSeed(stored->seed);
    key.m_office = stored->office;
    if (key.m_public.isEmpty()) {
        if (error)
            *error = QStringLiteral("The office key in %1 is not usable (libsodium failed or the seed is damaged).")
                         .arg(database.path());
        return std::nullopt;
    }
    return key;
}

QString OfficeKey::officeLabel() const
{
    return m_office.isEmpty() ? QStringLiteral("office %1").arg(keyId()) : m_office;
}

namespace {

bool audited(Database &db, const Session &session, const QString &action, const QJsonObject &details,
             const std::function<bool(QString *)> &change, QString *error)
{
    const QString connection = db.connectionName();
    Transaction transaction(connection);
    AuditWriter audit(connection);
    if (!transaction.begin(error) || !audit.prepare(error) || !change(error))
        return false;
    AuditEntry entry;
    entry.accountId = session.accountId();
    entry.accountName = session.name();
    entry.action = action;
    entry.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return audit.append(entry, error) && transaction.commit(error);
}

} // namespace

std::vector<TrustedKey> KeyRing::trusted(QString *error) const
{
    return OfficeKeyStore(m_db.connectionName()).trusted(error);
}

bool KeyRing::isTrusted(const QByteArray &publicKey, QString *error) const
{
    const auto own = OfficeKey::load(m_db, error);
    if (own && own->publicKey() == publicKey)
        return true;
    const auto stored = OfficeKeyStore(m_db.connectionName()).trusted(ed25519::keyId(publicKey), error);
    return stored && stored->publicKey == publicKey;
}

bool KeyRing::trust(const Session &session, const QByteArray &publicKey, const QString &office, QString *error)
{
    if (!Accounts::authorize(m_db, session, Action::Import, error))
        return false;
    if (publicKey.size() != int(crypto_sign_PUBLICKEYBYTES)) {
        if (error)
            *error = QStringLiteral("That is not an Ed25519 public key (%1 bytes, not 32).").arg(publicKey.size());
        return false;
    }
    const TrustedKey key{ed25519::keyId(publicKey), publicKey, office.trimmed(), session.name(),
                         QDateTime::currentDateTimeUtc()};
    return audited(m_db, session, QStringLiteral("key trusted"),
                   {{QStringLiteral("key_id"), key.keyId},
                    {QStringLiteral("fingerprint"), ed25519::fingerprint(publicKey)},
                    {QStringLiteral("office"), key.office}},
                   [&](QString *why) { return OfficeKeyStore(m_db.connectionName()).addTrusted(key, why); }, error);
}

bool KeyRing::untrust(const Session &session, const QString &keyId, QString *error)
{
    if (!Accounts::authorize(m_db, session, Action::Import, error))
        return false;
    return audited(m_db, session, QStringLiteral("key untrusted"), {{QStringLiteral("key_id"), keyId}},
                   [&](QString *why) {
                       QString failure;
                       if (OfficeKeyStore(m_db.connectionName()).removeTrusted(keyId, &failure))
                           return true;
                       if (why)
                           *why = !failure.isEmpty() ? failure
                                                     : QStringLiteral("No trusted key has the id %1.").arg(keyId);
                       return false;
                   },
                   error);
}

bool KeyRing::setOfficeName(const Session &session, const QString &office, QString *error)
{
    if (!Accounts::authorize(m_db, session, Action::ChangeOfficePolicy, error))
        return false;
    return audited(m_db, session, QStringLiteral("office named"), {{QStringLiteral("office"), office.trimmed()}},
                   [&](QString *why) { return OfficeKeyStore(m_db.connectionName()).setOfficeName(office.trimmed(), why); },
                   error);
}

} // namespace flowdesk
