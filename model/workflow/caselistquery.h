#pragma once

#include "accounts/session.h"
#include "store/casesummarystore.h"

#include <array>
#include <optional>
#include <vector>

namespace flowdesk {

class Database;

// The counts a case list shows beside its filters (as Survey Solutions does): how many interviews each choice
// would give with the other filters as they are.
struct CaseCounts
{
    qint64 total = 0;                          // rows the current filter gives
    std::array<qint64, 5> byStatus{};          // by InterviewStatus, under every other filter
    qint64 withErrors = 0, withWarnings = 0, withComments = 0; // with that box ticked (and the others as set)
    qint64 statusCount(InterviewStatus s) const { return byStatus[size_t(s)]; }
};

// The reviewer's case list over case_summaries: filter, sort by any column, page lazily. Never reads answers.
// Enumerators see only their own interviews whatever the filter says; accounts that may not view interviews see
// nothing. Figures at 1,000,000 interviews are in model/store/DESIGN.md. Borrows the Database; use from its thread.
//
// Paging: page(after) is keyset paging (constant time at any depth; what fetchMore uses). rowsAt(offset) is for
// jumping (a scroll bar dragged to the end): past the middle it reads from the far end in the reverse order, and it
// skips inside an index where one covers the filter and the sort, so its cost grows with the distance to the
// nearer end at worst.
class CaseListQuery
{
public:
    CaseListQuery(Database &database, const Session &session);

    void setFilter(CaseFilter filter);
    void setSort(CaseSort sort) { m_sort = sort; }
    const CaseFilter &filter() const { return m_filter; }
    const CaseSort &sort() const { return m_sort; }

    // One scan of a covering index, cached until the filter changes.
    const CaseCounts &counts();
    std::vector<CaseSummary> page(const std::optional<CaseKey> &after, int limit);
    std::vector<CaseSummary> rowsAt(qint64 offset, int limit);
    // The key that continues after `row` in the current sort.
    CaseKey keyAfter(const CaseSummary &row) const;

    // A text search over a big list: its counts take a pass over every match (0.3-0.5 s at a million in a fresh
    // process, the first search a user makes), while its first screen of rows is usually among the newest few
    // thousand. A screen then shows firstPage() at once and counts on another connection (setCounts()).
    bool countsTakeLong() const;
    bool hasCounts() const { return m_counts.has_value(); }
    // Counts made elsewhere (another connection, another thread) for the current filter.
    void setCounts(const CaseCounts &counts) { m_counts = counts; }
    // The first `limit` rows without the counts when they are found among the first kFirstPageWindow rows of the
    // list in the sort order (exactly the page page() would give); empty otherwise (then use counts() and page()).
    std::vector<CaseSummary> firstPage(int limit) const;
    // 4,000 rows hold a first screen (200) of any text that matches one row in twenty; a two-letter search tests
    // each with LIKE, so a larger window costs time on exactly the searches it serves (10,000: 0.28-0.36 s at 1M).
    static constexpr int kFirstPageWindow = 4000;
    // Lists of at least this many interviews count a text search on the side (tests lower it).
    void setLongCountRows(qint64 rows) { m_longCountRows = rows; }

private:
    bool preferSortIndex();
    bool skipsInsideSortIndex();
    std::vector<CaseSummary> rowsFromStart(qint64 offset, int limit);

    Database &m_db;
    Session m_session;
    bool m_mayView = false;
    CaseFilter m_filter;
    CaseFilter m_sqlFilter; // m_filter less the conditions every row meets
    CaseSort m_sort;
    std::optional<CaseCounts> m_counts;
    qint64 m_longCountRows = 200000;
};

} // namespace flowdesk
