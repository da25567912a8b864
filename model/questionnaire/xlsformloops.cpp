// "begin loop over LIST": pyxform's builder asks the loop's questions once per choice of LIST. The rows are
// rewritten here into the groups pyxform builds, so everything after (names, expressions, validation, entry) sees
// ordinary groups.
#include "xlsformparser.h"

#include <algorithm>

namespace flowdesk {

namespace {

// Far beyond any real form; loops multiply (a loop of 50 choices inside one of 50 is 2,500 groups), so a few
// rows could otherwise ask for millions.
constexpr size_t kMaxExpandedRows = 200000;

const QString kNamePattern = QStringLiteral("%(name)s");
const QString kLabelPattern = QStringLiteral("%(label)s");

void setType(SheetRow &row, int typeColumn, const QString &type)
{
    if (row.cells.size() <= typeColumn)
        row.cells.resize(typeColumn + 1);
    row.cells[typeColumn] = type;
}

// Index past the row that closes the block opened at `begin`, or -1 when it is never closed.
qsizetype matchingEnd(const std::vector<SheetRow> &rows, size_t begin, int typeColumn)
{
    int depth = 0;
    for (size_t j = begin + 1; j < rows.size(); ++j) {
        const ParsedType type = parseQuestionType(rows[j].cell(typeColumn));
        if (type.beginsBlock) {
            ++depth;
        } else if (type.endsBlock) {
            if (depth == 0)
                return static_cast<qsizetype>(j);
            --depth;
        }
    }
    return -1;
}

} // namespace

Sheet XlsFormParser::expandLoops(const Sheet &survey, const Columns &columns, int typeColumn)
{
    Sheet expanded;
    expanded.name = survey.name;
    expanded.headers = survey.headers;
    expanded.headerExcelRow = survey.headerExcelRow;
    const bool hasLoop = std::any_of(survey.rows.begin(), survey.rows.end(), [&](const SheetRow &row) {
        return row.cell(typeColumn).contains(QStringLiteral("loop"));
    });
    if (!hasLoop) {
        expanded.rows = survey.rows;
        return expanded;
    }
    m_expandedRows = 0;
    expandLoopBody(survey.rows, columns, typeColumn, expanded.rows, survey);
    return expanded;
}

void XlsFormParser::expandLoopBody(const std::vector<SheetRow> &rows, const Columns &columns, int typeColumn,
                                   std::vector<SheetRow> &out, const Sheet &survey)
{
    const int defaultLanguage = m_defaultLanguageSetting.isEmpty() ? 0 : languageFor(m_defaultLanguageSetting);
    for (size_t i = 0; i < rows.size() && m_expandedRows <= kMaxExpandedRows; ++i) {
        const SheetRow &row = rows[i];
        const ParsedType type = parseQuestionType(row.cell(typeColumn));
        const qsizetype end = type.beginsBlock && type.loop ? matchingEnd(rows, i, typeColumn) : -1;
        // A loop never closed, or closed by another kind of block, is reported as it stands by the survey reader.
        if (end < 0 || !parseQuestionType(rows[static_cast<size_t>(end)].cell(typeColumn)).loop) {
            out.push_back(row);
            continue;
        }
        const auto list = std::find_if(m_q.lists.begin(), m_q.lists.end(),
                                       [&](const ChoiceList &l) { return l.name == type.loopList; });
        if (type.loopList.isEmpty() || list == m_q.lists.end()) {
            m_diag.error(survey.name, row.excelRow, QStringLiteral("type"),
                         type.loopList.isEmpty()
                             ? QStringLiteral("'%1' needs a choice list: write 'begin loop over LIST'")
                                   .arg(row.cell(typeColumn))
                             : QStringLiteral("loop over list '%1', which is not in the choices sheet")
                                   .arg(type.loopList));
            i = static_cast<size_t>(end);
            continue;
        }

        SheetRow loopRow = row;
        setType(loopRow, typeColumn, QStringLiteral("begin group"));
        out.push_back(std::move(loopRow));
        const std::vector<SheetRow> body(rows.begin() + static_cast<qsizetype>(i) + 1, rows.begin() + end);
        for (const Choice &choice : list->choices) {
            if (choice.name == u"none") // pyxform leaves out a select_multiple's "none" choice
                continue;
            m_expandedRows += body.size() + 2;
            if (m_expandedRows > kMaxExpandedRows) {
                m_diag.error(survey.name, row.excelRow, QStringLiteral("type"),
                             QStringLiteral("loops in this form would make more than %1 rows; a loop asks its "
                                            "questions once per choice, so nested loops multiply")
                                 .arg(kMaxExpandedRows));
                return;
            }
            // The choice's own group, labelled with the choice's label in each language.
            SheetRow group{row.excelRow, QStringList(survey.headers.size())};
            group.cells[typeColumn] = QStringLiteral("begin group");
            for (size_t c = 0; c < columns.base.size(); ++c) {
                if (columns.base[c] == u"name")
                    group.cells[static_cast<qsizetype>(c)] = choice.name;
                else if (columns.base[c] == u"label")
                    group.cells[static_cast<qsizetype>(c)] =
                        choice.label.text(columns.language[c] >= 0 ? columns.language[c] : defaultLanguage,
                                          defaultLanguage);
            }
            out.push_back(std::move(group));

            // pyxform substitutes only in the loop's direct children, not in rows of groups nested inside.
            std::vector<SheetRow> children = body;
            int depth = 0;
            for (SheetRow &child : children) {
                const ParsedType childType = parseQuestionType(child.cell(typeColumn));
                if (childType.endsBlock)
                    --depth;
                if (depth == 0) {
                    for (qsizetype c = 0; c < child.cells.size(); ++c) {
                        const int language = static_cast<size_t>(c) < columns.language.size()
                                                 ? columns.language[static_cast<size_t>(c)]
                                                 : -1;
                        child.cells[c].replace(kNamePattern, choice.name);
                        child.cells[c].replace(
                            kLabelPattern, choice.label.text(language >= 0 ? language : defaultLanguage, defaultLanguage));
                    }
                }
                if (childType.beginsBlock)
                    ++depth;
            }
            expandLoopBody(children, columns, typeColumn, out, survey);
            out.push_back(SheetRow{row.excelRow, {}});
            setType(out.back(), typeColumn, QStringLiteral("end group"));
        }
        SheetRow endRow = rows[static_cast<size_t>(end)];
        setType(endRow, typeColumn, QStringLiteral("end group"));
        out.push_back(std::move(endRow));
        i = static_cast<size_t>(end);
    }
}

} // namespace flowdesk
