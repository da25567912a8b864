#pragma once

#include "accounts/session.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace flowdesk {

class Accounts;

// The first start of a new database: asks for the administrator's name and password (twice) and creates the
// account with Accounts::createFirstAdministrator, which also logs it in. Borrows `accounts`.
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    FirstAdministratorDialog(Accounts &accounts, const QString &databaseName, QWidget *parent = nullptr);

    const std::optional<Session> &session() const { return m_session; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QLabel *messageLabel() const { return m_message; }

private:
    void create();

    Accounts &m_accounts;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_message;
    QPushButton *m_create;
    std::optional<Session> m_session;
};

} // namespace flowdesk
