#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace flowdesk {

class InterviewListModel;
class InterviewStore;

// The case list: every interview of the database with its status, who keyed it, where and when.
class InterviewsPage : public QWidget
{
    Q_OBJECT

public:
    explicit InterviewsPage(const InterviewStore *store, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    InterviewListModel *model() const { return m_model; }
    // "700 interviews: draft 64, …": counted once when the page is made (a grouped count over the whole store).
    QString summaryText() const;

private:
    QString countsText() const;

    const InterviewStore *m_store;
    InterviewListModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
};

} // namespace flowdesk
