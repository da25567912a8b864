#pragma once

#include "store/interviewstore.h"

#include <QAbstractTableModel>

#include <vector>

namespace flowdesk {

// The case list: one row per interview, fetched from the store in pages as the view scrolls, so a million
// interviews open as fast as a hundred. Borrows the store, which must outlive the model.
class InterviewListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UuidColumn, StatusColumn, EnumeratorColumn, OfficeColumn, CreatedColumn, ModifiedColumn, ColumnCount };
    static constexpr int kPageSize = 256;

    explicit InterviewListModel(const InterviewStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const InterviewSummary *summary(int row) const;
    // Drops what was fetched and starts again from the first page (after the store changed).
    void reload();

private:
    const InterviewStore *m_store;
    std::vector<InterviewSummary> m_rows;
    bool m_exhausted = false;
};

QString statusLabel(InterviewStatus status);

} // namespace flowdesk
