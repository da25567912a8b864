// Expressions of the survey sheet: compiled once names are all known, checked, and put in evaluation order.
#include "xlsformparser.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <queue>

namespace flowdesk {

namespace {

QString lastSegment(QStringView reference)
{
    QStringView ref = reference.trimmed();
    while (ref.endsWith(u'/'))
        ref.chop(1);
    const qsizetype slash = ref.lastIndexOf(u'/');
    return (slash >= 0 ? ref.mid(slash + 1) : ref).toString();
}

// Word processors turn quotes typographic; pyxform straightens them in every cell, so forms written that way
// work in ODK. Only expressions are straightened here: labels keep the quotes their author chose.
QString straightQuotes(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c == QChar(0x2018) || c == QChar(0x2019))
            c = u'\'';
        else if (c == QChar(0x201C) || c == QChar(0x201D))
            c = u'"';
    }
    return out;
}

// Stands in a choice filter for a choices-sheet column whose header XPath cannot spell ("label::English"): the
// parser would read "::" as an axis.
const QString kColumnPlaceholder = QStringLiteral("__flowdesk_choice_column_");

// `filter` with every mention of a "::" column outside string literals replaced by its placeholder.
QString replaceDoubleColonColumns(const QString &filter, const QStringList &choiceColumns)
{
    QString out;
    QChar quote;
    for (qsizetype i = 0; i < filter.size();) {
        const QChar c = filter.at(i);
        if (!quote.isNull() || c == u'\'' || c == u'"') {
            quote = quote.isNull() ? c : (c == quote ? QChar() : quote);
            out += c;
            ++i;
            continue;
        }
        qsizetype matched = 0;
        const bool wordStarts = i == 0 || !(filter.at(i - 1).isLetterOrNumber() || filter.at(i - 1) == u'_');
        for (int column = 0; wordStarts && column < choiceColumns.size() && matched == 0; ++column) {
            const QString &header = choiceColumns.at(column);
            if (!header.contains(QStringLiteral("::")) ||
                QStringView(filter).mid(i, header.size()).compare(header, Qt::CaseInsensitive) != 0)
                continue;
            const qsizetype end = i + header.size();
            const bool wordEnds = end >= filter.size() || !(filter.at(end).isLetterOrNumber() || filter.at(end) == u'_');
            if (wordEnds) {
                out += kColumnPlaceholder + QString::number(column);
                matched = header.size();
            }
        }
        if (matched == 0) {
            out += c;
            ++i;
        }
        i += matched;
    }
    return out;
}

} // namespace

