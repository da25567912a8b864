// The survey sheet: one item per question/group/repeat row, blocks balanced, names and lists checked.
#include "xlsformparser.h"

#include "columnheader.h"
#include "xlsform/csvreader.h"
#include "xlsformvalues.h"

#include <QSet>

#include <QRegularExpression>

namespace flowdesk {

namespace {

bool isValidName(const QString &name)
{
    // XML element names, as pyxform requires of every name (it becomes a node of the instance).
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z_\\x{00C0}-\\x{FFFF}][A-Za-z0-9_.\\-\\x{00B7}-\\x{FFFF}]*$"));
    return re.match(name).hasMatch();
}

// Real forms nest groups a handful of levels deep. pyxform and the ODK tools that read its output build the
// form recursively, several calls per level, so Python's default limit of 1,000 calls stops pyxform at a few
// hundred levels; 100 stays well inside what every one of them can read.
constexpr int kMaxNesting = 100;

struct OpenBlock
{
    int item;
    int excelRow;
    bool loop; // a loop that could not be expanded (its error is reported): closed by "end loop" only
};

// pyxform reserves "meta" in every group for the form's metadata.
const QString kReservedName = QStringLiteral("meta");

} // namespace

bool XlsFormParser::checkNoControlCharacters(const Sheet &sheet, const SheetRow &row, int column, const QString &what)
{
    const QString text = row.cell(column);
    const auto bad = std::find_if(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
    if (bad == text.end())
        return true;
    QString shown = text;
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QChar(0xFFFD);
    }
    m_diag.error(sheet.name, row.excelRow, sheet.headers.value(column),
                 QStringLiteral("the %1 in cell %2%3 (\"%4\") holds the control character U+%5, which cannot be "
                                "typed or matched; remove it")
                     .arg(what, Sheet::columnLetter(column))
                     .arg(row.excelRow)
                     .arg(shown)
                     .arg(bad->unicode(), 4, 16, QChar(u'0')));
    return false;
}

int XlsFormParser::externalList(const QString &file, const QString &sheetName, int excelRow)
{
    const QString listName = QStringLiteral("file:") + file;
    if (const int known = listIndex(listName); known >= 0)
        return known;
    const auto source = std::find_if(m_workbook.sources.begin(), m_workbook.sources.end(), [&](const auto &entry) {
        return entry.first.compare(file, Qt::CaseInsensitive) == 0;
    });
    if (source == m_workbook.sources.end()) {
        m_diag.warning(sheetName, excelRow, QStringLiteral("type"),
                       QStringLiteral("choice file '%1' is not beside the form; answers to this question cannot be "
                                      "checked against it")
                           .arg(file));
        return -1;
    }
    const CsvReader::Result read = CsvReader::read(source->second);
    if (const auto *error = std::get_if<CsvReader::Error>(&read)) {
        m_diag.error(sheetName, excelRow, QStringLiteral("type"),
                     QStringLiteral("choice file '%1', line %2: %3").arg(file).arg(error->line).arg(error->message));
        return -1;
    }
    const auto &records = std::get<std::vector<QStringList>>(read);
    const QStringList header = records.empty() ? QStringList() : records.front();
    const qsizetype nameColumn = header.indexOf(QStringLiteral("name"));
    if (nameColumn < 0) {
        m_diag.error(sheetName, excelRow, QStringLiteral("type"),
                     QStringLiteral("choice file '%1' has no 'name' column").arg(file));
        return -1;
    }
    ChoiceList list;
    list.name = listName;
    QSet<QString> seen;
    // Headers are read once, and a record only as far as its own fields: a short record under a wide header
    // costs its own width.
    std::vector<ColumnHeader> columns;
    for (const QString &text : header)
        columns.push_back(ColumnHeader::parse(text));
    std::vector<int> languages(columns.size(), -1);
    for (size_t r = 1; r < records.size(); ++r) {
        const QStringList &record = records[r];
        Choice choice;
        choice.name = record.value(nameColumn).trimmed();
        if (choice.name.isEmpty() || seen.contains(choice.name))
            continue;
        seen.insert(choice.name);
        choice.excelRow = static_cast<int>(r) + 1;
        for (qsizetype c = 0; c < std::min(header.size(), record.size()); ++c) {
            const ColumnHeader &column = columns[static_cast<size_t>(c)];
            int &language = languages[static_cast<size_t>(c)];
            if (column.base == u"label") {
                if (language < 0)
                    language = languageFor(column.language);
                choice.label.set(language, record.at(c));
            } else if (c != nameColumn && !record.at(c).isEmpty()) {
                choice.columns.insert(column.base, record.at(c));
            }
        }
        list.choices.push_back(std::move(choice));
    }
    m_q.lists.push_back(std::move(list));
    return static_cast<int>(m_q.lists.size()) - 1;
}

