#pragma once

#include "expr/expression.h"
#include "pulldatatable.h"
#include "questiontype.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <vector>

namespace flowdesk {

// A text in each of the questionnaire's languages, indexed like Questionnaire::languages.
class LocalizedText
{
public:
    // Text in `language`, falling back to the default language and then to any language that has one.
    QString text(int language, int defaultLanguage = 0) const;
    void set(int language, const QString &text);
    bool isEmpty() const;

private:
    QStringList m_texts;
};

struct Choice
{
    QString name;
    LocalizedText label;
    QHash<QString, QString> columns; // extra columns (for choice_filter), keyed by lower-case header
    int excelRow = 0;
};

struct ChoiceList
{
    QString name;
    std::vector<Choice> choices;

    // Index of the choice named `choiceName`, or -1. Allocation-free (validation calls it per answer).
    int indexOf(QStringView choiceName) const;
    void buildLookup(); // after choices change

private:
    struct Slot
    {
        std::uint32_t hash = 0;
        int choice = 0; // choice index + 1; 0: empty
    };
    std::vector<Slot> m_slots; // open addressing by a hash of the name; size a power of two
    // A short list (yes/no, sex, a scale) is searched in order, cheaper than hashing the name: its names, shared
    // with the choices, side by side.
    std::vector<QString> m_shortNames;
};

// The `required` column: a constant yes/no or an expression.
struct Requirement
{
    bool always = false;
    expr::Expression condition; // when not null: required where it holds
    bool isSet() const { return always || !condition.isNull(); }
};

// One row of the survey sheet that makes a node: a question, a group or a repeat (end rows make none).
struct Item
{
    int id = 0;       // index in Questionnaire::items; also the field id expressions use
    int parent = -1;  // enclosing group or repeat, -1 at the top
    int repeat = -1;  // nearest enclosing repeat, -1 outside repeats
    int depth = 0;    // nesting level, 0 at the top
    QuestionType type = QuestionType::Unsupported;
    QString typeText; // as written in the sheet
    QString name;     // see Questionnaire::path for the names from the top
    int excelRow = 0;

    LocalizedText label;
    LocalizedText hint;
    LocalizedText requiredMessage;
    LocalizedText constraintMessage;
    LocalizedText warningMessage;

    int list = -1; // index in Questionnaire::lists for selects
    bool orOther = false;
    // The text question `or_other` adds right after its select ("NAME_other", as pyxform): that select's id.
    int otherFor = -1;
    QString appearance;
    QString defaultValue;
    QString metadataKind; // for Metadata: "start", "today", "deviceid"...
    bool pii = false;
    bool readOnly = false;

    expr::Expression relevant;
    expr::Expression constraint;
    expr::Expression warning;
    expr::Expression calculation;
    expr::Expression choiceFilter;
    expr::Expression repeatCount;
    Requirement required;

    std::vector<int> children; // ids of the items directly inside a group or repeat
};

// A typed questionnaire read from an XLSForm. Immutable once built; safe to share between threads.
class Questionnaire
{
public:
    QString formId;
    QString version;
    QString title;
    QStringList languages; // display names: "English (en)", or "default" when labels have no language
    int defaultLanguage = 0;
    // How the author wants it keyed (settings column `flowdesk_entry_mode`, which pyxform ignores): "paper",
    // "guided", or empty when the form does not say.
    QString entryMode;
    std::vector<Item> items;
    std::vector<ChoiceList> lists;
    std::vector<int> topLevel;         // ids of the items at the top
    std::vector<int> calculationOrder; // ids of calculate items (and items with a calculation) in dependency order
    // Every item in an order where each comes after what its relevance, calculation and repeat count read
    // (ties in form order): evaluating in this order needs a single pass.
    std::vector<int> evaluationOrder;
    // Columns of the choices sheets a choice_filter can read (name, label, extra columns). In a choice filter the
    // column at index i is the field id items.size() + i.
    QStringList choiceColumns;
    int choiceColumnField(int column) const { return static_cast<int>(items.size()) + column; }

    // The CSV files pulldata() reads, by the name it calls them ("households" for households.csv). A file the form
    // names but that was not beside it is absent: its look-ups are empty.
    std::map<QString, PulldataTable> pulldataTables;
    QString pulldata(QStringView file, QStringView column, QStringView keyColumn, QStringView key) const
    {
        const auto table = pulldataTables.find(file.toString());
        return table == pulldataTables.end() ? QString() : table->second.lookup(column, keyColumn, key);
    }

    int itemByName(QStringView name) const { return m_byName.value(name.toString(), -1); }
    // Names from the top joined by '/': "travel/member/member_age". Made on demand: kept for every item, paths
    // would cost the square of the nesting depth.
    QString path(int id) const;
    const Item &item(int id) const { return items[static_cast<size_t>(id)]; }
    const ChoiceList *choiceList(const Item &item) const
    {
        return item.list >= 0 ? &lists[static_cast<size_t>(item.list)] : nullptr;
    }
    // Language index for a code or display name ("fr", "French (fr)", "French"); -1 when absent.
    int languageIndex(QStringView codeOrName) const;

    void indexNames(); // rebuilds the name index after items change

private:
    QHash<QString, int> m_byName;
};

} // namespace flowdesk
