#include "caselistmodel.h"

#include "caselist/durationtext.h"
#include "common/theme.h"
#include "interviewlistmodel.h"
#include "review/answersheet.h"
#include "workflow/caselistquery.h"
#include "workflow/caselistspec.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>

namespace flowdesk {

CaseListModel::CaseListModel(CaseListQuery &query, const Questionnaire *questionnaire, const CaseListSpec &spec,
                             QObject *parent)
    : QAbstractTableModel(parent), m_query(query), m_questionnaire(questionnaire), m_spec(spec),
      m_language(questionnaire ? questionnaire->defaultLanguage : 0)
{
    m_total = m_query.counts().total;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    // A view holds rows as int; a filter giving more than 2^31 interviews is beyond any office.
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kCaseColumnCount;
}

void CaseListModel::reset()
{
    beginResetModel();
    m_blocks.clear();
    m_recent.clear();
    m_countsPending = false;
    std::vector<CaseSummary> first;
    if (m_countsOnTheSide && m_query.countsTakeLong())
        first = m_query.firstPage(kBlockSize);
    if (!first.empty()) {
        m_total = qint64(first.size()); // until setCounts()
        m_countsPending = true;
        m_recent.push_front(0);
        m_blocks.emplace(0, std::move(first));
    } else {
        m_total = m_query.counts().total;
    }
    endResetModel();
}

void CaseListModel::setCounts(const CaseCounts &counts)
{
    if (!m_countsPending)
        return;
    m_query.setCounts(counts);
    m_countsPending = false;
    if (counts.total > m_total) {
        beginInsertRows(QModelIndex(), int(m_total), int(std::min<qint64>(counts.total, std::numeric_limits<int>::max()) - 1));
        m_total = counts.total;
        endInsertRows();
    } else if (counts.total < m_total) { // changed in between: read again
        reset();
    }
}

void CaseListModel::setFilter(const CaseFilter &filter)
{
    m_query.setFilter(filter);
    reset();
}

void CaseListModel::refresh()
{
    m_query.setFilter(m_query.filter()); // drops the cached counts
    reset();
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kCaseColumnCount)
        return;
    m_query.setSort({CaseColumn(column), order == Qt::DescendingOrder});
    reset();
}

void CaseListModel::setLanguage(int language)
{
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, kCaseColumnCount - 1);
    if (m_total > 0)
        emit dataChanged(index(0, int(CaseColumn::Column1)), index(rowCount() - 1, int(CaseColumn::Column4)));
}

bool CaseListModel::hasCaseColumn(int index) const
{
    return index >= 0 && size_t(index) < m_spec.columnItems.size() && m_questionnaire;
}

std::vector<CaseSummary> CaseListModel::readBefore(const CaseKey &before, int limit) const
{
    const CaseSort sort = m_query.sort();
    m_query.setSort({sort.column, !sort.descending});
    std::vector<CaseSummary> rows = m_query.page(before, limit);
    m_query.setSort(sort);
    std::reverse(rows.begin(), rows.end());
    return rows;
}

std::vector<CaseSummary> CaseListModel::readBlock(int number) const
{
    const qint64 offset = qint64(number) * kBlockSize;
    const int limit = int(std::min<qint64>(kBlockSize, m_total - offset));
    if (limit <= 0)
        return {};
    const auto before = m_blocks.find(number - 1);
    if (before != m_blocks.end() && !before->second.empty())
        return m_query.page(m_query.keyAfter(before->second.back()), limit);
    const auto after = m_blocks.find(number + 1);
    if (after != m_blocks.end() && !after->second.empty())
        return readBefore(m_query.keyAfter(after->second.front()), limit);
    return m_query.rowsAt(offset, limit); // from the nearer end
}

const std::vector<CaseSummary> &CaseListModel::block(int number) const
{
    auto found = m_blocks.find(number);
    if (found != m_blocks.end()) {
        if (m_recent.front() != number) {
            m_recent.remove(number);
            m_recent.push_front(number);
        }
        return found->second;
    }
    std::vector<CaseSummary> rows = readBlock(number);
    while (m_blocks.size() >= size_t(kMaxBlocks)) {
        m_blocks.erase(m_recent.back());
        m_recent.pop_back();
    }
    m_recent.push_front(number);
    return m_blocks.emplace(number, std::move(rows)).first->second;
}

