#include "casesummarystore.h"

#include "sqlsupport.h"

#include <algorithm>

namespace flowdesk {

namespace {

constexpr auto kWrite = R"sql(
UPDATE case_summaries
SET label = :label, column1 = :c1, column2 = :c2, column3 = :c3, column4 = :c4, errors = :errors,
    warnings = :warnings, duration = :duration,
    comments = (SELECT COUNT(*) FROM comments WHERE interview_id = :id AND hidden = 0),
    flags = (:errors > 0) + 2 * (:warnings > 0)
            + 4 * ((SELECT COUNT(*) FROM comments WHERE interview_id = :id AND hidden = 0) > 0),
    stale = 0
WHERE interview_id = :id)sql";
constexpr auto kRefreshComments = R"sql(
UPDATE case_summaries
SET comments = (SELECT COUNT(*) FROM comments WHERE interview_id = :id AND hidden = 0),
    flags = (flags & 3) + 4 * ((SELECT COUNT(*) FROM comments WHERE interview_id = :id AND hidden = 0) > 0)
WHERE interview_id = :id)sql";
constexpr auto kStaleCount = R"sql(
SELECT COUNT(*) FROM case_summaries WHERE stale = 1 AND (? = 0 OR questionnaire_id = ?))sql";
constexpr auto kStaleIds = R"sql(
SELECT interview_id FROM case_summaries WHERE stale = 1 AND interview_id > ? ORDER BY interview_id LIMIT ?)sql";

constexpr auto kSelectColumns = R"sql(
SELECT interview_id, questionnaire_id, label, interview_date, enumerator, column1, column2, column3, column4,
       status, status_since, errors, warnings, comments, duration, modified_at, stale,
       (SELECT version FROM interviews WHERE id = interview_id)
FROM case_summaries)sql";
constexpr auto kFind = R"sql( WHERE interview_id = ?)sql";
constexpr auto kSameDay = R"sql( WHERE enumerator = ? AND interview_date >= ? AND interview_date < ?
ORDER BY interview_id)sql";
constexpr auto kGroupCounts = R"sql(SELECT status, flags, COUNT(*) FROM case_summaries)sql";
// A search's matches are counted from the small (interview_id, status, flags) index of migration 4: SQLite would
// look each one up in the table by rowid, reading most of its pages (1.2-1.4 s cold at a million against 0.3 s).
constexpr auto kSearchCountsIndex = R"sql( INDEXED BY case_by_id_status)sql";
constexpr auto kGroupCountsTail = R"sql( GROUP BY status, flags)sql";
// Without a date or text filter the groups come from case_counts (kept in step by triggers, migration 3): a
// few hundred rows instead of a million. It has the columns a questionnaire or enumerator filter names.
constexpr auto kKeptCounts = R"sql(SELECT status, flags, SUM(n) FROM case_counts)sql";
constexpr auto kOtherQuestionnaires = R"sql(
SELECT EXISTS (SELECT 1 FROM case_counts WHERE questionnaire_id <> ? AND n > 0))sql";
constexpr auto kKeptCountsTail = R"sql( GROUP BY status, flags HAVING SUM(n) > 0)sql";
// A text search reads every row's label and columns: one pass over the table in rowid order (about 0.2 s at a
// million) beats walking an index with a table lookup per entry (5 s), which SQLite picks otherwise.
constexpr auto kNotIndexed = R"sql( NOT INDEXED)sql";

// Filter conditions, joined with AND. "%1" is "+" to keep SQLite from using that column's index (so it walks
// the sort column's index instead), or nothing.
constexpr auto kWhereQuestionnaire = R"sql(%1questionnaire_id = ?)sql";
constexpr auto kWhereStatusHead = R"sql(%1status IN ()sql";
constexpr auto kWhereEnumerator = R"sql(%1enumerator = ?)sql";
constexpr auto kWhereFrom = R"sql(%1interview_date >= ?)sql";
constexpr auto kWhereTo = R"sql(%1interview_date < ?)sql";
// One condition per ticked flag, the bit written as a literal: the same text as the WHERE of migration 11's partial
// indexes, which SQLite only uses for a query term it can see is the same (a bound value never is).
constexpr std::array<const char *, 3> kWhereFlag{"(flags & 1) = 1", "(flags & 2) = 2", "(flags & 4) = 4"};
constexpr auto kWhereText = R"sql((label LIKE ? ESCAPE '\' OR enumerator LIKE ? ESCAPE '\'
 OR column1 LIKE ? ESCAPE '\' OR column2 LIKE ? ESCAPE '\' OR column3 LIKE ? ESCAPE '\'
 OR column4 LIKE ? ESCAPE '\'))sql";
