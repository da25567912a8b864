#include "workflowstore.h"

#include "sqlsupport.h"

namespace flowdesk {

namespace {

constexpr auto kState = R"sql(
SELECT id, questionnaire_id, status, enumerator, version FROM interviews WHERE id = ?)sql";
constexpr auto kBumpVersion = R"sql(
UPDATE interviews SET version = version + 1 WHERE id = ? AND version = ?)sql";
constexpr auto kSetVersion = R"sql(UPDATE interviews SET version = ? WHERE id = ?)sql";
constexpr auto kSetStatus = R"sql(UPDATE interviews SET status = ?, modified_at = ? WHERE id = ?)sql";
constexpr auto kAddHistory = R"sql(
INSERT INTO status_history (interview_id, from_status, to_status, account_id, at, reason)
VALUES (?, ?, ?, ?, ?, ?))sql";
constexpr auto kHistory = R"sql(
SELECT h.id, h.interview_id, h.from_status, h.to_status, h.account_id, COALESCE(a.name, ''), h.at, h.reason
FROM status_history AS h LEFT JOIN accounts AS a ON a.id = h.account_id
WHERE h.interview_id = ? ORDER BY h.at, h.id)sql";
constexpr auto kAddComment = R"sql(
INSERT INTO comments (interview_id, field_id, instance, author_id, at, text) VALUES (?, ?, ?, ?, ?, ?))sql";
constexpr auto kComment = R"sql(
SELECT c.id, c.interview_id, c.field_id, c.instance, c.author_id, COALESCE(a.name, ''), c.at, c.text, c.hidden
FROM comments AS c LEFT JOIN accounts AS a ON a.id = c.author_id WHERE c.id = ?)sql";
constexpr auto kComments = R"sql(
SELECT c.id, c.interview_id, c.field_id, c.instance, c.author_id, COALESCE(a.name, ''), c.at, c.text, c.hidden
FROM comments AS c LEFT JOIN accounts AS a ON a.id = c.author_id
WHERE c.interview_id = ? AND (? OR c.hidden = 0) ORDER BY c.at, c.id)sql";
constexpr auto kHideComment = R"sql(UPDATE comments SET hidden = 1 WHERE id = ? AND hidden = 0)sql";
constexpr auto kCountComments = R"sql(
SELECT COUNT(*) FROM comments WHERE interview_id = ? AND hidden = 0)sql";
constexpr auto kSetAcceptedWarning = R"sql(
INSERT INTO accepted_warnings (interview_id, field_id, instance, reason, account_id, at, kind, value)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (interview_id, field_id, instance)
DO UPDATE SET reason = excluded.reason, account_id = excluded.account_id, at = excluded.at, kind = excluded.kind,
              value = excluded.value)sql";
constexpr auto kAcceptedWarnings = R"sql(
SELECT field_id, instance, reason, account_id, at, kind, value FROM accepted_warnings WHERE interview_id = ?
ORDER BY field_id, instance)sql";

constexpr auto kMoveAcceptedWarning = R"sql(
UPDATE accepted_warnings SET instance = ? WHERE interview_id = ? AND field_id = ? AND instance = ?)sql";
constexpr auto kDropAcceptedWarning = R"sql(
DELETE FROM accepted_warnings WHERE interview_id = ? AND field_id = ? AND instance = ?)sql";

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

Comment readComment(const QSqlQuery &q)
{
    Comment c;
    c.id = q.value(0).toLongLong();
    c.interviewId = q.value(1).toLongLong();
    c.fieldId = q.value(2).toLongLong();
    c.instance = q.value(3).toString();
    c.authorId = q.value(4).toLongLong();
    c.authorName = q.value(5).toString();
    c.at = sql::fromStoredTime(q.value(6));
    c.text = q.value(7).toString();
    c.hidden = q.value(8).toInt() != 0;
    return c;
}

} // namespace

std::optional<InterviewState> WorkflowStore::state(qint64 interviewId, QString *error) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepareKept(q, m_connection, kState, error))
        return std::nullopt;
    q.addBindValue(interviewId);
    if (!sql::exec(q, u"Cannot read the interview", error))
        return std::nullopt;
    if (!q.next()) {
        sql::fail(error, QStringLiteral("There is no interview %1.").arg(interviewId));
        return std::nullopt;
    }
    InterviewState s;
    s.id = q.value(0).toLongLong();
    s.questionnaireId = q.value(1).toLongLong();
    s.status = statusFromName(q.value(2).toString());
    s.enumerator = q.value(3).toString();
    s.version = q.value(4).toLongLong();
    q.finish();
    return s;
}

bool WorkflowStore::bumpVersion(qint64 interviewId, qint64 expectedVersion, QString *error)
{
    QSqlQuery q = sql::query(m_connection);
    if (!sql::prepareKept(q, m_connection, kBumpVersion, error))
        return false;
    q.addBindValue(interviewId);
    q.addBindValue(expectedVersion);
    if (!sql::exec(q, u"Cannot update the interview", error))
        return false;
    if (error && q.numRowsAffected() != 1)
        error->clear();
    return q.numRowsAffected() == 1;
}

bool WorkflowStore::setStatus(qint64 interviewId, InterviewStatus status, const QDateTime &at, QString *error)
{
    QSqlQuery q = sql::query(m_connection);
    if (!sql::prepare(q, kSetStatus, error))
        return false;
    q.addBindValue(statusName(status));
    q.addBindValue(sql::toStoredTime(at));
    q.addBindValue(interviewId);
    return sql::exec(q, u"Cannot change the status", error);
}

