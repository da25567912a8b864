#include "conflictlistmodel.h"

#include "common/isolated.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace flowdesk {

QString decisionText(const ConflictSummary &conflict)
{
    if (conflict.resolution.isEmpty())
        return ConflictListModel::tr("open");
    return conflict.resolution == u"theirs" ? ConflictListModel::tr("theirs taken by %1").arg(conflict.resolvedBy)
                                            : ConflictListModel::tr("ours kept by %1").arg(conflict.resolvedBy);
}

ConflictListModel::ConflictListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_conflicts(workspace)
{
    reload();
}

void ConflictListModel::setFilter(const ConflictFilter &filter)
{
    m_filter = filter;
    reload();
}

void ConflictListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    m_error.clear();
    endResetModel();
    // Views ask for more only as they scroll; the first page they need at once.
    fetchMore(QModelIndex());
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ConflictListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void ConflictListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    const qint64 after = m_rows.empty() ? 0 : m_rows.back().id;
    m_error.clear();
    std::vector<ConflictSummary> page = m_conflicts.page(m_filter, after, kPageSize, &m_error);
    // A read error ends the list where it is (the view shows the message) rather than retrying forever.
    m_exhausted = int(page.size()) < kPageSize || !m_error.isEmpty();
    if (page.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    endInsertRows();
}

const ConflictSummary *ConflictListModel::conflict(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? &m_rows[size_t(row)] : nullptr;
}

int ConflictListModel::rowOf(qint64 conflictId) const
{
    // Pages come in id order, so the rows are sorted by id.
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), conflictId,
                                     [](const ConflictSummary &c, qint64 id) { return c.id < id; });
    return it != m_rows.end() && it->id == conflictId ? int(it - m_rows.begin()) : -1;
}

int ConflictListModel::nextOpenAfter(qint64 conflictId)
{
    const auto above = std::upper_bound(m_rows.begin(), m_rows.end(), conflictId,
                                        [](qint64 id, const ConflictSummary &c) { return id < c.id; });
    for (size_t r = size_t(above - m_rows.begin());; ++r) {
        if (r >= m_rows.size()) {
            if (!canFetchMore(QModelIndex()))
                return -1;
            fetchMore(QModelIndex());
            if (r >= m_rows.size())
                return -1;
        }
        if (m_rows[r].resolution.isEmpty())
            return int(r);
    }
}

void ConflictListModel::refresh(qint64 conflictId)
{
    const int row = rowOf(conflictId);
    if (row < 0)
        return;
    m_error.clear();
    const auto fresh = m_conflicts.summary(conflictId, &m_error);
    if (!fresh || (!m_filter.includeResolved && !fresh->resolution.isEmpty())) {
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
        return;
    }
    m_rows[size_t(row)] = *fresh;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    const ConflictSummary *c = conflict(index.row());
    if (!c || !index.isValid())
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case InterviewColumn: return c->interviewId;
        case UuidColumn: return isolated(c->uuid);
        case BatchColumn: return isolated(c->batchId);
        case ReceivedColumn: return isolated(QLocale().toString(c->receivedAt.toLocalTime(), QLocale::ShortFormat));
        case DecisionColumn: return decisionText(*c);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == DecisionColumn && !c->resolution.isEmpty())
        return isolated(QLocale().toString(c->resolvedAt.toLocalTime(), QLocale::ShortFormat));
    if (role == Qt::ForegroundRole && !c->resolution.isEmpty())
        return QBrush(QColor(0x70, 0x70, 0x70));
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case InterviewColumn: return tr("Interview");
    case UuidColumn: return tr("UUID");
    case BatchColumn: return tr("Batch");
    case ReceivedColumn: return tr("Received");
    case DecisionColumn: return tr("Decision");
    default: return {};
    }
}

} // namespace flowdesk
