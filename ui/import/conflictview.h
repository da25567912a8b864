#pragma once

#include "accounts/session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace flowdesk {

class ConflictListModel;
class Workspace;

// The import conflict list: for each interview another office sent with other answers under the same uuid, the
// differences field by field (question, repeat instance, ours, theirs), and the reviewer's choice: keep ours or
// take theirs (InterviewWorkflow::resolveConflict, audited). Nothing is overwritten until someone picks.
// The list is lazy (ConflictListModel) and built for working through thousands with the keyboard: Alt+O / Alt+T
// decide the selected conflicts and move on to the next open one.
class ConflictView : public QDialog
{
    Q_OBJECT

public:
    ConflictView(Workspace &workspace, const Session &session, QWidget *parent = nullptr);

    void reload();
    int conflictCount() const; // rows in the list so far (pages fetched)
    int differenceCount() const;
    QString message() const;
    QString countsText() const;
    QTableView *table() const { return m_table; }
    ConflictListModel *model() const { return m_model; }

signals:
    void decided();

private:
    void showConflict();
    void updateButtons();
    void updateCounts();
    void applyFilter();
    void decide(bool takeTheirs);
    void select(int row);

    Workspace &m_workspace;
    Session m_session;
    bool m_mayDecide;
    bool m_deciding = false; // rows come and go while a run of decisions goes on: show only where it ends
    ConflictListModel *m_model;
    QTableView *m_table;
    QTableWidget *m_differences;
    QLabel *m_counts, *m_caption, *m_status;
    QComboBox *m_batch;
    QCheckBox *m_showDecided;
    QPushButton *m_keepOurs, *m_takeTheirs;
};

} // namespace flowdesk
