#include "textquestion.h"

#include "questionnaire/questionnaire.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace flowdesk {

TextQuestion::TextQuestion(const Item &item, QWidget *parent) : QuestionWidget(item, parent)
{
    if (item.appearance.contains(u"multiline")) {
        m_lines = new QPlainTextEdit(this);
        m_lines->setTabChangesFocus(true);
        m_lines->setMaximumHeight(110);
        m_lines->setObjectName(QStringLiteral("editor"));
        body()->addWidget(m_lines);
        connect(m_lines, &QPlainTextEdit::textChanged, this, &QuestionWidget::edited);
    } else {
        m_line = new QLineEdit(this);
        m_line->setObjectName(QStringLiteral("editor"));
        if (item.appearance.contains(u"numbers"))
            m_line->setLayoutDirection(Qt::LeftToRight);
        body()->addWidget(m_line);
        connect(m_line, &QLineEdit::textEdited, this, &QuestionWidget::edited);
    }
}

QWidget *TextQuestion::editor() const
{
    return m_lines ? static_cast<QWidget *>(m_lines) : m_line;
}

QString TextQuestion::value() const
{
    return (m_lines ? m_lines->toPlainText() : m_line->text()).trimmed();
}

void TextQuestion::showValue(const QString &value)
{
    if (m_lines)
        m_lines->setPlainText(value);
    else
        m_line->setText(value);
}

AcknowledgeQuestion::AcknowledgeQuestion(const Item &item, QWidget *parent)
    : QuestionWidget(item, parent), m_box(new QCheckBox(tr("OK"), this))
{
    m_box->setObjectName(QStringLiteral("editor"));
    m_box->installEventFilter(this);
    body()->addWidget(m_box);
    connect(m_box, &QCheckBox::toggled, this, &QuestionWidget::edited);
}

QWidget *AcknowledgeQuestion::editor() const
{
    return m_box;
}

QString AcknowledgeQuestion::value() const
{
    return m_box->isChecked() ? QStringLiteral("OK") : QString();
}

void AcknowledgeQuestion::showValue(const QString &value)
{
    m_box->setChecked(!value.isEmpty());
}

bool AcknowledgeQuestion::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_box && event->type() == QEvent::KeyPress) {
        const QString text = static_cast<QKeyEvent *>(event)->text().toLower();
        if (text == u"1" || text == u"y") {
            m_box->setChecked(true);
            return true;
        }
        if (text == u"0" || text == u"n") {
            m_box->setChecked(false);
            return true;
        }
    }
    return QuestionWidget::eventFilter(watched, event);
}

ReadOnlyRow::ReadOnlyRow(const Item &item, EntryField::Kind kind, QWidget *parent) : QuestionWidget(item, parent)
{
    const char *role = "note";
    switch (kind) {
    case EntryField::Kind::Calculated:
        role = "calculated";
        m_value = new QLabel(this);
        m_value->setObjectName(QStringLiteral("calculatedValue"));
        m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        body()->addWidget(m_value);
        break;
    case EntryField::Kind::Group:
        role = "group";
        break;
    case EntryField::Kind::Repeat:
        role = "repeat";
        break;
    case EntryField::Kind::Instance:
        role = "instance";
        break;
    case EntryField::Kind::Unsupported:
        role = "unsupported";
        m_value = new QLabel(tr("Not captured on the desktop (%1).").arg(item.typeText), this);
        body()->addWidget(m_value);
        break;
    default:
        break;
    }
    setProperty("role", QByteArray(role));
}

void ReadOnlyRow::showValue(const QString &value)
{
    if (m_value && property("role").toByteArray() == "calculated")
        m_value->setText(value.isEmpty() ? QStringLiteral("—") : value);
}

} // namespace flowdesk
