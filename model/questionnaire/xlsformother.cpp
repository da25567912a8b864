// `or_other` on a select, as pyxform expands it: an "other" choice labelled "Other" at the end of the select's
// list (in every language, unless the list has one), and right after the select a text question NAME_other,
// labelled "Specify other.", relevant when "other" is picked. Everything downstream (storage, validation, entry,
// exports, review) then sees an ordinary choice and an ordinary question.
#include "xlsformparser.h"

#include <algorithm>

namespace flowdesk {

namespace {

// pyxform's constants (OR_OTHER_CHOICE, and the label of the question it adds), untranslated as there.
const QString kOtherName = QStringLiteral("other");
const QString kOtherLabel = QStringLiteral("Other");
const QString kSpecifyLabel = QStringLiteral("Specify other.");

void setInEveryLanguage(LocalizedText &text, const QString &value, qsizetype languages)
{
    for (int language = 0; language < std::max<qsizetype>(1, languages); ++language)
        text.set(language, value);
}

} // namespace

void XlsFormParser::addOther(const Sheet &sheet, int selectId, const SheetRow &row)
{
    const Item select = m_q.items[size_t(selectId)]; // a copy: items grow below
    // The list is shared: pyxform appends to it, so every select of that list offers "other" (once).
    ChoiceList &list = m_q.lists[size_t(select.list)];
    const bool hasOther = std::any_of(list.choices.begin(), list.choices.end(),
                                      [](const Choice &choice) { return choice.name == kOtherName; });
    if (!hasOther) {
        Choice other;
        other.name = kOtherName;
        other.excelRow = row.excelRow;
        setInEveryLanguage(other.label, kOtherLabel, m_q.languages.size());
        list.choices.push_back(std::move(other));
        m_spacedChoice.remove(select.list);
    }
    if (m_q.languages.size() > 1 && !m_warnedOtherTranslations) {
        m_warnedOtherTranslations = true;
        m_diag.warning(sheet.name, row.excelRow, QStringLiteral("type"),
                       QStringLiteral("this form uses or_other and translations, which is not recommended: the "
                                      "'Other' choice and the 'Specify other.' question it adds are in English in "
                                      "every language (add an 'other' choice and a text question instead)"));
    }

    Item item;
    item.id = static_cast<int>(m_q.items.size());
    item.parent = select.parent;
    item.repeat = select.repeat;
    item.depth = select.depth;
    item.type = QuestionType::Text;
    item.typeText = QStringLiteral("text");
    item.name = select.name + QStringLiteral("_other");
    item.excelRow = select.excelRow;
    item.otherFor = select.id;
    setInEveryLanguage(item.label, kSpecifyLabel, m_q.languages.size());

    const QString sibling = QString::number(item.parent) + u'/';
    if (const int clash = m_siblingNames.value(sibling + item.name, -1); clash >= 0) {
        m_diag.error(sheet.name, row.excelRow, QStringLiteral("type"),
                     QStringLiteral("'or_other' adds the question '%1', but that name is already used at row %2 in "
                                    "the same group; rename that question or drop 'or_other'")
                         .arg(item.name)
                         .arg(m_q.items[size_t(clash)].excelRow));
        return;
    }
    m_siblingNames.insert(sibling + item.name, item.id);
    m_siblingNamesLower.insert(sibling + item.name.toLower(), item.id);

    if (item.parent >= 0)
        m_q.items[size_t(item.parent)].children.push_back(item.id);
    else
        m_q.topLevel.push_back(item.id);
    // No cells of its own: its relevance is given, and checkTextReferences finds nothing in an empty row.
    SheetRow cells;
    cells.excelRow = row.excelRow;
    m_pending.push_back({item.id, cells, QString(),
                         QStringLiteral("selected(${%1}, '%2')").arg(select.name, kOtherName)});
    m_q.items.push_back(std::move(item));
}

} // namespace flowdesk