bool WorkflowStore::addHistory(const StatusChange &change, QString *error)
{
    if (!m_addHistoryPrepared) {
        m_addHistory = sql::query(m_connection);
        if (!sql::prepare(m_addHistory, kAddHistory, error))
            return false;
        m_addHistoryPrepared = true;
    }
    QSqlQuery &q = m_addHistory;
    q.bindValue(0, change.interviewId);
    q.bindValue(1, statusName(change.from));
    q.bindValue(2, statusName(change.to));
    q.bindValue(3, idOrNull(change.accountId));
    q.bindValue(4, sql::toStoredTime(change.at));
    q.bindValue(5, sql::nonNull(change.reason));
    return sql::exec(q, u"Cannot record the status change", error);
}

bool WorkflowStore::setVersion(qint64 interviewId, qint64 version, QString *error)
{
    if (!m_setVersionPrepared) {
        m_setVersion = sql::query(m_connection);
        if (!sql::prepare(m_setVersion, kSetVersion, error))
            return false;
        m_setVersionPrepared = true;
    }
    m_setVersion.bindValue(0, version);
    m_setVersion.bindValue(1, interviewId);
    return sql::exec(m_setVersion, u"Cannot record the interview's version", error);
}

std::vector<StatusChange> WorkflowStore::history(qint64 interviewId) const
{
    std::vector<StatusChange> changes;
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kHistory, nullptr))
        return changes;
    q.addBindValue(interviewId);
    if (!q.exec())
        return changes;
    while (q.next()) {
        changes.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), statusFromName(q.value(2).toString()),
                           statusFromName(q.value(3).toString()), q.value(4).toLongLong(), q.value(5).toString(),
                           sql::fromStoredTime(q.value(6)), q.value(7).toString()});
    }
    return changes;
}

qint64 WorkflowStore::addComment(const Comment &comment, QString *error)
{
    QSqlQuery q = sql::query(m_connection);
    if (!sql::prepare(q, kAddComment, error))
        return 0;
    q.addBindValue(comment.interviewId);
    q.addBindValue(idOrNull(comment.fieldId));
    q.addBindValue(sql::nonNull(comment.instance));
    q.addBindValue(comment.authorId);
    q.addBindValue(sql::toStoredTime(comment.at));
    q.addBindValue(comment.text);
    if (!sql::exec(q, u"Cannot add the comment", error))
        return 0;
    return q.lastInsertId().toLongLong();
}

std::optional<Comment> WorkflowStore::comment(qint64 commentId, QString *error) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kComment, error))
        return std::nullopt;
    q.addBindValue(commentId);
    if (!sql::exec(q, u"Cannot read the comment", error))
        return std::nullopt;
    if (!q.next()) {
        sql::fail(error, QStringLiteral("There is no comment %1.").arg(commentId));
        return std::nullopt;
    }
    return readComment(q);
}

bool WorkflowStore::hideComment(qint64 commentId, QString *error)
{
    QSqlQuery q = sql::query(m_connection);
    if (!sql::prepare(q, kHideComment, error))
        return false;
    q.addBindValue(commentId);
    return sql::exec(q, u"Cannot hide the comment", error);
}

std::vector<Comment> WorkflowStore::comments(qint64 interviewId, bool includeHidden) const
{
    std::vector<Comment> result;
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kComments, nullptr))
        return result;
    q.addBindValue(interviewId);
    q.addBindValue(includeHidden ? 1 : 0);
    if (!q.exec())
        return result;
    while (q.next())
        result.push_back(readComment(q));
    return result;
}

qint64 WorkflowStore::visibleCommentCount(qint64 interviewId) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kCountComments, nullptr))
        return 0;
    q.addBindValue(interviewId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool WorkflowStore::setAcceptedWarning(qint64 interviewId, const AcceptedWarning &warning, QString *error)
{
    QSqlQuery q = sql::query(m_connection);
    if (!sql::prepare(q, kSetAcceptedWarning, error))
        return false;
    q.addBindValue(interviewId);
    q.addBindValue(warning.fieldId);
    q.addBindValue(sql::nonNull(warning.instance));
    q.addBindValue(warning.reason);
    q.addBindValue(idOrNull(warning.accountId));
    q.addBindValue(sql::toStoredTime(warning.at));
    q.addBindValue(warning.confirmed ? QStringLiteral("confirmed") : QStringLiteral("warning"));
    q.addBindValue(sql::nonNull(warning.value));
    return sql::exec(q, u"Cannot record the accepted warning", error);
}

std::vector<AcceptedWarning> WorkflowStore::acceptedWarnings(qint64 interviewId) const
{
    std::vector<AcceptedWarning> result;
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kAcceptedWarnings, nullptr))
        return result;
    q.addBindValue(interviewId);
    if (!q.exec())
        return result;
    while (q.next())
        result.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toLongLong(), sql::fromStoredTime(q.value(4)),
                          q.value(5).toString() == u"confirmed", q.value(6).toString()});
    return result;
}

bool WorkflowStore::moveAcceptedWarning(qint64 interviewId, qint64 fieldId, const QString &fromInstance,
                                        const QString &toInstance, QString *error)
{
    QSqlQuery q = sql::query(m_connection);
    if (!sql::prepare(q, toInstance.isNull() ? kDropAcceptedWarning : kMoveAcceptedWarning, error))
        return false;
    if (!toInstance.isNull())
        q.addBindValue(toInstance);
    q.addBindValue(interviewId);
    q.addBindValue(fieldId);
    q.addBindValue(sql::nonNull(fromInstance));
    return sql::exec(q, u"Cannot renumber the kept reasons", error);
}

} // namespace flowdesk
