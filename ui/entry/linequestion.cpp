#include "linequestion.h"

#include "questionnaire/questionnaire.h"
#include "validation/answerformat.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace flowdesk {

LineQuestion::LineQuestion(const Item &item, QWidget *parent) : QuestionWidget(item, parent), m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(QStringLiteral("editor"));
    m_edit->setClearButtonEnabled(false);
    body()->addWidget(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &QuestionWidget::edited);
}

QWidget *LineQuestion::editor() const
{
    return m_edit;
}

QString LineQuestion::value() const
{
    return m_edit->text().trimmed();
}

void LineQuestion::showValue(const QString &value)
{
    m_edit->setText(value);
}

NumberQuestion::NumberQuestion(const Item &item, QWidget *parent) : LineQuestion(item, parent)
{
    const bool integer = item.type == QuestionType::Integer;
    const QRegularExpression pattern(integer ? QStringLiteral(R"(-?\d{0,10})") : QStringLiteral(R"(-?\d{0,15}([.,]\d{0,10})?)"));
    lineEdit()->setValidator(new QRegularExpressionValidator(pattern, lineEdit()));
    // Numbers read left to right in Arabic too (Qt's guidance for mixed-direction input).
    lineEdit()->setLayoutDirection(Qt::LeftToRight);
    lineEdit()->setAlignment(Qt::AlignLeft);
    lineEdit()->setMaximumWidth(220);
    lineEdit()->setPlaceholderText(integer ? tr("whole number") : tr("number"));
}

QString NumberQuestion::value() const
{
    QString text = LineQuestion::value();
    text.replace(u',', u'.');
    return text == u"-" ? QString() : text;
}

GeopointQuestion::GeopointQuestion(const Item &item, QWidget *parent) : LineQuestion(item, parent)
{
    lineEdit()->setLayoutDirection(Qt::LeftToRight);
    lineEdit()->setPlaceholderText(tr("latitude longitude [altitude accuracy]"));
    lineEdit()->setMaximumWidth(420);
}

QString GeopointQuestion::typingProblem() const
{
    const QString text = value();
    return text.isEmpty() || answerformat::isGeopoint(text)
               ? QString()
               : tr("Type the latitude and longitude in degrees, separated by a space: 13.51 2.11");
}

} // namespace flowdesk
