#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace flowdesk {

// One line of the audit log. `details` is canonical JSON (QJsonDocument compact, keys sorted) or plain text.
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    qint64 accountId = 0; // 0 when no account acted (a failed login for an unknown name)
    QString accountName;
    QString action;       // "answer", "status", "comment", "login", "login failed", "account"...
    qint64 interviewId = 0; // 0 when the entry is not about one interview
    QString details;
    QString prevHash;     // hex; kGenesisHash for the first entry
    QString hash;         // hex SHA-256 over prevHash and canonicalBytes()
};

namespace audit {

// The hash the first entry chains to.
QString genesisHash();
// The bytes an entry's hash covers: compact JSON with sorted keys of every field but the two hashes.
QByteArray canonicalBytes(const AuditEntry &entry);
// SHA-256 (libsodium) over `prevHash` (its ASCII hex) followed by the canonical bytes, as lower-case hex.
QString chainHash(const QString &prevHash, const AuditEntry &entry);

} // namespace audit
} // namespace flowdesk