void XlsFormParser::compileExpressions(const Sheet &survey, const Columns &columns)
{
    QHash<QString, int> occurrences;
    for (const Item &item : m_q.items)
        occurrences[item.name] += 1;

    // Choice columns a choice_filter may name bare ("country = ${survey_country}").
    // Column (lower case) -> its index in choiceColumns: a look-up per reference, however wide the sheet.
    QHash<QString, int> columnIndex;
    const auto addColumn = [&](const QString &column) {
        const QString key = column.toLower();
        if (!columnIndex.contains(key)) {
            columnIndex.insert(key, static_cast<int>(m_q.choiceColumns.size()));
            m_q.choiceColumns.append(column);
        }
        return columnIndex.value(key);
    };
    m_q.choiceColumns.clear();
    addColumn(QStringLiteral("name"));
    addColumn(QStringLiteral("label"));
    for (const QString &column : std::as_const(m_choiceSheetColumns))
        addColumn(column);
    for (const ChoiceList &list : m_q.lists) { // external choice files have columns of their own
        for (const Choice &choice : list.choices) {
            for (auto it = choice.columns.cbegin(); it != choice.columns.cend(); ++it)
                addColumn(it.key());
        }
    }

    for (const PendingRow &pending : m_pending) {
        Item &item = m_q.items[static_cast<size_t>(pending.item)];
        auto compile = [&](QStringView column, const QString &text, bool choiceFilter) {
            if (text.trimmed().isEmpty())
                return expr::Expression();
            QStringList ambiguous;
            QStringList emptyNames;
            const expr::FieldResolver resolve = [&](QStringView reference) -> int {
                const QString name = lastSegment(reference);
                const bool bare = reference.startsWith(u"./");
                if (choiceFilter && name.startsWith(kColumnPlaceholder))
                    return m_q.choiceColumnField(name.mid(kColumnPlaceholder.size()).toInt());
                if (bare && choiceFilter) {
                    if (const auto found = columnIndex.constFind(name.toLower()); found != columnIndex.cend())
                        return m_q.choiceColumnField(*found);
                }
                if (occurrences.value(name) > 1 && !ambiguous.contains(name))
                    ambiguous << name;
                const int item = m_q.itemByName(name);
                if (item >= 0 || !bare)
                    return item;
                // XPath reads a bare name that is no field as an empty node-set; ODK accepts such forms, so do we,
                // with a warning. It becomes a column no choice has: empty everywhere.
                emptyNames << name;
                return m_q.choiceColumnField(addColumn(name.toLower()));
            };
            std::vector<expr::ParseError> errors;
            const QString source = choiceFilter ? replaceDoubleColonColumns(straightQuotes(text), m_q.choiceColumns)
                                                : straightQuotes(text);
            expr::Expression compiled = expr::Expression::parse(source, resolve, &errors);
            for (const expr::ParseError &e : errors) {
                m_diag.error(survey.name, pending.row.excelRow, column.toString(),
                             QStringLiteral("%1 (at character %2 of \"%3\")").arg(e.message).arg(e.position + 1).arg(text));
            }
            for (const QString &name : emptyNames) {
                m_diag.warning(survey.name, pending.row.excelRow, column.toString(),
                               QStringLiteral("'%1' is neither a question nor a choice column, so it reads as empty; "
                                              "write '%1' in quotes for the text, or ${%1} for a question")
                                   .arg(name));
            }
            for (const QString &name : ambiguous) {
                m_diag.warning(survey.name, pending.row.excelRow, column.toString(),
                               QStringLiteral("${%1} is ambiguous: more than one question is named '%1'").arg(name));
            }
            return compiled;
        };
        auto text = [&](QStringView base) { return pending.row.cell(columns.find(base)); };

        item.relevant = compile(u"relevant", pending.generatedRelevant.isEmpty() ? text(u"relevant")
                                                                                 : pending.generatedRelevant,
                                false);
        item.constraint = compile(u"constraint", text(u"constraint"), false);
        item.warning = compile(u"warning", text(u"warning"), false);
        item.calculation = compile(u"calculation", text(u"calculation"), false);
        item.repeatCount = compile(u"repeat_count", text(u"repeat_count"), false);
        if (!pending.requiredText.isEmpty())
            item.required.condition = compile(u"required", pending.requiredText, false);
        const QString filter = text(u"choice_filter");
        if (!filter.trimmed().isEmpty()) {
            if (!isSelect(item.type))
                m_diag.warning(survey.name, pending.row.excelRow, QStringLiteral("choice_filter"),
                               QStringLiteral("choice_filter on '%1', which is not a select, is ignored").arg(item.name));
            else
                item.choiceFilter = compile(u"choice_filter", filter, true);
        }
        if (!item.repeatCount.isNull() && item.type != QuestionType::Repeat) {
            m_diag.warning(survey.name, pending.row.excelRow, QStringLiteral("repeat_count"),
                           QStringLiteral("repeat_count on '%1', which is not a repeat, is ignored").arg(item.name));
        }
    }
    checkTextReferences(survey, columns);
    m_pending.clear();
}