constexpr int kTextBinds = 6;
// Three characters or more: the trigram index (migration 4) finds the rows holding the text as a substring of any
// of the same columns, case-insensitively, without reading the table. The MATCH text is one quoted phrase.
constexpr auto kWhereSearch = R"sql(%1interview_id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?))sql";
constexpr int kTrigram = 3;
constexpr auto kAfterAscending = R"sql((%1, interview_id) > (?, ?))sql";
constexpr auto kAfterDescending = R"sql((%1, interview_id) < (?, ?))sql";
// The sort key of the row at an offset: with only the sort column and the rowid selected, an unfiltered list
// skips the offset inside the sort column's index without reading the table (0.1 s for 500,000 entries where
// skipping whole rows takes seconds); the page then continues from that key.
constexpr auto kSelectKey = R"sql(SELECT %1, interview_id FROM case_summaries)sql";
// A date range sorted by last change: the page's ids come from (interview_date, modified_at) alone (migration 8),
// sorted without reading the table, and only those rows are read. Selecting every column at once made SQLite look
// up each row of the range before sorting (85,251 rows for a month at a million: 0.3-0.6 s).
constexpr auto kPageIdsHead = R"sql( WHERE interview_id IN (SELECT interview_id FROM ()sql";
constexpr auto kReorderAscending = R"sql()) ORDER BY %1, interview_id)sql";
constexpr auto kReorderDescending = R"sql()) ORDER BY %1 DESC, interview_id DESC)sql";
// pageWithin(): the window, ids only, from the sort column's index in its order.
constexpr auto kWindowHead = R"sql(interview_id IN (SELECT interview_id FROM case_summaries)sql";
// pageWithin() for three letters or more: the window's ids that the search index matches, in the window's order,
// found without reading the table; with no other condition only the first page's ids, so only those rows are read
// (the table's pages are what a fresh process waits for: testing the window's 10,000 rows with LIKE took 0.6-2.4 s
// cold, collecting and counting every match 0.47 s). "%1" is the window's order and LIMIT.
constexpr auto kWindowMatches = R"sql(interview_id IN (SELECT interview_id FROM (SELECT interview_id FROM case_summaries%1)
 WHERE interview_id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?) LIMIT ?))sql";
constexpr auto kAllRows = R"sql(SELECT COALESCE(SUM(n), 0) FROM case_counts)sql";
constexpr auto kOrderAscending = R"sql( ORDER BY %1, interview_id LIMIT ? OFFSET ?)sql";
constexpr auto kOrderDescending = R"sql( ORDER BY %1 DESC, interview_id DESC LIMIT ? OFFSET ?)sql";

// By CaseColumn.
constexpr std::array<const char *, kCaseColumnCount> kSortColumns{
    "label",  "interview_date", "enumerator", "column1",  "column2",  "column3",    "column4",
    "status", "errors",         "warnings",   "comments", "duration", "modified_at"};

struct Where
{
    QStringList conditions;
    QVariantList binds;

