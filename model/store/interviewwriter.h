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
    // Inserts a new interview row and its answers; returns the new id, or 0 on failure. Answers are written
    // in chunks that may span interviews, so `interview` must stay alive and unchanged until finish().
    qint64 insert(const Interview &interview, const InterviewStamp &stamp, QString *error);
    // Rewrites the interview row `interview.id` and replaces all its answers (same lifetime rule).
    bool update(const Interview &interview, const InterviewStamp &stamp, QString *error);
    // For an edit of a few answers: prepares only what updateRows() needs (instead of prepare()).
    bool prepareRowUpdate(QString *error);
    // Rewrites the interview row `interview.id` and only the answer rows given: `written` inserted or replacing the
    // stored row with the same key, `removed` deleted. Each save of data entry changes one answer or two, and
    // rewriting all of them cost more than the rest of the save (model/entry/README.md).
    bool updateRows(const Interview &interview, const InterviewStamp &stamp,
                    const std::vector<AnswerLayout::Row> &written, const std::vector<AnswerLayout::Row> &removed,
                    QString *error);
    // Writes the answers still pending. Required before the transaction commits.
    bool finish(QString *error);

private:
    void bindHeader(QSqlQuery &query, const Interview &interview, const InterviewStamp &stamp);
    bool updateHeader(const Interview &interview, const InterviewStamp &stamp, QString *error);
    bool writeAnswers(bool all, QString *error);

    QString m_connection;
    qint64 m_questionnaireId;
    const AnswerLayout &m_layout;
    QSqlQuery m_insertInterview;
    QSqlQuery m_updateInterview;
    QSqlQuery m_deleteAnswers;
    QSqlQuery m_insertAnswer;
    QSqlQuery m_insertChunk;
    QSqlQuery m_replaceAnswer;
    QSqlQuery m_deleteAnswer;
    std::vector<QString> m_chunkPlaceholders; // ":i0", ":f0", ":n0", ":v0", ":i1"...
    std::vector<AnswerLayout::Row> m_rows;    // pending; reused, so it keeps its capacity across interviews
};

} // namespace flowdesk
