#include "selectonequestion.h"

#include "questionnaire/questionnaire.h"

#include <QCompleter>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QStyle>
#include <QVBoxLayout>

namespace flowdesk {

namespace {

// Longer lists are not laid out in full: the completer finds the choice by its label.
constexpr size_t kListedChoices = 24;

} // namespace

SelectOneQuestion::SelectOneQuestion(const Item &item, QWidget *parent)
    : LineQuestion(item, parent), m_list(new QWidget(this)), m_grid(new QGridLayout(m_list)),
      m_completions(new QStringListModel(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(24);
    m_grid->setVerticalSpacing(3);
    m_list->setObjectName(QStringLiteral("choiceList"));
    body()->addWidget(m_list);
    lineEdit()->setMaximumWidth(420);
    lineEdit()->setPlaceholderText(tr("number or name"));
    auto *completer = new QCompleter(m_completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    // Inline: the rest of the first label that starts with what was typed is proposed, selected, in the editor. A
    // popup would take Enter and Tab away from the form's key map.
    completer->setCompletionMode(QCompleter::InlineCompletion);
    lineEdit()->setCompleter(completer);
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        const Choice *choice = resolve(text.trimmed());
        highlight(choice ? QStringList{choice->name} : QStringList{});
    });
}

QString SelectOneQuestion::labelOf(const Choice &choice) const
{
    const QString label = choice.label.text(m_language, m_defaultLanguage);
    return label.isEmpty() ? choice.name : label;
}

const Choice *SelectOneQuestion::resolve(QStringView text) const
{
    if (text.isEmpty())
        return nullptr;
    for (const Choice *choice : m_choices) {
        if (choice->name == text)
            return choice;
    }
    bool number = false;
    const int n = text.toInt(&number);
    if (number)
        return n >= 1 && n <= int(m_choices.size()) ? m_choices[size_t(n - 1)] : nullptr;
    const Choice *startsWith = nullptr;
    int starts = 0;
    for (const Choice *choice : m_choices) {
        const QString label = labelOf(*choice);
        if (label.compare(text, Qt::CaseInsensitive) == 0)
            return choice;
        if (label.startsWith(text, Qt::CaseInsensitive)) {
            startsWith = choice;
            ++starts;
        }
    }
    return starts == 1 ? startsWith : nullptr;
}

QString SelectOneQuestion::value() const
{
    const QString text = LineQuestion::value();
    const Choice *choice = resolve(text);
    if (choice)
        return choice->name;
    if (item().orOther && text.compare(u"other", Qt::CaseInsensitive) == 0)
        return QStringLiteral("other");
    return text;
}

QString SelectOneQuestion::typingProblem() const
{
    const QString text = LineQuestion::value();
    if (text.isEmpty() || resolve(text) || value() == u"other")
        return {};
    return tr("No choice is numbered or named '%1' here.").arg(text);
}

void SelectOneQuestion::showValue(const QString &value)
{
    const Choice *choice = resolve(value);
    LineQuestion::showValue(choice ? labelOf(*choice) : value);
    highlight(choice ? QStringList{choice->name} : QStringList{});
}

void SelectOneQuestion::showTexts(const QuestionTexts &texts)
{
    m_language = texts.language;
    m_defaultLanguage = texts.defaultLanguage;
    QString key = QString::number(m_language);
    for (const Choice *choice : texts.choices)
        key += u'|' + choice->name;
    if (key == m_shownKey)
        return;
    m_shownKey = key;
    m_choices = texts.choices;
    for (QLabel *row : m_rows)
        delete row;
    m_rows.clear();
    QStringList completions;
    for (const Choice *choice : m_choices)
        completions << labelOf(*choice);
    m_completions->setStringList(completions);
    const bool listed = m_choices.size() <= kListedChoices && !item().appearance.contains(u"minimal");
    m_list->setVisible(listed);
    if (!listed)
        return;
    const int perColumn = m_choices.size() > 8 ? int((m_choices.size() + 1) / 2) : int(m_choices.size());
    for (size_t k = 0; k < m_choices.size(); ++k) {
        auto *row = new QLabel(QStringLiteral("%1  %2").arg(k + 1, 2).arg(labelOf(*m_choices[k])), m_list);
        row->setObjectName(QStringLiteral("choice"));
        row->setProperty("choiceName", m_choices[k]->name);
        m_grid->addWidget(row, int(k) % perColumn, int(k) / perColumn);
        row->show(); // made after the list was shown: shown now, so the row's height counts it at once
        m_rows.push_back(row);
    }
}

void SelectOneQuestion::highlight(const QStringList &names)
{
    for (QLabel *row : m_rows) {
        const bool selected = names.contains(row->property("choiceName").toString());
        if (row->property("selected").toBool() == selected)
            continue;
        row->setProperty("selected", selected);
        row->style()->unpolish(row);
        row->style()->polish(row);
    }
}

} // namespace flowdesk