void XlsFormParser::readSurvey(const Sheet &sheet)
{
    const Columns columns = mapColumns(sheet, true);
    const int typeColumn = columns.find(u"type");
    const int nameColumn = columns.find(u"name");
    if (typeColumn < 0) {
        m_diag.error(sheet.name, sheet.headerExcelRow, QString(), QStringLiteral("the survey sheet has no 'type' column"));
        return;
    }
    if (nameColumn < 0) {
        m_diag.error(sheet.name, sheet.headerExcelRow, QString(), QStringLiteral("the survey sheet has no 'name' column"));
        return;
    }
    auto cell = [&](const SheetRow &row, QStringView base) { return row.cell(columns.find(base)); };

    const Sheet expanded = expandLoops(sheet, columns, typeColumn);
    std::vector<OpenBlock> open;
    QHash<QString, int> repeatNames; // pyxform: a repeat's name is unique in the whole survey
    for (const SheetRow &row : expanded.rows) {
        const QString typeText = row.cell(typeColumn).trimmed();
        QString name = row.cell(nameColumn).trimmed();
        // pyxform skips rows marked disabled (a column outside the spec, still found in old forms).
        if (isXlsFormYes(cell(row, u"disabled")))
            continue;
        if (typeText.isEmpty()) {
            if (!name.isEmpty() || !cell(row, u"label").isEmpty())
                m_diag.error(sheet.name, row.excelRow, QStringLiteral("type"),
                             QStringLiteral("row has a name or label but no type"));
            continue;
        }
        const ParsedType type = parseQuestionType(typeText);
        if (!type.known) {
            m_diag.error(sheet.name, row.excelRow, QStringLiteral("type"),
                         QStringLiteral("unknown question type '%1' (types are written as XLSForm spells them, in "
                                        "lower case: 'integer', 'select_one LIST', 'begin_group'...)")
                             .arg(typeText));
            continue;
        }
        if (!type.problem.isEmpty()) {
            m_diag.error(sheet.name, row.excelRow, QStringLiteral("type"), type.problem);
            continue;
        }
        if (!type.setting.isEmpty()) {
            if (type.setting == u"form_title")
                m_q.title = name;
            else if (type.setting == u"form_id")
                m_q.formId = name;
            continue;
        }

        if (type.endsBlock) {
            if (open.empty()) {
                m_diag.error(sheet.name, row.excelRow, QStringLiteral("type"),
                             QStringLiteral("'%1' has no matching begin").arg(typeText));
                continue;
            }
            const Item &top = m_q.items[static_cast<size_t>(open.back().item)];
            if (top.type != type.type || open.back().loop != type.loop) {
                m_diag.error(sheet.name, row.excelRow, QStringLiteral("type"),
                             QStringLiteral("'%1' closes %2 '%3' opened at row %4")
                                 .arg(typeText,
                                      open.back().loop                     ? QStringLiteral("loop")
                                      : top.type == QuestionType::Repeat ? QStringLiteral("repeat")
                                                                          : QStringLiteral("group"),
                                      top.name)
                                 .arg(open.back().excelRow));
            }
            open.pop_back();
            continue;
        }
        // pyxform names a note left unnamed after its row, so its answers (none) and messages stay addressable.
        if (name.isEmpty() && typeText == u"note")
            name = QStringLiteral("generated_note_name_%1").arg(row.excelRow);

        Item item;
        item.id = static_cast<int>(m_q.items.size());
        item.type = type.type;
        item.typeText = typeText;
        item.name = name;
        item.excelRow = row.excelRow;
        item.orOther = type.orOther;
        if (type.type == QuestionType::Metadata)
            item.metadataKind = type.canonicalName;
        if (!open.empty()) {
            const Item &parent = m_q.items[static_cast<size_t>(open.back().item)];
            item.parent = parent.id;
            item.depth = parent.depth + 1;
            item.repeat = parent.type == QuestionType::Repeat ? parent.id : parent.repeat;
        }

        if (name.isEmpty()) {
            m_diag.error(sheet.name, row.excelRow, QStringLiteral("name"),
                         QStringLiteral("%1 has no name").arg(type.canonicalName));
        } else if (!checkNoControlCharacters(sheet, row, nameColumn, QStringLiteral("name"))) {
        } else if (!isValidName(name)) {
            m_diag.error(sheet.name, row.excelRow, QStringLiteral("name"),
                         QStringLiteral("'%1' is not a valid name: names start with a letter or underscore and hold "
                                        "only letters, digits, hyphens, underscores and periods")
                             .arg(name));
        } else {
            // As pyxform: a name is unique among its siblings; one that differs only by case is a warning, since
            // tools that ignore case would mix the two up.
            const QString sibling = QString::number(item.parent) + u'/';
            const int clash = m_siblingNames.value(sibling + name, -1);
            const int caseClash = m_siblingNamesLower.value(sibling + name.toLower(), -1);
            if (clash >= 0) {
                m_diag.error(sheet.name, row.excelRow, QStringLiteral("name"),
                             QStringLiteral("the name '%1' is already used at row %2 in the same group")
                                 .arg(name)
                                 .arg(m_q.items[static_cast<size_t>(clash)].excelRow));
            } else if (caseClash >= 0) {
                m_diag.warning(sheet.name, row.excelRow, QStringLiteral("name"),
                               QStringLiteral("the name '%1' differs only by case from '%2' at row %3; tools that "
                                              "ignore case will mix them up")
                                   .arg(name, m_q.items[static_cast<size_t>(caseClash)].name)
                                   .arg(m_q.items[static_cast<size_t>(caseClash)].excelRow));
            }
            if (clash < 0)
                m_siblingNames.insert(sibling + name, item.id);
            if (caseClash < 0)
                m_siblingNamesLower.insert(sibling + name.toLower(), item.id);
            if (name == kReservedName) {
                m_diag.error(sheet.name, row.excelRow, QStringLiteral("name"),
                             QStringLiteral("the name 'meta' is reserved for the form's metadata; choose another"));
            }
            if (type.type == QuestionType::Repeat && name == m_rootName) {
                m_diag.error(sheet.name, row.excelRow, QStringLiteral("name"),
                             QStringLiteral("a repeat cannot be named '%1', the name of the survey's root (the "
                                            "settings 'name', 'data' when not set); rename the repeat")
                                 .arg(name));
            } else if (type.type == QuestionType::Repeat && repeatNames.contains(name)) {
                m_diag.error(sheet.name, row.excelRow, QStringLiteral("name"),
                             QStringLiteral("the repeat name '%1' is already used by the repeat at row %2; repeat "
                                            "names must be unique in the whole form")
                                 .arg(name)
                                 .arg(repeatNames.value(name)));
            } else if (type.type == QuestionType::Repeat) {
                repeatNames.insert(name, row.excelRow);
            }
        }

        fillText(item.label, QStringLiteral("label"), columns, row);
        fillText(item.hint, QStringLiteral("hint"), columns, row);
        fillText(item.requiredMessage, QStringLiteral("required_message"), columns, row);
        fillText(item.constraintMessage, QStringLiteral("constraint_message"), columns, row);
        fillText(item.warningMessage, QStringLiteral("warning_message"), columns, row);
        item.appearance = cell(row, u"appearance").trimmed();
        item.defaultValue = cell(row, u"default");
        item.pii = isXlsFormYes(cell(row, u"pii"));
        item.readOnly = isXlsFormYes(cell(row, u"read_only"));

        if (isSelect(type.type) && !type.external) {
            if (!type.externalFile.isEmpty()) {
                item.list = externalList(type.externalFile, sheet.name, row.excelRow);
            } else if (type.listIsReference) {
                m_diag.warning(sheet.name, row.excelRow, QStringLiteral("type"),
                               QStringLiteral("'%1' offers earlier answers as its choices; its answers are kept but "
                                              "not checked against them")
                                   .arg(typeText));
            } else if (type.list.isEmpty()) {
                m_diag.error(sheet.name, row.excelRow, QStringLiteral("type"),
                             QStringLiteral("'%1' needs a choice list name").arg(typeText));
            } else {
                item.list = listIndex(type.list);
                if (item.list < 0) {
                    m_diag.error(sheet.name, row.excelRow, QStringLiteral("type"),
                                 QStringLiteral("list '%1' is not in the choices sheet").arg(type.list));
                } else if (type.type == QuestionType::SelectMultiple) {
                    // A select_multiple answer is its choice names joined by spaces, as in pyxform.
                    const ChoiceList &list = m_q.lists[size_t(item.list)];
                    const int spaced = firstSpacedChoice(item.list);
                    if (spaced >= 0) {
                        const Choice &choice = list.choices[size_t(spaced)];
                        m_diag.error(sheet.name, row.excelRow, QStringLiteral("type"),
                                     QStringLiteral("list '%1' has the choice name '%2' (choices row %3), which holds a "
                                                    "space; a select_multiple answer lists its choices separated by "
                                                    "spaces, so its choice names cannot hold one")
                                         .arg(type.list, choice.name)
                                         .arg(choice.excelRow));
                    }
                }
            }
        } else if (type.external) {
            item.list = listIndex(type.list);
            if (item.list < 0) // pyxform refuses such a form
                m_diag.error(sheet.name, row.excelRow, QStringLiteral("type"),
                             QStringLiteral("list '%1' is not in the external_choices sheet, where select_one_external "
                                            "finds its choices")
                                 .arg(type.list));
        }

        if (type.orOther && !cell(row, u"choice_filter").trimmed().isEmpty()) {
            m_diag.error(sheet.name, row.excelRow, QStringLiteral("choice_filter"),
                         QStringLiteral("'%1' offers 'other' and has a choice_filter; XLSForm does not allow both "
                                        "(drop 'or_other' and add an 'other' choice to the list instead)")
                             .arg(typeText));
        }
        if (type.type == QuestionType::Unsupported) {
            m_diag.warning(sheet.name, row.excelRow, QStringLiteral("type"),
                           QStringLiteral("'%1' questions cannot be captured on a desktop: '%2' is kept but stays "
                                          "unanswered")
                               .arg(type.canonicalName, name));
        }
        if (isInputType(type.type) && item.label.isEmpty() && item.appearance.isEmpty()) {
            m_diag.warning(sheet.name, row.excelRow, QStringLiteral("label"),
                           QStringLiteral("question '%1' has no label").arg(name));
        }

        const QString required = cell(row, u"required").trimmed();
        if (isXlsFormYes(required))
            item.required.always = true;
        const bool requiredIsExpression = !isXlsFormYes(required) && !isXlsFormNo(required);

        // pyxform lets a calculate go without a calculation when its default is an expression (set once, on load).
        static const QRegularExpression dynamic(QStringLiteral("[-+*|()\\[\\]{}]|\\$\\{|\\b(div|mod)\\b"));
        if (type.type == QuestionType::Calculate && cell(row, u"calculation").trimmed().isEmpty() &&
            !dynamic.match(item.defaultValue).hasMatch()) {
            m_diag.error(sheet.name, row.excelRow, QStringLiteral("calculation"),
                         QStringLiteral("calculate '%1' has no calculation").arg(name));
        }

        if (item.parent >= 0)
            m_q.items[static_cast<size_t>(item.parent)].children.push_back(item.id);
        else
            m_q.topLevel.push_back(item.id);
        m_pending.push_back({item.id, row, requiredIsExpression ? required : QString(), QString()});
        if (type.beginsBlock && int(open.size()) == kMaxNesting) {
            m_diag.error(sheet.name, row.excelRow, QStringLiteral("type"),
                         QStringLiteral("'%1' is nested %2 levels deep; groups and repeats nest at most %3 levels")
                             .arg(name)
                             .arg(open.size() + 1)
                             .arg(kMaxNesting));
        }
        if (type.beginsBlock)
            open.push_back({item.id, row.excelRow, type.loop});
        const bool addsOther = type.orOther && item.list >= 0 && !name.isEmpty();
        m_q.items.push_back(std::move(item));
        if (addsOther)
            addOther(sheet, m_q.items.back().id, row);
    }

    for (const OpenBlock &block : open) {
        const Item &item = m_q.items[static_cast<size_t>(block.item)];
        m_diag.error(sheet.name, block.excelRow, QStringLiteral("type"),
                     QStringLiteral("%1 '%2' is never closed (no matching %3)")
                         .arg(item.typeText, item.name,
                              block.loop                        ? QStringLiteral("end_loop")
                              : item.type == QuestionType::Repeat ? QStringLiteral("end_repeat")
                                                                  : QStringLiteral("end_group")));
    }
    m_q.indexNames();
    compileExpressions(sheet, columns);
    orderEvaluation();
}

} // namespace flowdesk
