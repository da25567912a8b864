#pragma once

#include "accounts/session.h"
#include "store/officekeystore.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace flowdesk {

class Database;

// Ed25519 (libsodium crypto_sign_*) for batches. A key is named by its id, the first 16 hex digits of the
// SHA-256 of the public key, and shown to people as its fingerprint, the first 32 hex digits in groups of four,
// which is what two offices read to each other on the phone before trusting.
namespace ed25519 {
QString keyId(const QByteArray &publicKey);
QString fingerprint(const QByteArray &publicKey);
// Detached signature over `message` with the pair from `seed` (32 bytes).
QByteArray sign(const QByteArray &seed, const QByteArray &message);
bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
QByteArray publicKeyFromSeed(const QByteArray &seed);
} // namespace ed25519

// This office's key pair (made by migration 6, see model/store/migrations.cpp) and the keys it trusts.
class OfficeKey
{
public:
    static std::optional<OfficeKey> load(Database &database, QString *error);

    QString keyId() const { return ed25519::keyId(m_public); }
    QString fingerprint() const { return ed25519::fingerprint(m_public); }
    const QByteArray &publicKey() const { return m_public; }
    QString office() const { return m_office; }
    // The name batches carry: the office name an administrator set, else "office <key id>".
    QString officeLabel() const;
    QByteArray sign(const QByteArray &message) const { return ed25519::sign(m_seed, message); }

private:
    QByteArray m_seed;
    QByteArray m_public;
    QString m_office;
};

// The keys an administrator trusted (Action::Import: the same people who may import), each change audited.
class KeyRing
{
public:
    explicit KeyRing(Database &database) : m_db(database) {}

    std::vector<TrustedKey> trusted(QString *error) const;
    // Whether batches signed with `publicKey` import here: our own key, or one trusted.
    bool isTrusted(const QByteArray &publicKey, QString *error) const;
    bool trust(const Session &session, const QByteArray &publicKey, const QString &office, QString *error);
    bool untrust(const Session &session, const QString &keyId, QString *error);
    // Administrators name their office (Action::ChangeOfficePolicy).
    bool setOfficeName(const Session &session, const QString &office, QString *error);

private:
    Database &m_db;
};

} // namespace flowdesk
