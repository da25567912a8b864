#pragma once

#include "accounts/session.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace flowdesk {

class Database;
class InterviewWorkflow;

// An enumerator's home after login: start a new interview on the active questionnaire; my drafts (Enter resumes
// where keying stopped); my rejected interviews with the reviewer's reason and comments, to fix and complete again.
// Keyboard only: Tab moves between the button and the two lists, Enter opens. The lists come from the case list
// (CaseListQuery: an enumerator sees only their own) and the reasons from the workflow.
class EnumeratorHome : public QWidget
{
    Q_OBJECT

public:
    EnumeratorHome(Database &database, const Session &session, const InterviewWorkflow &workflow,
                   QWidget *parent = nullptr);

    void refresh();
    QPushButton *newButton() const { return m_new; }
    QListWidget *draftList() const { return m_drafts; }
    QListWidget *rejectedList() const { return m_rejected; }

signals:
    void newInterview();
    void openInterview(qint64 interviewId);

private:
    Database &m_db;
    Session m_session;
    const InterviewWorkflow &m_workflow;
    QPushButton *m_new;
    QListWidget *m_drafts;
    QListWidget *m_rejected;
    QLabel *m_draftTitle;
    QLabel *m_rejectedTitle;
};

} // namespace flowdesk