    QString text() const { return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")); }
};

bool searchesByLike(const CaseFilter &filter)
{
    return CaseSummaryStore::searchesByLike(filter);
}

QString phrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString escapedLike(const QString &text)
{
    QString escaped = text;
    escaped.replace(QStringLiteral("\\"), QStringLiteral("\\\\"))
        .replace(QStringLiteral("%"), QStringLiteral("\\%"))
        .replace(QStringLiteral("_"), QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

// `hintColumn`: the sort column (whose index may be used); every other filter column gets the "+" when
// `preferSortIndex`.
Where where(const CaseFilter &filter, bool withStatusAndFlags, bool preferSortIndex, const char *hintColumn,
            bool textByLike = false)
{
    Where w;
    auto hint = [&](const char *column) {
        return preferSortIndex && qstrcmp(column, hintColumn) != 0 ? QStringLiteral("+") : QString();
    };
    if (filter.questionnaireId != 0) {
        w.conditions << QString::fromUtf8(kWhereQuestionnaire).arg(hint("questionnaire_id"));
        w.binds << filter.questionnaireId;
    }
    // One status and a date or modification order: (status, that column) is an index (migration 4) that gives the
    // page in order and skips an offset without reading the table.
    const bool statusIndex = filter.statuses.size() == 1 &&
                             (qstrcmp(hintColumn, "interview_date") == 0 || qstrcmp(hintColumn, "modified_at") == 0);
    if (withStatusAndFlags && !filter.statuses.empty()) {
        QString in = QString::fromUtf8(kWhereStatusHead).arg(statusIndex ? QString() : hint("status"));
        for (size_t i = 0; i < filter.statuses.size(); ++i) {
            in += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
            w.binds << statusName(filter.statuses[i]);
        }
        w.conditions << in + u')';
    }
    if (!filter.enumerator.isEmpty()) {
        w.conditions << QString::fromUtf8(kWhereEnumerator).arg(hint("enumerator"));
        w.binds << filter.enumerator;
    }
    if (filter.from.isValid()) {
        w.conditions << QString::fromUtf8(kWhereFrom).arg(hint("interview_date"));
        w.binds << QDateTime(filter.from, QTime(0, 0)).toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        w.conditions << QString::fromUtf8(kWhereTo).arg(hint("interview_date"));
        w.binds << QDateTime(filter.to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    }
    const std::array<bool, 3> flags{filter.withErrors, filter.withWarnings, filter.withComments};
    for (size_t f = 0; f < flags.size(); ++f) {
        if (withStatusAndFlags && flags[f])
            w.conditions << QString::fromLatin1(kWhereFlag[f]);
    }
    if (!filter.text.trimmed().isEmpty() && !searchesByLike(filter) && !textByLike) {
        w.conditions << QString::fromUtf8(kWhereSearch).arg(hint("interview_id"));
        w.binds << phrase(filter.text.trimmed());
    } else if (!filter.text.trimmed().isEmpty()) {
        w.conditions << QString::fromUtf8(kWhereText);
        const QString like = escapedLike(filter.text.trimmed());
        for (int i = 0; i < kTextBinds; ++i)
            w.binds << like;
    }
    return w;
}

CaseSummary read(const QSqlQuery &q)
{
    CaseSummary s;
    s.interviewId = q.value(0).toLongLong();
    s.questionnaireId = q.value(1).toLongLong();
    s.label = q.value(2).toString();
    s.date = sql::fromStoredTime(q.value(3));
    s.enumerator = q.value(4).toString();
    for (int c = 0; c < kCaseListColumns; ++c)
        s.columns[size_t(c)] = q.value(5 + c).toString();
    s.status = statusFromName(q.value(9).toString());
    s.statusSince = sql::fromStoredTime(q.value(10));
    s.errors = q.value(11).toInt();
    s.warnings = q.value(12).toInt();
    s.comments = q.value(13).toInt();
    s.durationSeconds = q.value(14).toLongLong();
    s.modified = sql::fromStoredTime(q.value(15));
    s.stale = q.value(16).toInt() != 0;
    s.version = q.value(17).toLongLong();
    return s;
}

std::vector<CaseSummary> readAll(QSqlQuery &q)
{
    std::vector<CaseSummary> rows;
    while (q.next())
        rows.push_back(read(q));
    return rows;
}

bool prepareText(QSqlQuery &q, const QString &statement)
{
    return sql::prepare(q, statement.toUtf8().constData(), nullptr);
}

} // namespace

CaseSummaryStore::CaseSummaryStore(const QString &connectionName)
    : m_connection(connectionName), m_write(sql::query(connectionName))
{
}

bool CaseSummaryStore::write(const CaseSummaryFacts &facts, QString *error)
{
    if (!m_writePrepared) {
        if (!sql::prepareKept(m_write, m_connection, kWrite, error))
            return false;
        m_writePrepared = true;
    }
    m_write.bindValue(QStringLiteral(":label"), sql::nonNull(facts.label));
    m_write.bindValue(QStringLiteral(":c1"), sql::nonNull(facts.columns[0]));
    m_write.bindValue(QStringLiteral(":c2"), sql::nonNull(facts.columns[1]));
    m_write.bindValue(QStringLiteral(":c3"), sql::nonNull(facts.columns[2]));
    m_write.bindValue(QStringLiteral(":c4"), sql::nonNull(facts.columns[3]));
    m_write.bindValue(QStringLiteral(":errors"), facts.errors);
    m_write.bindValue(QStringLiteral(":warnings"), facts.warnings);
    m_write.bindValue(QStringLiteral(":duration"), facts.durationSeconds);
    m_write.bindValue(QStringLiteral(":id"), facts.interviewId);
    return sql::exec(m_write, u"Cannot update the case list", error);
}

bool CaseSummaryStore::refreshComments(qint64 interviewId, QString *error)
{
    QSqlQuery q = sql::query(m_connection);
    if (!sql::prepare(q, kRefreshComments, error))
        return false;
    q.bindValue(QStringLiteral(":id"), interviewId);
    return sql::exec(q, u"Cannot update the case list", error);
}

qint64 CaseSummaryStore::staleCount(qint64 questionnaireId) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kStaleCount, nullptr))
        return 0;
    q.addBindValue(questionnaireId);
    q.addBindValue(questionnaireId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

std::vector<qint64> CaseSummaryStore::staleIds(qint64 afterId, int limit) const
{
    std::vector<qint64> ids;
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kStaleIds, nullptr))
        return ids;
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec())
        return ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

