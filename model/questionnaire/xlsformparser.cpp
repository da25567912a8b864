#include "xlsformparser.h"

#include "columnheader.h"
#include "xlsform/workbookbudget.h"
#include "xlsformvalues.h"

#include <QRegularExpression>
#include <QSet>

namespace flowdesk {

namespace {

const QString kSurvey = QStringLiteral("survey");
const QString kChoices = QStringLiteral("choices");
const QString kSettings = QStringLiteral("settings");
// Every survey row becomes an item with its texts and expressions, about a kilobyte in memory. The longest forms
// in use have a few thousand rows; ten times more than that is refused rather than held.
constexpr int kMaxSurveyRows = 50000;


int editDistance(QStringView a, QStringView b)
{
    std::vector<int> prev(static_cast<size_t>(b.size()) + 1), cur(prev.size());
    for (size_t j = 0; j < prev.size(); ++j)
        prev[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int subst = prev[static_cast<size_t>(j - 1)] + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1);
            cur[static_cast<size_t>(j)] =
                std::min({prev[static_cast<size_t>(j)] + 1, cur[static_cast<size_t>(j - 1)] + 1, subst});
        }
        std::swap(prev, cur);
    }
    return prev.back();
}

} // namespace

ParsedForm XlsFormParser::parse(const Workbook &workbook)
{
    XlsFormParser parser(workbook);
    return parser.run();
}

XlsFormParser::XlsFormParser(const Workbook &workbook) : m_workbook(workbook) {}

int XlsFormParser::Columns::find(QStringView name) const
{
    return m_found.value(name.toString(), -1);
}

void XlsFormParser::Columns::index()
{
    m_found.clear();
    // Walking backwards, the earliest column wins, and one without a language beats any with one.
    for (size_t i = base.size(); i-- > 0;) {
        const auto found = m_found.constFind(base[i]);
        if (found == m_found.cend() || language[i] < 0 || language[static_cast<size_t>(*found)] >= 0)
            m_found.insert(base[i], static_cast<int>(i));
    }
}

int XlsFormParser::languageFor(const QString &written)
{
    const QString name = written.isEmpty()
                             ? (m_defaultLanguageSetting.isEmpty() ? QStringLiteral("default") : m_defaultLanguageSetting)
                             : written;
    // A look-up, not a scan: a header row may name thousands of languages.
    const QString key = name.toCaseFolded();
    if (const auto found = m_languageIndex.constFind(key); found != m_languageIndex.cend())
        return *found;
    m_q.languages.append(name);
    m_languageIndex.insert(key, static_cast<int>(m_q.languages.size()) - 1);
    return static_cast<int>(m_q.languages.size()) - 1;
}

XlsFormParser::Columns XlsFormParser::mapColumns(const Sheet &sheet, bool collectLanguages)
{
    Columns columns;
    QSet<QString> seen;
    QHash<QString, QString> meanings; // what a header means -> the header first meaning it
    for (int i = 0; i < sheet.headers.size(); ++i) {
        const QString &header = sheet.headers.at(i);
        const QString key = header.trimmed().toLower();
        if (!key.isEmpty() && seen.contains(key)) {
            m_diag.error(sheet.name, sheet.headerExcelRow, header,
                         QStringLiteral("duplicate column header '%1'").arg(header));
        }
        seen.insert(key);
        const ColumnHeader parsed = ColumnHeader::parse(header);
        // Two spellings of one column ("caption" and "label", "list name" and "list_name"): pyxform refuses them.
        const QString meaning = parsed.base + u'\n' + parsed.language.toLower();
        if (!key.isEmpty() && meanings.contains(meaning) && meanings.value(meaning).trimmed().toLower() != key) {
            m_diag.error(sheet.name, sheet.headerExcelRow, header,
                         QStringLiteral("columns '%1' and '%2' are two names for the same column; keep one")
                             .arg(meanings.value(meaning), header));
        }
        if (!key.isEmpty() && !meanings.contains(meaning))
            meanings.insert(meaning, header);
        columns.base.push_back(parsed.base);
        int language = -1;
        if (parsed.translatable && collectLanguages)
            language = languageFor(parsed.language);
        columns.language.push_back(language);
    }
    columns.index();
    return columns;
}

void XlsFormParser::fillText(LocalizedText &text, const QString &base, const Columns &columns,
                             const SheetRow &row) const
{
    // A row holds cells up to its last filled one: walking those, not every header, keeps wide sheets cheap.
    const size_t filled = std::min(columns.base.size(), static_cast<size_t>(row.cells.size()));
    for (size_t c = 0; c < filled; ++c) {
        if (columns.base[c] != base || columns.language[c] < 0)
            continue;
        const QString value = row.cell(static_cast<int>(c));
        if (!value.isEmpty())
            text.set(columns.language[c], value);
    }
}

