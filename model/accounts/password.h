#pragma once

#include <QString>

namespace flowdesk::password {

// Argon2id via libsodium's crypto_pwhash_str with the INTERACTIVE limits (64 MiB, about 0.1 s here): the
// result holds algorithm, parameters and salt, so stronger limits later still verify old hashes. Thread-safe.
// Returns an empty string when hashing fails (out of memory).
QString hash(const QString &plain);
bool verify(const QString &stored, const QString &plain);

} // namespace flowdesk::password
