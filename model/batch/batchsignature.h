#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace flowdesk {

class OfficeKey;

// datapackage.json.sig: a detached Ed25519 signature over datapackage.json's exact bytes, with the key that
// made it, as a small JSON object:
//   {"algorithm": "ed25519", "key_id": "<16 hex>", "public_key": "<base64>", "signature": "<base64>"}
// The public key travels with it so an importer can show which office signed and an administrator can trust it
// (flowdesk-cli key trust --from BATCH); trust, not the file, decides whether it imports.
struct BatchSignature
{
    QString keyId;
    QByteArray publicKey;
    QByteArray signature;

    static BatchSignature make(const OfficeKey &key, const QByteArray &manifest);
    QByteArray toJson() const;
    // nullopt with `error` saying what is wrong with the file.
    static std::optional<BatchSignature> parse(const QByteArray &json, QString *error);
    bool verifies(const QByteArray &manifest) const;
};

} // namespace flowdesk
