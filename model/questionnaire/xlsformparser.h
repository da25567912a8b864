#pragma once

#include "formdiagnostic.h"
#include "questionnaire.h"
#include "xlsform/workbook.h"

#include <map>
#include <memory>

namespace flowdesk {

struct ColumnHeader;

// The outcome of reading an XLSForm: the questionnaire when there were no errors, and every problem found.
struct ParsedForm
{
    std::shared_ptr<const Questionnaire> questionnaire; // null when diagnostics has errors
    FormDiagnostics diagnostics;
};

// Turns an XLSForm workbook into a typed Questionnaire, with XLSForm semantics as pyxform applies them.
// Reports every problem at once (sheet, Excel row, column, what), never stops at the first.
class XlsFormParser
{
public:
    static ParsedForm parse(const Workbook &workbook);

private:
    explicit XlsFormParser(const Workbook &workbook);
    ParsedForm run();

    // Columns of one sheet: for each header index, its meaning and language index (-1: none).
    struct Columns
    {
        std::vector<QString> base;
        std::vector<int> language;
        int find(QStringView name) const; // first column with that base and no language, or -1
        void index();                     // after base and language are filled: makes find() a look-up

    private:
        QHash<QString, int> m_found; // what find() answers, by base
    };
    Columns mapColumns(const Sheet &sheet, bool collectLanguages);
    void readSettings();
    void readChoices(const Sheet &sheet);
    void readSurvey(const Sheet &sheet);
    // "begin loop over LIST" blocks rewritten as pyxform builds them: a group holding one group per choice, each
    // with the loop's rows, "%(name)s" and "%(label)s" replaced by the choice's name and label.
    Sheet expandLoops(const Sheet &survey, const Columns &columns, int typeColumn);
    void expandLoopBody(const std::vector<SheetRow> &rows, const Columns &columns, int typeColumn,
                        std::vector<SheetRow> &out, const Sheet &survey);
    // False (and an error naming the cell) when a name holds a control character: no one can type it, so a
    // condition comparing with it could never hold.
    bool checkNoControlCharacters(const Sheet &sheet, const SheetRow &row, int column, const QString &what);
    const Sheet *surveySheet() const;
    void loadPulldataFiles(const Sheet &survey);
    int externalList(const QString &file, const QString &sheetName, int excelRow);
    int listIndex(const QString &name); // index in m_q.lists, or -1
    // The first choice of list `list` whose name holds a space, or -1; worked out once per list.
    int firstSpacedChoice(int list);
    void checkTextReferences(const Sheet &survey, const Columns &columns);
    void checkSheetNames();
    void fillText(LocalizedText &text, const QString &base, const Columns &columns, const SheetRow &row) const;
    void compileExpressions(const Sheet &survey, const Columns &columns);
    // `or_other`: an "other" choice on the select's list and the text question that specifies it (xlsformother.cpp).
    void addOther(const Sheet &sheet, int selectId, const SheetRow &row);
    void orderEvaluation();
    int languageFor(const QString &written);

    const Workbook &m_workbook;
    Questionnaire m_q;
    FormDiagnostics m_diag;
    QString m_defaultLanguageSetting;
    QString m_rootName = QStringLiteral("data"); // the survey's root element: settings `name`, or "data"
    size_t m_expandedRows = 0; // rows loops have produced so far (bounded: loops nest and multiply)
    bool m_allowChoiceDuplicates = false;
    // Survey-sheet cells kept per item until expressions compile (names are all known by then).
    struct PendingRow
    {
        int item;
        SheetRow row;
        QString requiredText;
        QString generatedRelevant; // the relevance of an item the parser adds (no cell of its own)
    };
    std::vector<PendingRow> m_pending;
    // "parent id/name" (and "parent id/lower-case name") -> the item first named so among those siblings.
    QHash<QString, int> m_siblingNames;
    QHash<QString, int> m_siblingNamesLower;
    // Choice name -> index per list, while the choices sheets are read (duplicates are found here).
    std::map<QString, QHash<QString, int>> m_choiceIndex;
    QHash<QString, int> m_listIndex; // list name -> index in m_q.lists, for the first m_listsIndexed lists
    size_t m_listsIndexed = 0;
    QHash<int, int> m_spacedChoice; // list index -> firstSpacedChoice()
    bool m_warnedOtherTranslations = false;
    QHash<QString, int> m_languageIndex; // case-folded language -> index in m_q.languages
    QStringList m_choiceSheetColumns; // columns of the choices sheets a choice_filter may read, as headed
};

} // namespace flowdesk
