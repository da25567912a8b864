#include "questionnaire.h"

#include <algorithm>

namespace flowdesk {

QString LocalizedText::text(int language, int defaultLanguage) const
{
    auto at = [this](int i) { return i >= 0 && i < m_texts.size() ? m_texts.at(i) : QString(); };
    QString t = at(language);
    if (!t.isEmpty())
        return t;
    t = at(defaultLanguage);
    if (!t.isEmpty())
        return t;
    for (const QString &any : m_texts) {
        if (!any.isEmpty())
            return any;
    }
    return QString();
}

void LocalizedText::set(int language, const QString &text)
{
    if (language < 0)
        return;
    while (m_texts.size() <= language)
        m_texts.append(QString());
    m_texts[language] = text;
}

bool LocalizedText::isEmpty() const
{
    for (const QString &t : m_texts) {
        if (!t.isEmpty())
            return false;
    }
    return true;
}

int ChoiceList::indexOf(QStringView choiceName) const
{
    if (m_sorted.size() != choices.size()) // lookup not built (a list assembled by hand): scan
    {
        for (size_t i = 0; i < choices.size(); ++i) {
            if (QStringView(choices[i].name) == choiceName)
                return static_cast<int>(i);
        }
        return -1;
    }
    const auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), choiceName, [this](int i, QStringView name) {
        return QStringView(choices[static_cast<size_t>(i)].name).compare(name) < 0;
    });
    if (it != m_sorted.end() && QStringView(choices[static_cast<size_t>(*it)].name) == choiceName)
        return *it;
    return -1;
}

void ChoiceList::buildLookup()
{
    m_sorted.resize(choices.size());
    for (size_t i = 0; i < choices.size(); ++i)
        m_sorted[i] = static_cast<int>(i);
    std::sort(m_sorted.begin(), m_sorted.end(), [this](int a, int b) {
        return QStringView(choices[static_cast<size_t>(a)].name).compare(choices[static_cast<size_t>(b)].name) < 0;
    });
}

int Questionnaire::languageIndex(QStringView codeOrName) const
{
    for (int i = 0; i < languages.size(); ++i) {
        const QString &lang = languages.at(i);
        if (QStringView(lang).compare(codeOrName, Qt::CaseInsensitive) == 0)
            return i;
        const qsizetype open = lang.lastIndexOf(u'(');
        const qsizetype close = lang.lastIndexOf(u')');
        if (open >= 0 && close > open) {
            const QStringView code = QStringView(lang).mid(open + 1, close - open - 1).trimmed();
            const QStringView name = QStringView(lang).left(open).trimmed();
            if (code.compare(codeOrName, Qt::CaseInsensitive) == 0 || name.compare(codeOrName, Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

void Questionnaire::indexNames()
{
    m_byName.clear();
    for (const Item &item : items)
        m_byName.insert(item.name, item.id);
}

} // namespace flowdesk
