#include "interviewlistmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace flowdesk {

QString statusLabel(InterviewStatus status)
{
    switch (status) {
    case InterviewStatus::Draft: return InterviewListModel::tr("Draft");
    case InterviewStatus::Completed: return InterviewListModel::tr("Completed");
    case InterviewStatus::Approved: return InterviewListModel::tr("Approved");
    case InterviewStatus::Rejected: return InterviewListModel::tr("Rejected");
    case InterviewStatus::Exported: return InterviewListModel::tr("Exported");
    }
    return QString();
}

InterviewListModel::InterviewListModel(const InterviewStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    reload();
}

void InterviewListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = m_store == nullptr;
    endResetModel();
    // Views ask for more only as they scroll; the first page they need at once.
    fetchMore(QModelIndex());
}

int InterviewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InterviewListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool InterviewListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void InterviewListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    const qint64 after = m_rows.empty() ? 0 : m_rows.back().id;
    QString error;
    std::vector<InterviewSummary> page = m_store->summaries(after, kPageSize, &error);
    // A read error ends the list where it is (the window reports the damage) rather than retrying forever.
    m_exhausted = static_cast<int>(page.size()) < kPageSize || !error.isEmpty();
    if (page.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(page.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    endInsertRows();
}

const InterviewSummary *InterviewListModel::summary(int row) const
{
    return row >= 0 && static_cast<size_t>(row) < m_rows.size() ? &m_rows[static_cast<size_t>(row)] : nullptr;
}

QVariant InterviewListModel::data(const QModelIndex &index, int role) const
{
    const InterviewSummary *s = summary(index.row());
    if (!s || !index.isValid())
        return {};
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
        case UuidColumn: return s->uuid.toString(QUuid::WithoutBraces).left(8);
        case StatusColumn: return statusLabel(s->status);
        case EnumeratorColumn: return s->enumerator;
        case OfficeColumn: return s->office;
        case CreatedColumn: return locale.toString(s->created, QLocale::ShortFormat);
        case ModifiedColumn: return locale.toString(s->modified, QLocale::ShortFormat);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == UuidColumn)
        return s->uuid.toString(QUuid::WithoutBraces);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (s->status) {
        case InterviewStatus::Rejected: return QBrush(QColor(0xB0, 0x20, 0x20));
        case InterviewStatus::Approved: return QBrush(QColor(0x1B, 0x6E, 0x2E));
        case InterviewStatus::Draft: return QBrush(QColor(0x80, 0x80, 0x80));
        default: return {};
        }
    }
    return {};
}

QVariant InterviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UuidColumn: return tr("Interview");
    case StatusColumn: return tr("Status");
    case EnumeratorColumn: return tr("Enumerator");
    case OfficeColumn: return tr("Office");
    case CreatedColumn: return tr("Started");
    case ModifiedColumn: return tr("Last change");
    default: return {};
    }
}

} // namespace flowdesk
