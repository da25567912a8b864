#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace flowdesk {

// The office key's stored form: the Ed25519 seed (model/batch/officekey.h derives the pair from it).
struct StoredOfficeKey
{
    QByteArray seed; // 32 bytes
    QString office;
    QDateTime createdAt;
};

// A foreign office's public key an administrator trusted.
struct TrustedKey
{
    QString keyId;
    QByteArray publicKey; // 32 bytes
    QString office;
    QString trustedBy;
    QDateTime trustedAt;
};

// SQL for the office key and the trusted keys (migration 6). Internal to model/: OfficeKey and KeyRing in
// model/batch are the doors. Writes run in the caller's transaction.
class OfficeKeyStore
{
public:
    explicit OfficeKeyStore(const QString &connectionName) : m_connection(connectionName) {}

    std::optional<StoredOfficeKey> officeKey(QString *error) const;
    bool setOfficeName(const QString &office, QString *error);

    std::vector<TrustedKey> trusted(QString *error) const;
    std::optional<TrustedKey> trusted(const QString &keyId, QString *error) const;
    bool addTrusted(const TrustedKey &key, QString *error);
    // False with no error text when the key was not trusted.
    bool removeTrusted(const QString &keyId, QString *error);

private:
    QString m_connection;
};

} // namespace flowdesk
