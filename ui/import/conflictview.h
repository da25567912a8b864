#pragma once

#include "accounts/session.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace flowdesk {

class Workspace;

// The import conflict list: for each interview another office sent with other answers under the same uuid, the
// differences field by field (question, repeat instance, ours, theirs), and the reviewer's choice: keep ours or
// take theirs (InterviewWorkflow::resolveConflict, audited). Nothing is overwritten until someone picks.
class ConflictView : public QDialog
{
    Q_OBJECT

public:
    ConflictView(Workspace &workspace, const Session &session, QWidget *parent = nullptr);

    void reload();
    int conflictCount() const;
    int differenceCount() const;
    QString message() const;

signals:
    void decided();

private:
    void showConflict();
    void decide(bool takeTheirs);

    Workspace &m_workspace;
    Session m_session;
    QListWidget *m_list;
    QTableWidget *m_differences;
    QLabel *m_header, *m_status;
    QPushButton *m_keepOurs, *m_takeTheirs;
};

} // namespace flowdesk
