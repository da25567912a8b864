#pragma once

#include "interview/interview.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>

#include <optional>
#include <vector>

namespace flowdesk {

// The workflow columns of one interview row.
struct InterviewState
{
    qint64 id = 0;
    qint64 questionnaireId = 0;
    InterviewStatus status = InterviewStatus::Draft;
    QString enumerator;
    qint64 version = 0;
};

struct StatusChange
{
    qint64 id = 0;
    qint64 interviewId = 0;
    InterviewStatus from = InterviewStatus::Draft;
    InterviewStatus to = InterviewStatus::Draft;
    qint64 accountId = 0;
    QString accountName;
    QDateTime at;
    QString reason;
};

struct Comment
{
    qint64 id = 0;
    qint64 interviewId = 0;
    qint64 fieldId = 0;  // 0: on the interview as a whole
    QString instance;    // '' at the top level, "2" or "2.1" inside repeat instances (as answers store it)
    qint64 authorId = 0;
    QString authorName;
    QDateTime at;
    QString text;
    bool hidden = false;
};

struct AcceptedWarning
{
    qint64 fieldId = 0;
    QString instance;
    QString reason;
    qint64 accountId = 0;
    QDateTime at;
    // Paper keying: a value its constraint refuses, confirmed as written on the paper (else a warning accepted).
    bool confirmed = false;
    QString value; // the answer the reason was given for (migration 5; '' before)
};

// SQL for the review workflow: versions, statuses, status history, comments, accepted warnings. Internal to
// model/: InterviewWorkflow is the door. Writes run in the caller's transaction.
class WorkflowStore
{
public:
    explicit WorkflowStore(const QString &connectionName) : m_connection(connectionName) {}
    WorkflowStore(const WorkflowStore &) = delete;
    WorkflowStore &operator=(const WorkflowStore &) = delete;

    std::optional<InterviewState> state(qint64 interviewId, QString *error) const;
    // `UPDATE ... SET version = version + 1 WHERE id = ? AND version = ?`: false (no error text) when another
    // writer got there first; false with `error` set when the statement failed.
    bool bumpVersion(qint64 interviewId, qint64 expectedVersion, QString *error);
    bool setStatus(qint64 interviewId, InterviewStatus status, const QDateTime &at, QString *error);
    // Prepared once per store: reuse one store for many (the demo's history).
    bool addHistory(const StatusChange &change, QString *error);
    // Sets the version outright, for a generator that writes an interview's whole history at once (the demo: one
    // more than its status changes, as the workflow would have counted). Prepared once per store.
    bool setVersion(qint64 interviewId, qint64 version, QString *error);
    std::vector<StatusChange> history(qint64 interviewId) const;

    qint64 addComment(const Comment &comment, QString *error); // the new id, 0 on failure
    std::optional<Comment> comment(qint64 commentId, QString *error) const;
    bool hideComment(qint64 commentId, QString *error);
    std::vector<Comment> comments(qint64 interviewId, bool includeHidden) const;
    qint64 visibleCommentCount(qint64 interviewId) const;

    bool setAcceptedWarning(qint64 interviewId, const AcceptedWarning &warning, QString *error);
    std::vector<AcceptedWarning> acceptedWarnings(qint64 interviewId) const;
    // Moves a kept reason to another repeat instance path, or drops it (`toInstance` null).
    bool moveAcceptedWarning(qint64 interviewId, qint64 fieldId, const QString &fromInstance,
                             const QString &toInstance, QString *error);

private:
    QString m_connection;
    QSqlQuery m_addHistory;
    bool m_addHistoryPrepared = false;
    QSqlQuery m_setVersion;
    bool m_setVersionPrepared = false;
};

} // namespace flowdesk
