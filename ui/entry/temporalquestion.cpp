#include "temporalquestion.h"

#include "questionnaire/questionnaire.h"

#include <QCalendarWidget>
#include <QLineEdit>
#include <QLocale>

namespace flowdesk {

namespace {

QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    // Two-digit years are ambiguous on paper forms that span decades.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

TemporalQuestion::TemporalQuestion(const Item &item, QWidget *parent) : LineQuestion(item, parent)
{
    switch (item.type) {
    case QuestionType::Time:
        m_format = QStringLiteral("HH:mm");
        break;
    case QuestionType::DateTime:
        m_format = dateFormat() + QStringLiteral(" HH:mm");
        break;
    default:
        m_format = dateFormat();
        break;
    }
    lineEdit()->setLayoutDirection(Qt::LeftToRight);
    lineEdit()->setMaximumWidth(260);
    const QString shown = QString(m_format).replace(u'M', u'm').replace(u'H', u'h');
    lineEdit()->setPlaceholderText(item.type == QuestionType::Time ? shown : tr("%1 (F4: calendar)").arg(shown));
}

void TemporalQuestion::showValue(const QString &value)
{
    const QLocale locale;
    QString text = value;
    if (item().type == QuestionType::Date) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid())
            text = locale.toString(date, m_format);
    } else if (item().type == QuestionType::DateTime) {
        const QDateTime time = QDateTime::fromString(value, Qt::ISODate);
        if (time.isValid())
            text = locale.toString(time.toLocalTime(), m_format);
    } else {
        const QTime time = QTime::fromString(value.left(5), QStringLiteral("HH:mm"));
        if (time.isValid())
            text = time.toString(m_format);
    }
    LineQuestion::showValue(text);
}

QString TemporalQuestion::parse(const QString &text) const
{
    const QLocale locale;
    if (item().type == QuestionType::Date) {
        QDate date = locale.toDate(text, m_format);
        if (!date.isValid())
            date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }
    if (item().type == QuestionType::DateTime) {
        QDateTime time = locale.toDateTime(text, m_format);
        if (!time.isValid())
            time = QDateTime::fromString(text, Qt::ISODate);
        return time.isValid() ? time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODate) : QString();
    }
    QTime time = QTime::fromString(text, m_format);
    if (!time.isValid())
        time = QTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toString(QStringLiteral("HH:mm:ss.zzz")) : QString();
}

QString TemporalQuestion::value() const
{
    const QString text = LineQuestion::value();
    const QString parsed = text.isEmpty() ? text : parse(text);
    // What cannot be read is kept as typed: the check then says what is wrong with it.
    return parsed.isEmpty() ? text : parsed;
}

QString TemporalQuestion::typingProblem() const
{
    const QString text = LineQuestion::value();
    if (text.isEmpty() || !parse(text).isEmpty())
        return {};
    return tr("Type it as %1").arg(QString(m_format).replace(u'M', u'm').replace(u'H', u'h'));
}

void TemporalQuestion::showCalendar()
{
    if (item().type == QuestionType::Time)
        return;
    auto *calendar = new QCalendarWidget(this);
    calendar->setObjectName(QStringLiteral("calendarPopup"));
    calendar->setWindowFlags(Qt::Popup);
    calendar->setAttribute(Qt::WA_DeleteOnClose);
    const QDate current = QDate::fromString(value().left(10), Qt::ISODate);
    calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate());
    connect(calendar, &QCalendarWidget::activated, this, [this, calendar](QDate date) {
        lineEdit()->setText(QLocale().toString(date, dateFormat()));
        emit edited();
        calendar->close();
        lineEdit()->setFocus();
    });
    calendar->move(lineEdit()->mapToGlobal(QPoint(0, lineEdit()->height())));
    calendar->show();
    calendar->setFocus();
}

} // namespace flowdesk
