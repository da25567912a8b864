#include "selectmultiplequestion.h"

#include "questionnaire/questionnaire.h"

#include <QCompleter>
#include <QLineEdit>
#include <QRegularExpression>

namespace flowdesk {

SelectMultipleQuestion::SelectMultipleQuestion(const Item &item, QWidget *parent) : SelectOneQuestion(item, parent)
{
    lineEdit()->setCompleter(nullptr); // several codes in one line: a completer would replace them all
    lineEdit()->setPlaceholderText(tr("numbers or names, separated by spaces"));
    lineEdit()->setLayoutDirection(Qt::LeftToRight);
    disconnect(lineEdit(), &QLineEdit::textEdited, this, nullptr);
    connect(lineEdit(), &QLineEdit::textEdited, this, &QuestionWidget::edited);
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) { highlight(ticked(text, nullptr)); });
}

QStringList SelectMultipleQuestion::ticked(const QString &text, QStringList *unknown) const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList names;
    for (const QString &code : text.split(separators, Qt::SkipEmptyParts)) {
        const Choice *choice = resolve(code);
        if (choice && !names.contains(choice->name))
            names << choice->name;
        else if (!choice && unknown)
            *unknown << code;
    }
    // List order, as ODK writes a select_multiple answer.
    QStringList ordered;
    for (const Choice *choice : choices()) {
        if (names.contains(choice->name))
            ordered << choice->name;
    }
    for (const QString &name : names) {
        if (!ordered.contains(name))
            ordered << name;
    }
    return ordered;
}

QString SelectMultipleQuestion::value() const
{
    QStringList unknown;
    const QStringList names = ticked(LineQuestion::value(), &unknown);
    return unknown.isEmpty() ? names.join(u' ') : LineQuestion::value();
}

QString SelectMultipleQuestion::typingProblem() const
{
    QStringList unknown;
    ticked(LineQuestion::value(), &unknown);
    return unknown.isEmpty() ? QString() : tr("No choice is numbered or named '%1' here.").arg(unknown.join(u' '));
}

void SelectMultipleQuestion::showValue(const QString &value)
{
    // Shown as the numbers the keyer types.
    QStringList codes;
    const QStringList names = value.split(u' ', Qt::SkipEmptyParts);
    for (const QString &name : names) {
        const auto &list = choices();
        const auto it = std::find_if(list.begin(), list.end(), [&](const Choice *c) { return c->name == name; });
        codes << (it == list.end() ? name : QString::number(it - list.begin() + 1));
    }
    LineQuestion::showValue(codes.join(u' '));
    highlight(names);
}

} // namespace flowdesk
