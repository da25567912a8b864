#include "interviewwriter.h"

#include "sqlsupport.h"

namespace flowdesk {

namespace {

constexpr auto kInsertInterview = R"sql(
INSERT INTO interviews (uuid, status, enumerator, office, created_at, modified_at, questionnaire_id)
VALUES (?, ?, ?, ?, ?, ?, ?))sql";
constexpr auto kUpdateInterview = R"sql(
UPDATE interviews SET uuid = ?, status = ?, enumerator = ?, office = ?, created_at = ?, modified_at = ?
WHERE questionnaire_id = ? AND id = ?)sql";
constexpr auto kDeleteAnswers = R"sql(DELETE FROM answers WHERE interview_id = ?)sql";
constexpr auto kInsertAnswer = R"sql(
INSERT INTO answers (interview_id, field_id, instance, value) VALUES (?, ?, ?, ?))sql";

} // namespace

InterviewWriter::InterviewWriter(const QString &connectionName, qint64 questionnaireId, const AnswerLayout &layout)
    : m_connection(connectionName)
    , m_questionnaireId(questionnaireId)
    , m_layout(layout)
    , m_insertInterview(sql::query(connectionName))
    , m_updateInterview(sql::query(connectionName))
    , m_deleteAnswers(sql::query(connectionName))
    , m_insertAnswer(sql::query(connectionName))
{
}

bool InterviewWriter::prepare(QString *error)
{
    return sql::prepare(m_insertInterview, kInsertInterview, error) &&
           sql::prepare(m_updateInterview, kUpdateInterview, error) &&
           sql::prepare(m_deleteAnswers, kDeleteAnswers, error) && sql::prepare(m_insertAnswer, kInsertAnswer, error);
}

void InterviewWriter::bindHeader(QSqlQuery &query, const Interview &interview, const InterviewStamp &stamp)
{
    query.bindValue(0, stamp.uuid.toString(QUuid::WithoutBraces));
    query.bindValue(1, statusName(interview.status));
    query.bindValue(2, interview.enumerator);
    query.bindValue(3, interview.office);
    query.bindValue(4, sql::toStoredTime(stamp.created));
    query.bindValue(5, sql::toStoredTime(stamp.modified));
    query.bindValue(6, m_questionnaireId);
}

qint64 InterviewWriter::insert(const Interview &interview, const InterviewStamp &stamp, QString *error)
{
    m_rows.clear();
    if (!m_layout.flatten(interview.answers, &m_rows, error))
        return 0;
    bindHeader(m_insertInterview, interview, stamp);
    if (!sql::exec(m_insertInterview, QStringLiteral("Cannot store interview %1").arg(stamp.uuid.toString()), error))
        return 0;
    const qint64 id = m_insertInterview.lastInsertId().toLongLong();
    return writeAnswers(id, error) ? id : 0;
}

bool InterviewWriter::update(const Interview &interview, const InterviewStamp &stamp, QString *error)
{
    m_rows.clear();
    if (!m_layout.flatten(interview.answers, &m_rows, error))
        return false;
    bindHeader(m_updateInterview, interview, stamp);
    m_updateInterview.bindValue(7, interview.id);
    if (!sql::exec(m_updateInterview, QStringLiteral("Cannot update interview %1").arg(interview.id), error))
        return false;
    if (m_updateInterview.numRowsAffected() != 1)
        return sql::fail(error, QStringLiteral("Interview %1 is not stored with this questionnaire.").arg(interview.id));
    m_deleteAnswers.bindValue(0, interview.id);
    if (!sql::exec(m_deleteAnswers, u"Cannot replace the answers", error))
        return false;
    return writeAnswers(interview.id, error);
}

bool InterviewWriter::writeAnswers(qint64 interviewId, QString *error)
{
    const QVariant id(interviewId);
    for (const AnswerLayout::Row &row : m_rows) {
        m_insertAnswer.bindValue(0, id);
        m_insertAnswer.bindValue(1, row.fieldId);
        m_insertAnswer.bindValue(2, row.instance);
        m_insertAnswer.bindValue(3, row.value ? QVariant(*row.value) : QVariant());
        if (!sql::exec(m_insertAnswer, u"Cannot store an answer", error))
            return false;
    }
    return true;
}

} // namespace flowdesk