std::optional<CaseSummary> CaseSummaryStore::find(qint64 interviewId) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!prepareText(q, QString::fromUtf8(kSelectColumns) + QString::fromUtf8(kFind)))
        return std::nullopt;
    q.addBindValue(interviewId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return read(q);
}

std::vector<CaseSummary> CaseSummaryStore::sameDay(const QString &enumerator, const QDateTime &date) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!prepareText(q, QString::fromUtf8(kSelectColumns) + QString::fromUtf8(kSameDay)))
        return {};
    const QDateTime start(date.toLocalTime().date(), QTime(0, 0));
    q.addBindValue(enumerator);
    q.addBindValue(start.toMSecsSinceEpoch());
    q.addBindValue(start.addDays(1).toMSecsSinceEpoch());
    if (!q.exec())
        return {};
    return readAll(q);
}

std::vector<CaseSummary> CaseSummaryStore::page(const CaseFilter &filter, const CaseSort &sort,
                                                const std::optional<CaseKey> &after, int limit,
                                                bool preferSortIndex) const
{
    return select(filter, sort, after, 0, limit, preferSortIndex);
}

std::vector<CaseSummary> CaseSummaryStore::pageAt(const CaseFilter &filter, const CaseSort &sort, qint64 offset,
                                                  int limit, bool preferSortIndex) const
{
    return select(filter, sort, std::nullopt, offset, limit, preferSortIndex);
}

std::vector<CaseSummary> CaseSummaryStore::select(const CaseFilter &filter, const CaseSort &sort,
                                                  const std::optional<CaseKey> &after, qint64 offset, int limit,
                                                  bool preferSortIndex) const
{
    const char *column = kSortColumns[size_t(sort.column)];
    Where w = where(filter, true, preferSortIndex, column);
    if (after) {
        w.conditions << QString::fromUtf8(sort.descending ? kAfterDescending : kAfterAscending).arg(QLatin1String(column));
        w.binds << after->value << after->interviewId;
    }
    const bool scan = searchesByLike(filter) && !preferSortIndex;
    const QString order =
        QString::fromUtf8(sort.descending ? kOrderDescending : kOrderAscending).arg(QLatin1String(column));
    const bool dateRangeByModified =
        (filter.from.isValid() || filter.to.isValid()) && sort.column == CaseColumn::Modified && !preferSortIndex;
    const QString statement =
        dateRangeByModified
            ? QString::fromUtf8(kSelectColumns) + QString::fromUtf8(kPageIdsHead) +
                  QString::fromUtf8(kSelectKey).arg(QLatin1String(column)) + w.text() + order +
                  QString::fromUtf8(sort.descending ? kReorderDescending : kReorderAscending)
                      .arg(QLatin1String(column))
            : QString::fromUtf8(kSelectColumns) + (scan ? QString::fromUtf8(kNotIndexed) : QString()) + w.text() + order;
    QSqlQuery q = sql::query(m_connection, true);
    if (!prepareText(q, statement))
        return {};
    for (const QVariant &value : w.binds)
        q.addBindValue(value);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return {};
    return readAll(q);
}

std::vector<CaseSummary> CaseSummaryStore::pageWithin(const CaseFilter &filter, const CaseSort &sort, int window,
                                                      int limit) const
{
    const char *column = kSortColumns[size_t(sort.column)];
    const QString order =
        QString::fromUtf8(sort.descending ? kOrderDescending : kOrderAscending).arg(QLatin1String(column));
    // The filter's own indexes are left aside ("+"): the window already names the few rows to test. Three letters
    // or more are looked up in the search index for the window's ids (kWindowMatches); one or two, which have no
    // trigram, are tested with LIKE on the window's rows (88 ms in a fresh process at a million, where probing the
    // search index's matches took 0.84 s). LIKE folds only ASCII letters, so other short text takes the usual way
    // (nothing returned).
    const QString text = filter.text.trimmed();
    Where w;
    if (!text.isEmpty() && !searchesByLike(filter)) {
        CaseFilter others = filter;
        others.text.clear();
        w = where(others, true, true, "");
        const bool textOnly = w.conditions.isEmpty();
        w.conditions.prepend(QString::fromUtf8(kWindowMatches).arg(order));
        w.binds = QVariantList{window, 0, phrase(text), textOnly ? limit : window} + w.binds;
    } else {
        if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 128; }))
            return {};
        w = where(filter, true, true, "", true);
        w.conditions.prepend(QString::fromUtf8(kWindowHead) + order + u')');
        w.binds.prepend(0);
        w.binds.prepend(window);
    }
    QSqlQuery q = sql::query(m_connection, true);
    if (!prepareText(q, QString::fromUtf8(kSelectColumns) + w.text() + order))
        return {};
    for (const QVariant &value : w.binds)
        q.addBindValue(value);
    q.addBindValue(limit);
    q.addBindValue(0);
    if (!q.exec())
        return {};
    return readAll(q);
}

