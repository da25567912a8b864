#include "login.h"

#include "firstadministratordialog.h"
#include "logindialog.h"

#include "accounts/accounts.h"
#include "store/database.h"

#include <QFileInfo>

namespace flowdesk {

std::optional<Session> logIn(Database &database, QWidget *parent)
{
    Accounts accounts(database);
    const QString name = QFileInfo(database.path()).fileName();
    if (accounts.needsFirstAdministrator()) {
        FirstAdministratorDialog dialog(accounts, name, parent);
        return dialog.exec() == QDialog::Accepted ? dialog.session() : std::nullopt;
    }
    LoginDialog dialog(accounts, name, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.session() : std::nullopt;
}

} // namespace flowdesk
