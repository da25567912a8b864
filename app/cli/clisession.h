#pragma once

#include "accounts/session.h"

#include <QString>

#include <optional>

namespace flowdesk {
class Database;
}

namespace flowdesk::cli {

// Logs `user` in for a command that acts: the password from FLOWDESK_PASSWORD, else asked on the terminal
// without echo. Prints the refusal (wrong password, locked, disabled) to err() and returns nullopt.
std::optional<Session> logIn(Database &database, const QString &user, const char *command);

// A password typed twice (or FLOWDESK_NEW_PASSWORD), for new accounts and resets; empty when refused.
QString newPassword(const char *command);

} // namespace flowdesk::cli