qint64 CaseSummaryStore::totalRows() const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kAllRows, nullptr) || !q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool CaseSummaryStore::onlyQuestionnaire(qint64 questionnaireId) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kOtherQuestionnaires, nullptr))
        return false;
    q.addBindValue(questionnaireId);
    return q.exec() && q.next() && q.value(0).toInt() == 0;
}

std::optional<CaseKey> CaseSummaryStore::keyAt(const CaseFilter &filter, const CaseSort &sort, qint64 offset,
                                               bool preferSortIndex) const
{
    const char *column = kSortColumns[size_t(sort.column)];
    const Where w = where(filter, true, preferSortIndex, column);
    const QString statement = QString::fromUtf8(kSelectKey).arg(QLatin1String(column)) + w.text() +
                              QString::fromUtf8(sort.descending ? kOrderDescending : kOrderAscending)
                                  .arg(QLatin1String(column));
    QSqlQuery q = sql::query(m_connection, true);
    if (!prepareText(q, statement))
        return std::nullopt;
    for (const QVariant &value : w.binds)
        q.addBindValue(value);
    q.addBindValue(1);
    q.addBindValue(offset);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return CaseKey{q.value(0), q.value(1).toLongLong()};
}

std::vector<CaseGroupCount> CaseSummaryStore::groupCounts(const CaseFilter &filter) const
{
    std::vector<CaseGroupCount> counts;
    const Where w = where(filter, false, false, "");
    QSqlQuery q = sql::query(m_connection, true);
    const bool hasText = !filter.text.trimmed().isEmpty();
    const bool kept = !hasText && !filter.from.isValid() && !filter.to.isValid();
    const QString scan = searchesByLike(filter) ? QString::fromUtf8(kNotIndexed)
                         : hasText              ? QString::fromUtf8(kSearchCountsIndex)
                                                : QString();
    const QString statement = kept ? QString::fromUtf8(kKeptCounts) + w.text() + QString::fromUtf8(kKeptCountsTail)
                                   : QString::fromUtf8(kGroupCounts) + scan + w.text() +
                                         QString::fromUtf8(kGroupCountsTail);
    if (!prepareText(q, statement))
        return counts;
    for (const QVariant &value : w.binds)
        q.addBindValue(value);
    if (!q.exec())
        return counts;
    while (q.next())
        counts.push_back({statusFromName(q.value(0).toString()), q.value(1).toInt(), q.value(2).toLongLong()});
    return counts;
}

bool CaseSummaryStore::searchesByLike(const CaseFilter &filter)
{
    // Shorter texts have no trigram to look up.
    const QString text = filter.text.trimmed();
    return !text.isEmpty() && text.toUcs4().size() < kTrigram;
}

QVariant CaseSummaryStore::sortValue(const CaseSummary &row, CaseColumn column)
{
    switch (column) {
    case CaseColumn::Label:
        return row.label;
    case CaseColumn::Date:
        return row.date.toMSecsSinceEpoch();
    case CaseColumn::Enumerator:
        return row.enumerator;
    case CaseColumn::Column1:
    case CaseColumn::Column2:
    case CaseColumn::Column3:
    case CaseColumn::Column4:
        return row.columns[size_t(int(column) - int(CaseColumn::Column1))];
    case CaseColumn::Status:
        return statusName(row.status);
    case CaseColumn::Errors:
        return row.errors;
    case CaseColumn::Warnings:
        return row.warnings;
    case CaseColumn::Comments:
        return row.comments;
    case CaseColumn::Duration:
        return row.durationSeconds;
    case CaseColumn::Modified:
        return row.modified.toMSecsSinceEpoch();
    }
    return {};
}

} // namespace flowdesk
