#pragma once

#include <QString>
#include <QStringView>

#include <array>

namespace flowdesk {

// What an account is in the office. Stored by name ("enumerator"...), CHECKed in the accounts table.
enum class Role { Enumerator, Reviewer, Supervisor, Administrator };
inline constexpr std::array kAllRoles{Role::Enumerator, Role::Reviewer, Role::Supervisor, Role::Administrator};

QString roleName(Role role);                                 // "enumerator": also the stored spelling
Role roleFromName(QStringView name, bool *ok = nullptr);     // case-insensitive; Enumerator when unknown

} // namespace flowdesk
