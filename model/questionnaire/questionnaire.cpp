#include "questionnaire.h"

#include "interview/answertext.h"
#include "languagename.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

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

namespace {

// A hash of the name's length and its first and last four UTF-16 units, read as two 64-bit words. Choice names are
// short words that differ in those places; hashing every character (or Qt's seeded qHash) cost more than the rest
// of the lookup, and validation looks a choice up for every select answer. Collisions only cost a comparison.
std::uint32_t nameHash(QStringView name)
{
    const qsizetype n = name.size();
    std::uint64_t h = std::uint64_t(n) * 0x9E3779B97F4A7C15ull;
    if (n >= 4) {
        std::uint64_t head = 0;
        std::uint64_t tail = 0;
        std::memcpy(&head, name.data(), sizeof head);
        std::memcpy(&tail, name.data() + n - 4, sizeof tail);
        h ^= head * 0xC2B2AE3D27D4EB4Full;
        h ^= (tail ^ (tail >> 29)) * 0x165667B19E3779F9ull;
    } else {
        for (const QChar c : name)
            h = (h ^ c.unicode()) * 0x100000001B3ull;
    }
    h ^= h >> 32;
    return std::uint32_t(h ^ (h >> 15));
}


} // namespace

int ChoiceList::indexOf(QStringView choiceName) const
{
    if (!m_shortNames.empty()) {
        for (size_t i = 0; i < m_shortNames.size(); ++i) {
            if (sameText(m_shortNames[i], choiceName))
                return static_cast<int>(i);
        }
        return -1;
    }
    if (m_slots.empty()) { // lookup not built (a list assembled by hand): scan
        for (size_t i = 0; i < choices.size(); ++i) {
            if (QStringView(choices[i].name) == choiceName)
                return static_cast<int>(i);
        }
        return -1;
    }
    const size_t mask = m_slots.size() - 1;
    const std::uint32_t hash = nameHash(choiceName);
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const Slot &entry = m_slots[slot];
        if (entry.choice == 0)
            return -1;
        // The stored hash settles most misses without reading the choice itself.
        if (entry.hash == hash && sameText(choiceName, choices[static_cast<size_t>(entry.choice - 1)].name))
            return entry.choice - 1;
    }
}

void ChoiceList::buildLookup()
{
    constexpr size_t kShortList = 8;
    m_shortNames.clear();
    if (choices.size() <= kShortList) {
        for (const Choice &choice : choices)
            m_shortNames.emplace_back(choice.name);
    }
    size_t size = 8;
    while (size < choices.size() * 2)
        size *= 2;
    m_slots.assign(size, Slot{});
    const size_t mask = size - 1;
    for (size_t i = 0; i < choices.size(); ++i) {
        const std::uint32_t hash = nameHash(QStringView(choices[i].name));
        size_t slot = hash & mask;
        bool duplicate = false;
        while (m_slots[slot].choice != 0) {
            duplicate |= choices[static_cast<size_t>(m_slots[slot].choice - 1)].name == choices[i].name;
            slot = (slot + 1) & mask;
        }
        if (!duplicate) // the first of duplicate names answers for them (external_choices)
            m_slots[slot] = Slot{hash, static_cast<int>(i) + 1};
    }
}

int Questionnaire::languageIndex(QStringView codeOrName) const
{
    for (int i = 0; i < languages.size(); ++i) {
        const QString &lang = languages.at(i);
        if (QStringView(lang).compare(codeOrName, Qt::CaseInsensitive) == 0)
            return i;
        // "fr" or "French" finds "French (fr)".
        const qsizetype open = lang.lastIndexOf(u'(');
        const QStringView bareName = open >= 0 ? QStringView(lang).left(open).trimmed() : QStringView(lang);
        if (languageCode(lang) == languageCode(codeOrName) || bareName.compare(codeOrName, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString Questionnaire::path(int id) const
{
    QStringList names;
    for (int at = id; at >= 0; at = item(at).parent)
        names.prepend(item(at).name);
    return names.join(u'/');
}

void Questionnaire::indexNames()
{
    m_byName.clear();
    for (const Item &item : items)
        m_byName.insert(item.name, item.id);
}

} // namespace flowdesk
