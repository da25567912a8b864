#include "reasonpanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace flowdesk {

ReasonPanel::ReasonPanel(QWidget *parent) : QFrame(parent), m_message(new QLabel(this)), m_reasons(new QComboBox(this))
{
    setObjectName(QStringLiteral("reasonPanel"));
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("reasonMessage"));
    m_reasons->setEditable(true);
    m_reasons->setObjectName(QStringLiteral("reasonBox"));
    m_reasons->setInsertPolicy(QComboBox::NoInsert);
    // The combo box holds the focus and hands keys to its line edit: both are watched.
    m_reasons->installEventFilter(this);
    m_reasons->lineEdit()->installEventFilter(this);
    m_reasons->setMinimumWidth(360);
    auto *hint = new QLabel(tr("Enter: keep the answer · Esc: correct it"), this);
    hint->setObjectName(QStringLiteral("reasonHint"));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Reason:"), this));
    row->addWidget(m_reasons, 1);
    row->addWidget(hint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->addWidget(m_message);
    layout->addLayout(row);
    hide();
}

void ReasonPanel::ask(Purpose purpose, const FieldRef &field, const QString &message)
{
    m_purpose = purpose;
    m_field = field;
    m_message->setText(purpose == Purpose::AcceptWarning ? tr("Keep this answer? %1").arg(message)
                                                         : tr("Keep this value as written on the paper? %1").arg(message));
    m_reasons->clear();
    if (purpose == Purpose::AcceptWarning)
        m_reasons->addItems({tr("Checked with the respondent"), tr("As written on the paper form"),
                             tr("Checked by the supervisor")});
    else
        m_reasons->addItems({tr("As written on the paper form"), tr("Checked with the enumerator")});
    m_reasons->setCurrentIndex(0);
    setProperty("purpose", purpose == Purpose::AcceptWarning ? "warning" : "error");
    style()->unpolish(this);
    style()->polish(this);
    show();
    m_reasons->setFocus();
    m_reasons->lineEdit()->selectAll();
}

bool ReasonPanel::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_reasons || watched == m_reasons->lineEdit()) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const QString reason = m_reasons->currentText().trimmed();
            if (!reason.isEmpty()) {
                hide();
                emit accepted(reason);
            }
            return true;
        }
        if (key == Qt::Key_Escape) {
            hide();
            emit cancelled();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace flowdesk
