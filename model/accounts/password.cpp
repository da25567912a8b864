#include "password.h"

#include <sodium.h>

namespace flowdesk::password {

namespace {

bool ready()
{
    static const bool initialised = sodium_init() >= 0; // idempotent and thread-safe in libsodium
    return initialised;
}

} // namespace

QString hash(const QString &plain)
{
    if (!ready())
        return {};
    const QByteArray bytes = plain.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, bytes.constData(), static_cast<unsigned long long>(bytes.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &stored, const QString &plain)
{
    if (!ready() || stored.isEmpty())
        return false;
    const QByteArray hashed = stored.toLatin1();
    const QByteArray bytes = plain.toUtf8();
    return crypto_pwhash_str_verify(hashed.constData(), bytes.constData(),
                                    static_cast<unsigned long long>(bytes.size())) == 0;
}

} // namespace flowdesk::password
