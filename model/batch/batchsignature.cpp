#include "batchsignature.h"

#include "officekey.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace flowdesk {

BatchSignature BatchSignature::make(const OfficeKey &key, const QByteArray &manifest)
{
    return {key.keyId(), key.publicKey(), key.sign(manifest)};
}

QByteArray BatchSignature::toJson() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("ed25519")},
                                     {QStringLiteral("key_id"), keyId},
                                     {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())},
                                     {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}})
        .toJson(QJsonDocument::Indented);
}

std::optional<BatchSignature> BatchSignature::parse(const QByteArray &json, QString *error)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    BatchSignature s;
    s.keyId = o.value(u"key_id").toString();
    s.publicKey = QByteArray::fromBase64(o.value(u"public_key").toString().toLatin1());
    s.signature = QByteArray::fromBase64(o.value(u"signature").toString().toLatin1());
    if (o.value(u"algorithm").toString() != u"ed25519" || s.publicKey.size() != 32 || s.signature.size() != 64 ||
        s.keyId != ed25519::keyId(s.publicKey)) {
        if (error)
            *error = QStringLiteral("datapackage.json.sig is not a FlowDesk Ed25519 signature.");
        return std::nullopt;
    }
    return s;
}

bool BatchSignature::verifies(const QByteArray &manifest) const
{
    return ed25519::verify(publicKey, manifest, signature);
}

} // namespace flowdesk
