#pragma once

#include "store/casesummarystore.h"
#include "workflow/caselistquery.h"

#include <QAbstractTableModel>

#include <list>
#include <map>
#include <vector>

namespace flowdesk {

class CaseListQuery;
class Questionnaire;
struct CaseListSpec;

// The case list as a table: one row per interview the query gives, columns in the order of enum CaseColumn.
// Rows come from a sparse block cache (as DB Browser for SQLite's RowCache): rowCount() is the filter's count,
// and a block of kBlockSize rows is read when the view first shows one of its rows. A block next to a cached one
// continues from it by keyset (constant time at any depth); any other block is a jump (CaseListQuery::rowsAt,
// which reads from the nearer end, so jumping to the end is as quick as the start). At most kMaxBlocks blocks stay cached.
//
// Borrows the query, the questionnaire and the spec; all must outlive the model.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kBlockSize = 200;
    static constexpr int kMaxBlocks = 64;
    enum Role { InterviewIdRole = Qt::UserRole + 1, StatusRole };

    CaseListModel(CaseListQuery &query, const Questionnaire *questionnaire, const CaseListSpec &spec,
                  QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const CaseFilter &filter);
    // Reads everything again (after an approval, a comment, another window's change).
    void refresh();
    void setLanguage(int language);

    // A text search over a big list shows its first rows before its counts (CaseListQuery::countsTakeLong): the
    // list then holds that first block until setCounts() gives the total. Off unless the screen counts on the side.
    void setCountsOnTheSide(bool on) { m_countsOnTheSide = on; }
    bool countsPending() const { return m_countsPending; }
    void setCounts(const CaseCounts &counts);

    // The row's summary, reading its block if needed; null outside the list.
    const CaseSummary *summary(int row) const;
    // Whether the questionnaire has a case-list question for Column1 + `index`.
    bool hasCaseColumn(int index) const;

private:
    const std::vector<CaseSummary> &block(int number) const;
    std::vector<CaseSummary> readBlock(int number) const;
    std::vector<CaseSummary> readBefore(const CaseKey &before, int limit) const;
    QString columnText(const CaseSummary &row, int column) const;
    void reset();

    CaseListQuery &m_query;
    const Questionnaire *m_questionnaire;
    const CaseListSpec &m_spec;
    int m_language = 0;
    qint64 m_total = 0;
    bool m_countsOnTheSide = false;
    bool m_countsPending = false;
    mutable std::map<int, std::vector<CaseSummary>> m_blocks;
    mutable std::list<int> m_recent; // block numbers, most recently used first
};

} // namespace flowdesk