void XlsFormParser::readSettings()
{
    m_q.formId.clear();
    const Sheet *settings = m_workbook.sheet(kSettings);
    if (settings && !settings->rows.empty()) {
        const SheetRow &row = settings->rows.front();
        auto get = [&](QStringView name) { return row.cell(settings->column(name)).trimmed(); };
        m_q.formId = get(u"form_id");
        if (m_q.formId.isEmpty())
            m_q.formId = get(u"id_string");
        m_q.version = get(u"version");
        m_q.title = get(u"form_title");
        m_defaultLanguageSetting = get(u"default_language");
        if (!get(u"name").isEmpty())
            m_rootName = get(u"name");
        m_allowChoiceDuplicates = isXlsFormYes(get(u"allow_choice_duplicates"));
        const QString mode = get(u"flowdesk_entry_mode").toLower();
        if (mode == u"paper" || mode == u"guided")
            m_q.entryMode = mode;
        else if (!mode.isEmpty())
            m_diag.warning(settings->name, settings->rows.front().excelRow, QStringLiteral("flowdesk_entry_mode"),
                           QStringLiteral("flowdesk_entry_mode is 'paper' or 'guided', not '%1'; the form opens in the "
                                          "office's default mode")
                               .arg(mode));
    }
    if (m_q.formId.isEmpty()) {
        // pyxform names the form after its file when settings give no form_id.
        QString base = m_workbook.sourceName.section(u'/', -1);
        base = base.section(u'.', 0, 0);
        m_q.formId = base.isEmpty() ? QStringLiteral("data") : base;
    }
    if (m_q.title.isEmpty())
        m_q.title = m_q.formId;
}

void XlsFormParser::checkSheetNames()
{
    // pyxform warns when a sheet looks like a misspelt survey/choices/settings sheet.
    for (const QString &expected : {kSurvey, kChoices, kSettings}) {
        if (m_workbook.sheet(expected) || (expected == kSurvey && surveySheet()))
            continue;
        QStringList similar;
        for (const Sheet &s : m_workbook.sheets) {
            const int d = editDistance(s.name, expected);
            if (d > 0 && d <= 2)
                similar << QStringLiteral("'%1'").arg(s.name);
        }
        if (!similar.isEmpty()) {
            m_diag.warning(QString(), 0, QString(),
                           QStringLiteral("when looking for a sheet named '%1', found sheets with similar names: %2")
                               .arg(expected, similar.join(QStringLiteral(", "))));
        }
    }
}

const Sheet *XlsFormParser::surveySheet() const
{
    if (const Sheet *survey = m_workbook.sheet(kSurvey))
        return survey;
    // pyxform reads the only sheet of a workbook as the survey, whatever its name ("Sheet1"), unless that name is
    // one of XLSForm's other sheets.
    static const QStringList otherSheets{kChoices, kSettings, QStringLiteral("external_choices"),
                                         QStringLiteral("osm"), QStringLiteral("entities")};
    if (m_workbook.sheets.size() == 1 && !otherSheets.contains(m_workbook.sheets.front().name, Qt::CaseInsensitive))
        return &m_workbook.sheets.front();
    return nullptr;
}

ParsedForm XlsFormParser::run()
{
    checkSheetNames();
    const Sheet *survey = surveySheet();
    if (!survey) {
        m_diag.error(QString(), 0, QString(), QStringLiteral("the workbook has no 'survey' sheet"));
        return {nullptr, m_diag};
    }
    if (survey->rows.size() > size_t(kMaxSurveyRows)) {
        m_diag.error(survey->name, survey->rows[kMaxSurveyRows].excelRow, QString(),
                     QStringLiteral("the survey sheet has more than %1 rows, far more than any questionnaire in use "
                                    "(the longest have a few thousand); check that this is the right form")
                         .arg(WorkbookBudget::number(kMaxSurveyRows)));
        return {nullptr, m_diag};
    }
    readSettings();
    if (!m_defaultLanguageSetting.isEmpty())
        languageFor(m_defaultLanguageSetting);

    for (const char *sheetName : {"choices", "external_choices"}) {
        if (const Sheet *sheet = m_workbook.sheet(QString::fromLatin1(sheetName)))
            readChoices(*sheet);
    }
    readSurvey(*survey);
    loadPulldataFiles(*survey);

    if (m_q.languages.isEmpty())
        m_q.languages.append(QStringLiteral("default"));
    m_q.defaultLanguage = 0;
    if (!m_defaultLanguageSetting.isEmpty())
        m_q.defaultLanguage = std::max(0, m_q.languageIndex(m_defaultLanguageSetting));

    for (ChoiceList &list : m_q.lists)
        list.buildLookup();
    if (m_diag.hasErrors())
        return {nullptr, m_diag};
    return {std::make_shared<const Questionnaire>(std::move(m_q)), m_diag};
}

