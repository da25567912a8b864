#include "role.h"

namespace flowdesk {

QString roleName(Role role)
{
    switch (role) {
    case Role::Enumerator:
        return QStringLiteral("enumerator");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

Role roleFromName(QStringView name, bool *ok)
{
    for (Role role : kAllRoles) {
        if (name.compare(roleName(role), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return role;
        }
    }
    if (ok)
        *ok = false;
    return Role::Enumerator;
}

} // namespace flowdesk
