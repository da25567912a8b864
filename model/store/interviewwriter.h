#pragma once

#include "answerlayout.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

namespace flowdesk {

struct Interview;

// What the store fills in for an interview being written (kept apart so a failed write changes nothing).
struct InterviewStamp
{
    QUuid uuid;
    QDateTime created;
    QDateTime modified;
};

// Writes interview rows and their answers with statements prepared once and reused for every interview
// (and every answer row). Runs inside the caller's transaction; internal to model/store.
class InterviewWriter
{
public:
    InterviewWriter(const QString &connectionName, qint64 questionnaireId, const AnswerLayout &layout);

    bool prepare(QString *error);
    // Inserts a new interview row and its answers; returns the new id, or 0 on failure.
    qint64 insert(const Interview &interview, const InterviewStamp &stamp, QString *error);
    // Rewrites the interview row `interview.id` and replaces all its answers.
    bool update(const Interview &interview, const InterviewStamp &stamp, QString *error);

private:
    void bindHeader(QSqlQuery &query, const Interview &interview, const InterviewStamp &stamp);
    bool writeAnswers(qint64 interviewId, QString *error);

    QString m_connection;
    qint64 m_questionnaireId;
    const AnswerLayout &m_layout;
    QSqlQuery m_insertInterview;
    QSqlQuery m_updateInterview;
    QSqlQuery m_deleteAnswers;
    QSqlQuery m_insertAnswer;
    std::vector<AnswerLayout::Row> m_rows; // reused: keeps its capacity across interviews
};

} // namespace flowdesk