int XlsFormParser::listIndex(const QString &name)
{
    // Lists are only ever added, so the ones added since the last look-up are indexed now; the first of a name wins.
    for (; m_listsIndexed < m_q.lists.size(); ++m_listsIndexed) {
        if (!m_listIndex.contains(m_q.lists[m_listsIndexed].name))
            m_listIndex.insert(m_q.lists[m_listsIndexed].name, static_cast<int>(m_listsIndexed));
    }
    return m_listIndex.value(name, -1);
}

int XlsFormParser::firstSpacedChoice(int list)
{
    const auto known = m_spacedChoice.constFind(list);
    if (known != m_spacedChoice.constEnd())
        return *known;
    const std::vector<Choice> &choices = m_q.lists[size_t(list)].choices;
    const auto spaced =
        std::find_if(choices.begin(), choices.end(), [](const Choice &c) { return c.name.contains(u' '); });
    const int found = spaced == choices.end() ? -1 : int(spaced - choices.begin());
    m_spacedChoice.insert(list, found);
    return found;
}

void XlsFormParser::readChoices(const Sheet &sheet)
{
    // pyxform asks for list_name and name only of a choices sheet that has choices: an empty or header-only sheet
    // in a form that uses no list is no error.
    if (sheet.rows.empty())
        return;
    const Columns columns = mapColumns(sheet, true);
    const int listColumn = columns.find(u"list_name");
    const int nameColumn = columns.find(u"name");
    if (listColumn < 0 || nameColumn < 0) {
        m_diag.error(sheet.name, sheet.headerExcelRow, QString(),
                     QStringLiteral("the %1 sheet needs 'list_name' and 'name' columns").arg(sheet.name));
        return;
    }
    for (size_t c = 0; c < columns.base.size(); ++c) {
        if (columns.base[c] != u"list_name" && columns.base[c] != u"name" && columns.language[c] < 0)
            m_choiceSheetColumns.append(columns.base[c]);
    }
    for (const SheetRow &row : sheet.rows) {
        const QString listName = row.cell(listColumn).trimmed();
        const QString name = row.cell(nameColumn).trimmed();
        if (listName.isEmpty() && name.isEmpty())
            continue;
        if (!checkNoControlCharacters(sheet, row, listColumn, QStringLiteral("list_name")) ||
            !checkNoControlCharacters(sheet, row, nameColumn, QStringLiteral("choice name")))
            continue;
        if (listName.isEmpty()) {
            m_diag.error(sheet.name, row.excelRow, QStringLiteral("list_name"),
                         QStringLiteral("choice '%1' has no list_name").arg(name));
            continue;
        }
        const int index = listIndex(listName);
        auto list = index < 0 ? m_q.lists.end() : m_q.lists.begin() + index;
        if (list == m_q.lists.end()) {
            ChoiceList created;
            created.name = listName;
            m_q.lists.push_back(std::move(created));
            list = std::prev(m_q.lists.end());
        }
        if (name.isEmpty()) {
            m_diag.error(sheet.name, row.excelRow, QStringLiteral("name"),
                         QStringLiteral("a choice in list '%1' has no name").arg(listName));
            continue;
        }
        // external_choices feed filtered look-ups where one name may stand under several parents, and a form may
        // allow duplicates outright (settings: allow_choice_duplicates).
        const bool duplicatesAllowed = m_allowChoiceDuplicates || sheet.name.compare(u"external_choices", Qt::CaseInsensitive) == 0;
        QHash<QString, int> &names = m_choiceIndex[listName];
        if (names.contains(name) && !duplicatesAllowed) {
            m_diag.error(sheet.name, row.excelRow, QStringLiteral("name"),
                         QStringLiteral("list '%1' has the choice name '%2' twice (first at row %3)")
                             .arg(listName, name)
                             .arg(list->choices[static_cast<size_t>(names.value(name))].excelRow));
            continue;
        }
        Choice choice;
        choice.name = name;
        choice.excelRow = row.excelRow;
        fillText(choice.label, QStringLiteral("label"), columns, row);
        // Only filled cells: an absent column reads as empty, and a sheet of thousands of columns stays cheap.
        const size_t filled = std::min(columns.base.size(), static_cast<size_t>(row.cells.size()));
        for (size_t c = 0; c < filled; ++c) {
            const QString &base = columns.base[c];
            if (base == u"list_name" || base == u"name" || row.cells.at(c).isEmpty())
                continue;
            // A translated column is also kept under its whole header, so a choice filter can name it
            // ("label::English != ''").
            const QString key =
                columns.language[c] >= 0 ? sheet.headers.at(static_cast<int>(c)).simplified().toLower() : base;
            choice.columns.insert(key, row.cells.at(c));
        }
        if (choice.label.isEmpty()) {
            m_diag.warning(sheet.name, row.excelRow, QStringLiteral("label"),
                           QStringLiteral("choice '%1' in list '%2' has no label").arg(name, listName));
        }
        if (!names.contains(name))
            names.insert(name, static_cast<int>(list->choices.size()));
        list->choices.push_back(std::move(choice));
    }
}

} // namespace flowdesk
