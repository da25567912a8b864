#include "caselistquery.h"

#include "accounts/permissions.h"
#include "store/database.h"

#include <algorithm>

namespace flowdesk {

namespace {

// Above this many matching rows, walking the sort column's index and testing the filter finds a page sooner
// than collecting the matches through the filter's index and sorting them (measured at 1M, see DESIGN.md).
constexpr qint64 kSortIndexThreshold = 20000;
// Offsets below this are read directly: a few thousand rows skipped cost less than a second statement.
constexpr qint64 kSeekOffset = 2000;

bool hasStatus(const CaseFilter &filter, InterviewStatus status)
{
    return filter.statuses.empty() ||
           std::find(filter.statuses.begin(), filter.statuses.end(), status) != filter.statuses.end();
}

} // namespace

CaseListQuery::CaseListQuery(Database &database, const Session &session)
    : m_db(database), m_session(session), m_mayView(grant(session.role(), Action::ViewInterview) != Grant::No)
{
    setFilter({});
}

void CaseListQuery::setFilter(CaseFilter filter)
{
    if (grant(m_session.role(), Action::ViewInterview) == Grant::Own)
        filter.enumerator = m_session.name();
    m_filter = std::move(filter);
    m_counts.reset();
    // A questionnaire condition that every row meets would still cost a table lookup per row wherever SQLite
    // walks the sort index (a jump to the middle: 0.9 s instead of 20 ms), so the statements leave it out.
    m_sqlFilter = m_filter;
    if (m_mayView && m_sqlFilter.questionnaireId != 0 &&
        CaseSummaryStore(m_db.connectionName()).onlyQuestionnaire(m_sqlFilter.questionnaireId))
        m_sqlFilter.questionnaireId = 0;
}

const CaseCounts &CaseListQuery::counts()
{
    if (m_counts)
        return *m_counts;
    CaseCounts c;
    if (m_mayView) {
        const int mask = (m_filter.withErrors ? 1 : 0) | (m_filter.withWarnings ? 2 : 0) | (m_filter.withComments ? 4 : 0);
        for (const CaseGroupCount &g : CaseSummaryStore(m_db.connectionName()).groupCounts(m_sqlFilter)) {
            const bool flagsMatch = (g.flags & mask) == mask;
            if (flagsMatch)
                c.byStatus[size_t(g.status)] += g.count;
            if (!hasStatus(m_filter, g.status))
                continue;
            if (flagsMatch)
                c.total += g.count;
            auto also = [&](int bit) { return (g.flags & (mask | bit)) == (mask | bit); };
            c.withErrors += also(1) ? g.count : 0;
            c.withWarnings += also(2) ? g.count : 0;
            c.withComments += also(4) ? g.count : 0;
        }
    }
    m_counts = c;
    return *m_counts;
}

bool CaseListQuery::preferSortIndex()
{
    // A date range is not where other orders keep their rows: walking the last-change index for March's rows
    // read most of the table (1 s at 1M); the date index's range and a sort of its matches take a tenth of that.
    const bool dateRangeOtherOrder =
        (m_filter.from.isValid() || m_filter.to.isValid()) && m_sort.column != CaseColumn::Date;
    return counts().total > kSortIndexThreshold && !dateRangeOtherOrder;
}

bool CaseListQuery::skipsInsideSortIndex()
{
    // Only a status filter (one status, sorted by date or last change) has an index that holds both the filter and
    // the order (migration 4), and so does one flag alone (errors, warnings or comments, sorted the same: the
    // partial indexes of migration 11). Any other condition, tested row by row while walking the sort index, makes
    // a deep skip read hundreds of thousands of rows (0.9-1 s to the middle at 1M); SQLite then does better from
    // the filter's own index (or the search index), sorting the matches.
    const int flags = int(m_filter.withErrors) + int(m_filter.withWarnings) + int(m_filter.withComments);
    const bool otherwiseUnfiltered = m_filter.enumerator.isEmpty() && !m_filter.from.isValid() &&
                                     !m_filter.to.isValid() && m_filter.text.trimmed().isEmpty();
    const bool dateOrModified = m_sort.column == CaseColumn::Date || m_sort.column == CaseColumn::Modified;
    const bool oneFlag = flags == 1 && m_filter.statuses.empty() && dateOrModified;
    return preferSortIndex() && otherwiseUnfiltered && (flags == 0 || oneFlag);
}

std::vector<CaseSummary> CaseListQuery::page(const std::optional<CaseKey> &after, int limit)
{
    if (!m_mayView || counts().total == 0)
        return {};
    return CaseSummaryStore(m_db.connectionName()).page(m_sqlFilter, m_sort, after, limit, preferSortIndex());
}

std::vector<CaseSummary> CaseListQuery::rowsAt(qint64 offset, int limit)
{
    if (!m_mayView || offset < 0 || limit <= 0)
        return {};
    // Past the middle, count from the far end in the reverse order: the last page costs what the first does, and
    // no jump skips more than half the list.
    const qint64 total = counts().total;
    if (offset > total / 2 && offset < total) {
        const qint64 end = std::min(total, offset + limit);
        m_sort.descending = !m_sort.descending;
        std::vector<CaseSummary> rows = rowsFromStart(total - end, int(end - offset));
        m_sort.descending = !m_sort.descending;
        std::reverse(rows.begin(), rows.end());
        return rows;
    }
    return rowsFromStart(offset, limit);
}

std::vector<CaseSummary> CaseListQuery::rowsFromStart(qint64 offset, int limit)
{
    const CaseSummaryStore store(m_db.connectionName());
    // Deep in the list, find the key before the offset (index only, see keyAt) and seek from it, rather than
    // read and drop every row before it. A one- or two-letter search scans the table either way.
    if (offset > kSeekOffset && !CaseSummaryStore::searchesByLike(m_filter)) {
        const auto key = store.keyAt(m_sqlFilter, m_sort, offset - 1, skipsInsideSortIndex());
        return key ? store.page(m_sqlFilter, m_sort, key, limit, preferSortIndex()) : std::vector<CaseSummary>{};
    }
    return store.pageAt(m_sqlFilter, m_sort, offset, limit, preferSortIndex());
}

bool CaseListQuery::countsTakeLong() const
{
    return m_mayView && !m_counts && !m_filter.text.trimmed().isEmpty() &&
           CaseSummaryStore(m_db.connectionName()).totalRows() >= m_longCountRows;
}

std::vector<CaseSummary> CaseListQuery::firstPage(int limit) const
{
    if (!m_mayView)
        return {};
    std::vector<CaseSummary> rows =
        CaseSummaryStore(m_db.connectionName()).pageWithin(m_sqlFilter, m_sort, kFirstPageWindow, limit);
    if (int(rows.size()) < limit)
        rows.clear(); // fewer in the window: more may follow it, and page() must sort them in
    return rows;
}

CaseKey CaseListQuery::keyAfter(const CaseSummary &row) const
{
    return {CaseSummaryStore::sortValue(row, m_sort.column), row.interviewId};
}

} // namespace flowdesk
