#pragma once

#include "accounts/session.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace flowdesk {

class CaseCounter;
class CaseFilterPanel;
class ChangeWatch;
class CaseListModel;
class CaseListQuery;
class Database;
class InterviewWorkflow;
class Questionnaire;

// The reviewer's main screen: the filters with their counts on the side, the case list, and (for supervisors)
// approving the selected interviews at once. Enter or a double click opens an interview (openRequested).
// Everything goes through the model: the query shows an enumerator only their own interviews, and bulk approval
// is InterviewWorkflow::bulkApprove, which checks the permission again. Borrows the database, the workflow and
// the questionnaire, which must outlive the page. Changes made elsewhere (another window, the CLI) show within
// kWatchMilliseconds.
class CaseListPage : public QWidget
{
    Q_OBJECT

public:
    CaseListPage(Database &database, const Session &session, InterviewWorkflow &workflow,
                 const Questionnaire &questionnaire, QWidget *parent = nullptr);
    ~CaseListPage() override;

    QTableView *table() const { return m_table; }
    CaseListModel *model() const { return m_model; }
    CaseFilterPanel *filters() const { return m_filters; }
    CaseListQuery &query() const { return *m_query; }
    QPushButton *bulkApproveButton() const { return m_bulkApprove; }
    QLabel *noticeLabel() const { return m_notice; }

    // The interview after the one opened last, in the list as it is now filtered and sorted (after a refresh an
    // approved interview may have left a "completed" list: the one that took its place is next). 0 at the end.
    qint64 nextInterview(qint64 current);
    qint64 previousInterview(qint64 current);
    // Reads the list and the counts again, keeping the filter and sort.
    void refresh();
    // How often the page looks for changes made by another window or process (then it refreshes, keeping the
    // selection and the scroll position).
    static constexpr int kWatchMilliseconds = 1500;
    void setLanguage(int language);

signals:
    void openRequested(qint64 interviewId);

private:
    void applyFilter();
    void updateCounts();
    void openRow(int row);
    void approveSelected();
    qint64 selectRow(int row);
    // After another window's or process's change: refresh, then select the same interviews again (looked for near
    // the rows they were on) and keep the scroll position.
    void refreshKeepingPlace();
    void fitColumnsToHeaders();
    void countOnTheSide();

    Session m_session;
    InterviewWorkflow &m_workflow;
    std::unique_ptr<CaseListQuery> m_query;
    CaseListModel *m_model;
    CaseFilterPanel *m_filters;
    QTableView *m_table;
    QLabel *m_total;
    QLabel *m_notice;
    QPushButton *m_bulkApprove;
    int m_openRow = -1;
    std::unique_ptr<ChangeWatch> m_watch;
    QTimer *m_watchTimer;
    CaseCounter *m_counter;
    int m_countRequest = 0;
};

} // namespace flowdesk
