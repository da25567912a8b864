#include "logindialog.h"

#include "accounts/accounts.h"
#include "common/applanguage.h"
#include "common/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace flowdesk {

LoginDialog::LoginDialog(Accounts &accounts, const QString &databaseName, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_name(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_message(theme::messageLabel(this)), m_language(applanguage::makeChooser(this)),
      m_nameLabel(new QLabel(this)), m_passwordLabel(new QLabel(this)), m_languageLabel(new QLabel(this)),
      m_databaseName(databaseName)
{
    setObjectName(QStringLiteral("loginDialog"));
    m_name->setObjectName(QStringLiteral("loginName"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_nameLabel->setBuddy(m_name);
    m_passwordLabel->setBuddy(m_password);
    m_languageLabel->setBuddy(m_language);

    auto *form = new QFormLayout;
    form->setSpacing(theme::kSpacing);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_languageLabel, m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_login = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    theme::addDialogHeader(layout, QStringLiteral(" "), QStringLiteral(" "), this);
    m_title = findChild<QLabel *>(QStringLiteral("pageTitle"));
    m_subtitle = findChild<QLabel *>(QStringLiteral("pageSubtitle"));
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    retranslate();
    m_name->setFocus();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Log in — FlowDesk"));
    m_name->setPlaceholderText(tr("account name"));
    m_nameLabel->setText(tr("&Account:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_languageLabel->setText(tr("Lan&guage:"));
    m_login->setText(tr("&Log in"));
    if (m_title)
        m_title->setText(tr("Log in"));
    if (m_subtitle)
        m_subtitle->setText(tr("Database: %1").arg(m_databaseName));
    if (!m_error.isEmpty())
        theme::showMessage(m_message, m_error);
    const int index = m_language->findData(applanguage::current());
    if (index != m_language->currentIndex())
        m_language->setCurrentIndex(index);
}

void LoginDialog::tryLogin()
{
    QString error;
    m_session = m_accounts.login(m_name->text().trimmed(), m_password->text(), &error);
    if (m_session) {
        accept();
        return;
    }
    m_error = error;
    theme::showMessage(m_message, error);
    m_password->clear();
    m_password->setFocus();
}

} // namespace flowdesk
