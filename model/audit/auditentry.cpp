#include "auditentry.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace flowdesk::audit {

QString genesisHash()
{
    return QString(64, u'0');
}

QByteArray canonicalBytes(const AuditEntry &entry)
{
    // QJsonObject keeps its keys sorted, so the same entry always gives the same bytes. Times as integers
    // (ms since the epoch, UTC): the stored form, with no time zone to drift.
    QJsonObject object;
    object.insert(QStringLiteral("seq"), entry.seq);
    object.insert(QStringLiteral("at"), entry.at.toMSecsSinceEpoch());
    object.insert(QStringLiteral("account_id"), entry.accountId);
    object.insert(QStringLiteral("account"), entry.accountName);
    object.insert(QStringLiteral("action"), entry.action);
    object.insert(QStringLiteral("interview"), entry.interviewId);
    object.insert(QStringLiteral("details"), entry.details);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString chainHash(const QString &prevHash, const AuditEntry &entry)
{
    const QByteArray bytes = prevHash.toLatin1() + canonicalBytes(entry);
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), crypto_hash_sha256_BYTES).toHex());
}

} // namespace flowdesk::audit
