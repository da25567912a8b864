#pragma once

#include "accounts/session.h"
#include "workflow/interviewworkflow.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace flowdesk {

// The comments on one question (in one repeat instance) or on the whole interview, as a thread: who, when,
// what. Enter in the box posts; the author may hide their own comment (comments are never deleted). Every post
// and hide goes through InterviewWorkflow. Borrows the workflow.
class CommentThread : public QWidget
{
    Q_OBJECT

public:
    CommentThread(InterviewWorkflow &workflow, const Session &session, QWidget *parent = nullptr);

    // Shows the thread of `item` (-1: the interview) in `instance` of `interviewId`.
    void show(qint64 interviewId, int item, const QString &instance, const QString &title);
    void reload();

    QLineEdit *input() const { return m_input; }
    QListWidget *list() const { return m_list; }
    QPushButton *hideButton() const { return m_hide; }
    QLabel *titleLabel() const { return m_title; }

signals:
    void commentsChanged();

private:
    void post();
    void hideSelected();

    InterviewWorkflow &m_workflow;
    Session m_session;
    qint64 m_interview = 0;
    int m_item = -1;
    QString m_instance;
    QLabel *m_title;
    QListWidget *m_list;
    QLineEdit *m_input;
    QPushButton *m_hide;
    QLabel *m_message;
};

} // namespace flowdesk
