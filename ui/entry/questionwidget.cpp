#include "questionwidget.h"

#include "questionnaire/questionnaire.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace flowdesk {

QuestionWidget::QuestionWidget(const Item &item, QWidget *parent)
    : QFrame(parent), m_item(item), m_label(new QLabel(this)), m_hint(new QLabel(this)), m_message(new QLabel(this)),
      m_body(new QVBoxLayout)
{
    setObjectName(QStringLiteral("question_%1").arg(item.name));
    setProperty("entryRow", true);
    // A row is as tall as its content: the page scrolls rather than squeezing rows to fit.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_label->setObjectName(QStringLiteral("questionLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_hint->setObjectName(QStringLiteral("questionHint"));
    m_hint->setWordWrap(true);
    m_hint->hide();
    m_message->setObjectName(QStringLiteral("questionMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(6);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(6);
    layout->addWidget(m_label);
    layout->addLayout(m_body);
    layout->addWidget(m_hint);
    layout->addWidget(m_message);
}

void QuestionWidget::display(const EntryField &field, const QuestionTexts &texts)
{
    const bool valueChanged = field.value != m_field.value || m_field.ref.isNull();
    m_field = field;
    m_label->setText(texts.label);
    m_hintText = texts.hint;
    m_hint->setText(texts.hint);
    m_hint->setVisible(m_hintShown && !texts.hint.isEmpty());
    showTexts(texts);
    if (valueChanged || !isDirty())
        showValue(field.value);
    setEnabled(field.relevant);
    if (property("irrelevant").toBool() != !field.relevant) {
        setProperty("irrelevant", !field.relevant);
        style()->unpolish(this);
        style()->polish(this);
        for (QWidget *child : findChildren<QWidget *>()) {
            style()->unpolish(child);
            style()->polish(child);
        }
    }
    refreshMessage();
}

void QuestionWidget::setCurrent(bool current)
{
    if (property("current").toBool() == current)
        return;
    setProperty("current", current);
    style()->unpolish(this);
    style()->polish(this);
}

void QuestionWidget::toggleHint()
{
    m_hintShown = !m_hintShown;
    m_hint->setVisible(m_hintShown && !m_hintText.isEmpty());
    if (m_hintShown && m_hintText.isEmpty()) {
        m_hint->setText(tr("No hint for this question."));
        m_hint->show();
    }
}

void QuestionWidget::showMessage(const QString &text, const char *severity)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    setStyleState(text.isEmpty() ? "" : severity);
}

void QuestionWidget::refreshMessage()
{
    if (!m_field.relevant) {
        showMessage({}, "");
        return;
    }
    QString text;
    const char *severity = "";
    if (m_field.hasError() && m_visited) {
        text = m_field.firstMessage();
        severity = "error";
    } else if (m_field.hasWarning()) {
        text = m_field.firstMessage();
        severity = "warning";
    } else if (!m_field.acceptedReason.isEmpty()) {
        text = tr("Warning accepted: %1").arg(m_field.acceptedReason);
        severity = "accepted";
    } else if (!m_field.confirmedReason.isEmpty()) {
        text = tr("Confirmed as on paper: %1").arg(m_field.confirmedReason);
        severity = "accepted";
    }
    showMessage(text, severity);
}

void QuestionWidget::setStyleState(const char *state)
{
    if (property("issue").toByteArray() == state)
        return;
    setProperty("issue", QByteArray(state));
    style()->unpolish(this);
    style()->polish(this);
    style()->unpolish(m_message);
    style()->polish(m_message);
}

} // namespace flowdesk
