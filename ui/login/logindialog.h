#pragma once

#include "accounts/session.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace flowdesk {

class Accounts;

// Asks for an account name and password and checks them with Accounts::login. A refusal (wrong password, locked
// or disabled account) is shown in the dialog in the model's words, the password is cleared and the dialog stays
// open; accept() only follows a successful login. Borrows `accounts`, which must outlive the dialog.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(Accounts &accounts, const QString &databaseName, QWidget *parent = nullptr);

    const std::optional<Session> &session() const { return m_session; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *messageLabel() const { return m_message; }

private:
    void tryLogin();

    Accounts &m_accounts;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_login;
    std::optional<Session> m_session;
};

} // namespace flowdesk
