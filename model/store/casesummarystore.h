#pragma once

#include "interview/interview.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <array>
#include <optional>
#include <vector>

namespace flowdesk {

// How many questions a questionnaire can show as case-list columns.
inline constexpr int kCaseListColumns = 4;

// One row of the case list (table case_summaries): what the reviewer's list shows, filters and sorts on.
struct CaseSummary
{
    qint64 interviewId = 0;
    qint64 questionnaireId = 0;
    QString label;
    QDateTime date;     // when the interview was taken (interviews.created_at)
    QString enumerator; // the login of the account that keyed it
    std::array<QString, kCaseListColumns> columns; // stored answers (choice names) of the case-list questions
    InterviewStatus status = InterviewStatus::Draft;
    QDateTime statusSince;
    int errors = 0;
    int warnings = 0;
    int comments = 0;        // visible comments
    qint64 durationSeconds = -1; // -1: unknown (no start and end times)
    QDateTime modified;
    bool stale = false; // label, columns and counts not yet worked out (see CaseSummaries::refreshStale)
    qint64 version = 0; // the interview's version when the row was read: a change made from the list passes it on
};

// What the workflow works out for a summary row (the rest follows the interviews row by trigger).
struct CaseSummaryFacts
{
    qint64 interviewId = 0;
    QString label;
    std::array<QString, kCaseListColumns> columns;
    int errors = 0;
    int warnings = 0;
    qint64 durationSeconds = -1;
};

// The case list's sortable columns. The enum is the column order of the reviewer's table.
enum class CaseColumn { Label, Date, Enumerator, Column1, Column2, Column3, Column4, Status, Errors, Warnings,
                        Comments, Duration, Modified };
inline constexpr int kCaseColumnCount = int(CaseColumn::Modified) + 1;

struct CaseFilter
{
    qint64 questionnaireId = 0;            // 0: every questionnaire
    std::vector<InterviewStatus> statuses; // empty: any status
    QString enumerator;                    // empty: anyone
    QDate from, to;                        // inclusive interview days (local time); invalid: open
    bool withErrors = false;
    bool withWarnings = false;
    bool withComments = false;
    QString text; // quick search: a part of the label, the enumerator or a case-list column (case-insensitive)
};

struct CaseSort
{
    CaseColumn column = CaseColumn::Modified;
    bool descending = true;
};

// Where a page ends, for the next one (keyset paging: constant time whatever the depth).
struct CaseKey
{
    QVariant value; // the sort column's value of the last row shown
    qint64 interviewId = 0;
};

// Interviews per (status, flags) under a filter's other conditions; flags: 1 errors, 2 warnings, 4 comments.
struct CaseGroupCount
{
    InterviewStatus status = InterviewStatus::Draft;
    int flags = 0;
    qint64 count = 0;
};

// SQL for case_summaries. Internal to model/: use CaseListQuery and CaseSummaries. Not thread-safe.
class CaseSummaryStore
{
public:
    explicit CaseSummaryStore(const QString &connectionName);

    // Writes the worked-out parts of one row (and counts its visible comments), marking it up to date. The
    // statement is prepared once per store: reuse one store for a batch.
    bool write(const CaseSummaryFacts &facts, QString *error);
    bool refreshComments(qint64 interviewId, QString *error);

    // Rows not yet worked out (of one questionnaire; 0: of all).
    qint64 staleCount(qint64 questionnaireId = 0) const;
    std::vector<qint64> staleIds(qint64 afterId, int limit) const;
    std::optional<CaseSummary> find(qint64 interviewId) const;

    // `preferSortIndex`: walk the sort column's index and test the filter on each row (best when many rows
    // match), rather than let SQLite pick the filter's index and sort the matches (best when few do).
    std::vector<CaseSummary> page(const CaseFilter &filter, const CaseSort &sort, const std::optional<CaseKey> &after,
                                  int limit, bool preferSortIndex) const;
    std::vector<CaseSummary> pageAt(const CaseFilter &filter, const CaseSort &sort, qint64 offset, int limit,
                                    bool preferSortIndex) const;
    // The filter's first `limit` rows found among the first `window` rows of the whole list in the sort order (the
    // window read from the sort column's index alone): when that many are there, they are the filter's first page
    // exactly, found without counting or collecting every match (a text search's first screen). Fewer: the caller
    // reads the page the usual way.
    std::vector<CaseSummary> pageWithin(const CaseFilter &filter, const CaseSort &sort, int window, int limit) const;
    // How many interviews the list holds in all (from case_counts: a few hundred rows).
    qint64 totalRows() const;
    // Whether every interview belongs to that questionnaire (its filter then selects everything).
    bool onlyQuestionnaire(qint64 questionnaireId) const;
    // The sort key of the row `offset` rows in (nothing past the end), to continue from with page().
    std::optional<CaseKey> keyAt(const CaseFilter &filter, const CaseSort &sort, qint64 offset,
                                 bool preferSortIndex) const;
    // Counts by (status, flags) under the filter's enumerator, dates, text and questionnaire (not its statuses or
    // flag conditions): everything the per-filter counts need. From case_counts when no date or text filter is
    // set, else from one scan of a covering index.
    std::vector<CaseGroupCount> groupCounts(const CaseFilter &filter) const;
    // Whether the filter's text is too short for the trigram index (one or two characters): then it is matched with
    // LIKE in a pass over the table.
    static bool searchesByLike(const CaseFilter &filter);
    // The sort column's value of a row, for a CaseKey.
    static QVariant sortValue(const CaseSummary &row, CaseColumn column);

    // Rows of one enumerator on one day with the same case-list answers: candidates for duplicates.
    std::vector<CaseSummary> sameDay(const QString &enumerator, const QDateTime &date) const;

private:
    std::vector<CaseSummary> select(const CaseFilter &filter, const CaseSort &sort, const std::optional<CaseKey> &after,
                                    qint64 offset, int limit, bool preferSortIndex) const;
    QString m_connection;
    QSqlQuery m_write;
    bool m_writePrepared = false;
};

} // namespace flowdesk
