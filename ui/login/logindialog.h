#pragma once

#include "accounts/session.h"

#include <QDialog>

#include <optional>

class QComboBox;
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
    QComboBox *languageBox() const { return m_language; }

protected:
    // The texts follow a language chosen here (or anywhere) at once.
    void changeEvent(QEvent *event) override;

private:
    void tryLogin();
    void retranslate();

    Accounts &m_accounts;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_login;
    QComboBox *m_language;
    QLabel *m_nameLabel;
    QLabel *m_passwordLabel;
    QLabel *m_languageLabel;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QString m_databaseName;
    QString m_error; // the model's refusal shown, kept to show again in the new language
    std::optional<Session> m_session;
};

} // namespace flowdesk