void XlsFormParser::checkTextReferences(const Sheet &survey, const Columns &columns)
{
    // Labels, hints and messages may show answers (${name}); a name that does not exist is an error, as in pyxform.
    static const QRegularExpression reference(QStringLiteral("\\$\\{([^}]*)\\}"));
    for (const PendingRow &pending : m_pending) {
        const size_t filled = std::min(columns.base.size(), static_cast<size_t>(pending.row.cells.size()));
        for (size_t c = 0; c < filled; ++c) {
            if (columns.language[c] < 0 && columns.base[c] != u"label" && columns.base[c] != u"hint")
                continue;
            const QString text = pending.row.cell(static_cast<int>(c));
            if (!text.contains(u"${"))
                continue;
            for (const QRegularExpressionMatch &m : reference.globalMatch(text)) {
                const QString name = m.captured(1).trimmed();
                if (m_q.itemByName(name) < 0)
                    m_diag.error(survey.name, pending.row.excelRow, survey.headers.value(static_cast<int>(c)),
                                 QStringLiteral("reference to unknown field ${%1}").arg(name));
            }
        }
    }
}

void XlsFormParser::orderEvaluation()
{
    const size_t n = m_q.items.size();
    std::vector<std::vector<int>> dependents(n);
    std::vector<std::vector<int>> dependencies(n);
    std::vector<int> pendingCount(n, 0);
    auto addEdge = [&](int from, int to) {
        if (from < 0 || static_cast<size_t>(from) >= n)
            return; // choice columns are not items
        dependents[static_cast<size_t>(from)].push_back(to);
        dependencies[static_cast<size_t>(to)].push_back(from);
        ++pendingCount[static_cast<size_t>(to)];
    };
    for (const Item &item : m_q.items) {
        QSet<int> deps;
        for (const expr::Expression *e : {&item.relevant, &item.calculation, &item.repeatCount}) {
            if (!e->isNull())
                for (int ref : e->references())
                    deps.insert(ref);
        }
        if (item.parent >= 0)
            deps.insert(item.parent);
        for (int dep : deps)
            addEdge(dep, item.id);
    }

    // Kahn's algorithm, lowest id first, so independent items keep form order.
    std::priority_queue<int, std::vector<int>, std::greater<>> ready;
    for (size_t i = 0; i < n; ++i) {
        if (pendingCount[i] == 0)
            ready.push(static_cast<int>(i));
    }
    m_q.evaluationOrder.clear();
    while (!ready.empty()) {
        const int id = ready.top();
        ready.pop();
        m_q.evaluationOrder.push_back(id);
        for (int next : dependents[static_cast<size_t>(id)]) {
            if (--pendingCount[static_cast<size_t>(next)] == 0)
                ready.push(next);
        }
    }
    if (m_q.evaluationOrder.size() < n) {
        // What Kahn left holds the cycles and what hangs below them; peel off the latter so the message names
        // only the questions that really depend on each other.
        // Kahn again, backwards: an item none of whose dependents is left is not on a cycle.
        std::vector<bool> left(n, false);
        for (size_t i = 0; i < n; ++i)
            left[i] = pendingCount[i] > 0;
        std::vector<int> leftDependents(n, 0);
        std::vector<int> peel;
        for (size_t i = 0; i < n; ++i) {
            if (!left[i])
                continue;
            for (int d : dependents[i])
                leftDependents[i] += left[static_cast<size_t>(d)] ? 1 : 0;
            if (leftDependents[i] == 0)
                peel.push_back(static_cast<int>(i));
        }
        while (!peel.empty()) {
            const size_t id = static_cast<size_t>(peel.back());
            peel.pop_back();
            left[id] = false;
            for (int from : dependencies[id]) {
                if (left[static_cast<size_t>(from)] && --leftDependents[static_cast<size_t>(from)] == 0)
                    peel.push_back(from);
            }
        }
        QStringList cycle;
        int firstRow = 0;
        for (size_t i = 0; i < n; ++i) {
            if (!left[i])
                continue;
            cycle << QStringLiteral("${%1}").arg(m_q.items[i].name);
            if (firstRow == 0)
                firstRow = m_q.items[i].excelRow;
        }
        m_diag.error(QStringLiteral("survey"), firstRow, QString(),
                     QStringLiteral("calculations or relevance conditions depend on each other in a cycle: %1")
                         .arg(cycle.join(QStringLiteral(" -> "))));
    }
    for (int id : m_q.evaluationOrder) {
        if (!m_q.items[static_cast<size_t>(id)].calculation.isNull())
            m_q.calculationOrder.push_back(id);
    }
}

} // namespace flowdesk
