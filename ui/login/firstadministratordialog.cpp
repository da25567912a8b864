#include "firstadministratordialog.h"

#include "accounts/accounts.h"
#include "common/theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace flowdesk {

FirstAdministratorDialog::FirstAdministratorDialog(Accounts &accounts, const QString &databaseName, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_name(new QLineEdit(QStringLiteral("admin"), this)),
      m_password(new QLineEdit(this)), m_confirm(new QLineEdit(this)), m_message(theme::messageLabel(this))
{
    setObjectName(QStringLiteral("firstAdministratorDialog"));
    setWindowTitle(tr("New database — FlowDesk"));
    m_name->setObjectName(QStringLiteral("adminName"));
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_confirm->setObjectName(QStringLiteral("adminConfirm"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->setSpacing(theme::kSpacing);
    form->addRow(tr("&Administrator:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_confirm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create and log in"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    theme::addDialogHeader(layout, tr("Create the administrator"),
                           tr("%1 has no accounts yet. The administrator adds the office's other accounts.")
                               .arg(databaseName),
                           this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_password->setFocus();
}

void FirstAdministratorDialog::create()
{
    if (m_password->text() != m_confirm->text()) {
        theme::showMessage(m_message, tr("The two passwords differ: type the same password twice."));
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    QString error;
    m_session = m_accounts.createFirstAdministrator(m_name->text().trimmed(), m_password->text(), &error);
    if (m_session) {
        accept();
        return;
    }
    theme::showMessage(m_message, error);
}

} // namespace flowdesk
