#include "logindialog.h"

#include "accounts/accounts.h"
#include "common/theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace flowdesk {

LoginDialog::LoginDialog(Accounts &accounts, const QString &databaseName, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_name(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_message(theme::messageLabel(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in — FlowDesk"));
    m_name->setObjectName(QStringLiteral("loginName"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_name->setPlaceholderText(tr("account name"));

    auto *form = new QFormLayout;
    form->setSpacing(theme::kSpacing);
    form->addRow(tr("&Account:"), m_name);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_login = buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    theme::addDialogHeader(layout, tr("Log in"), tr("Database: %1").arg(databaseName), this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_name->setFocus();
}

void LoginDialog::tryLogin()
{
    QString error;
    m_session = m_accounts.login(m_name->text().trimmed(), m_password->text(), &error);
    if (m_session) {
        accept();
        return;
    }
    theme::showMessage(m_message, error);
    m_password->clear();
    m_password->setFocus();
}

} // namespace flowdesk
