#pragma once

#include "accounts/session.h"

#include <optional>

class QWidget;

namespace flowdesk {

class Database;

// Who uses the database: the first administrator on a new database, else a login. nullopt when the user cancels.
std::optional<Session> logIn(Database &database, QWidget *parent = nullptr);

} // namespace flowdesk
