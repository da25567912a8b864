#pragma once

#include "batch/importconflicts.h"

#include <QAbstractTableModel>

#include <vector>

namespace flowdesk {

class Workspace;

// The import conflict list, one row per conflict, fetched in keyset pages as the view scrolls: a batch that
// brought a hundred thousand conflicts opens as fast as one that brought three, and no conflict's copy of the
// interview (`theirs`) is read until that conflict is shown.
class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { InterviewColumn, UuidColumn, BatchColumn, ReceivedColumn, DecisionColumn, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit ConflictListModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const ConflictFilter &filter() const { return m_filter; }
    void setFilter(const ConflictFilter &filter);
    // Drops what was fetched and starts again from the first page.
    void reload();

    const ConflictSummary *conflict(int row) const;
    int rowOf(qint64 conflictId) const; // -1 when not fetched (or not in the list)
    // The row of the first open conflict whose id is above `conflictId`, fetching further pages as needed;
    // -1 when there is none.
    int nextOpenAfter(qint64 conflictId);
    // After a decision: reads the conflict again; when decided ones are hidden its row goes.
    void refresh(qint64 conflictId);
    // The last read error, empty when the last read went well.
    const QString &error() const { return m_error; }

private:
    ImportConflicts m_conflicts;
    ConflictFilter m_filter;
    std::vector<ConflictSummary> m_rows;
    bool m_exhausted = false;
    QString m_error;
};

// "open", "ours kept by NAME", "theirs taken by NAME".
QString decisionText(const ConflictSummary &conflict);

} // namespace flowdesk