const CaseSummary *CaseListModel::summary(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const std::vector<CaseSummary> &rows = block(row / kBlockSize);
    const size_t at = size_t(row % kBlockSize);
    return at < rows.size() ? &rows[at] : nullptr;
}

QString CaseListModel::columnText(const CaseSummary &row, int column) const
{
    const QLocale locale;
    switch (CaseColumn(column)) {
    case CaseColumn::Label: return row.label;
    case CaseColumn::Date: return locale.toString(row.date.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    case CaseColumn::Enumerator: return row.enumerator;
    case CaseColumn::Column1:
    case CaseColumn::Column2:
    case CaseColumn::Column3:
    case CaseColumn::Column4: {
        const int k = column - int(CaseColumn::Column1);
        const QString &value = row.columns[size_t(k)];
        if (!hasCaseColumn(k))
            return value;
        return AnswerSheet::displayAnswer(*m_questionnaire, m_questionnaire->item(m_spec.columnItems[size_t(k)]), value,
                                          m_language);
    }
    case CaseColumn::Status: return statusLabel(row.status);
    case CaseColumn::Errors: return row.errors ? locale.toString(row.errors) : QString();
    case CaseColumn::Warnings: return row.warnings ? locale.toString(row.warnings) : QString();
    case CaseColumn::Comments: return row.comments ? locale.toString(row.comments) : QString();
    case CaseColumn::Duration: return durationText(row.durationSeconds);
    case CaseColumn::Modified: return locale.toString(row.modified.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    return {};
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary *row = summary(index.row());
    if (!row)
        return {};
    const auto column = CaseColumn(index.column());
    switch (role) {
    case Qt::DisplayRole: return columnText(*row, index.column());
    case InterviewIdRole: return row->interviewId;
    case StatusRole: return int(row->status);
    case Qt::ToolTipRole:
        if (column == CaseColumn::Label)
            return tr("Interview %1 · %2").arg(row->interviewId).arg(row->label);
        return {};
    case Qt::ForegroundRole:
        if (column == CaseColumn::Errors && row->errors)
            return QBrush(theme::errorColor());
        if (column == CaseColumn::Warnings && row->warnings)
            return QBrush(theme::warningColor());
        if (column == CaseColumn::Comments && row->comments)
            return QBrush(theme::commentColor());
        return {};
    case Qt::TextAlignmentRole:
        if (column == CaseColumn::Errors || column == CaseColumn::Warnings || column == CaseColumn::Comments ||
            column == CaseColumn::Duration)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeading | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kCaseColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeading | Qt::AlignVCenter);
    // The tooltip repeats the title: a question's label is often longer than its column.
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (CaseColumn(section)) {
    case CaseColumn::Label: return tr("Interview");
    case CaseColumn::Date: return tr("Date");
    case CaseColumn::Enumerator: return tr("Enumerator");
    case CaseColumn::Column1:
    case CaseColumn::Column2:
    case CaseColumn::Column3:
    case CaseColumn::Column4: {
        const int k = section - int(CaseColumn::Column1);
        if (!hasCaseColumn(k))
            return tr("Column %1").arg(k + 1);
        const Item &item = m_questionnaire->item(m_spec.columnItems[size_t(k)]);
        const QString label = item.label.text(m_language, m_questionnaire->defaultLanguage);
        return label.isEmpty() ? item.name : label;
    }
    case CaseColumn::Status: return tr("Status");
    case CaseColumn::Errors: return tr("Errors");
    case CaseColumn::Warnings: return tr("Warnings");
    case CaseColumn::Comments: return tr("Comments");
    case CaseColumn::Duration: return tr("Duration");
    case CaseColumn::Modified: return tr("Last change");
    }
    return {};
}

} // namespace flowdesk
