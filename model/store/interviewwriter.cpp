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
constexpr auto kReplaceAnswer = R"sql(
INSERT OR REPLACE INTO answers (interview_id, field_id, instance, value) VALUES (?, ?, ?, ?))sql";
constexpr auto kDeleteAnswer = R"sql(
DELETE FROM answers WHERE interview_id = ? AND field_id = ? AND instance = ?)sql";
constexpr auto kInsertAnswer = R"sql(
INSERT INTO answers (interview_id, field_id, instance, value) VALUES (?, ?, ?, ?))sql";
// The same for kChunkRows rows at once (rows of any interviews): SQLite sets a statement up once and Qt
// resets its result once per exec. OR ROLLBACK, with the answers' foreign keys deferred, because a
// statement that may fail after some of its rows otherwise needs a statement journal (a copy of every page
// it touches, to undo only itself); every failure here rolls the whole transaction back anyway. Together
// about a third of the insert time. See DESIGN.md.
constexpr auto kInsertAnswersHead = R"sql(
INSERT OR ROLLBACK INTO answers (interview_id, field_id, instance, value) VALUES )sql";
// One row of named placeholders, %1 being the row number. By name because Qt formats a placeholder name
// for every value bound by position (QString::arg in QSqlResult::bindValue): a sixth of the insert time.
constexpr auto kInsertAnswersRow = R"sql((:i%1, :f%1, :n%1, :v%1))sql";
constexpr int kChunkRows = 64;

// Placeholders only, no values: every value is bound.
QString chunkStatement()
{
    QString statement = QString::fromUtf8(kInsertAnswersHead);
    for (int row = 0; row < kChunkRows; ++row) {
        if (row > 0)
            statement += u", ";
        statement += QString::fromUtf8(kInsertAnswersRow).arg(row);
    }
    return statement;
}

} // namespace

InterviewWriter::InterviewWriter(const QString &connectionName, qint64 questionnaireId,
                                 const AnswerLayout &layout)
    : m_connection(connectionName), m_questionnaireId(questionnaireId), m_layout(layout), m_insertInterview(sql::query(connectionName)),
      m_updateInterview(sql::query(connectionName)), m_deleteAnswers(sql::query(connectionName)),
      m_insertAnswer(sql::query(connectionName)), m_insertChunk(sql::query(connectionName)),
      m_replaceAnswer(sql::query(connectionName)), m_deleteAnswer(sql::query(connectionName))
{
}

bool InterviewWriter::prepare(QString *error)
{
    return sql::prepare(m_insertInterview, kInsertInterview, error) &&
           sql::prepare(m_updateInterview, kUpdateInterview, error) &&
           sql::prepare(m_deleteAnswers, kDeleteAnswers, error) &&
           sql::prepare(m_insertAnswer, kInsertAnswer, error) &&
           sql::prepare(m_insertChunk, chunkStatement().toUtf8().constData(), error);
}

bool InterviewWriter::prepareRowUpdate(QString *error)
{
    return sql::prepareKept(m_updateInterview, m_connection, kUpdateInterview, error) &&
           sql::prepareKept(m_replaceAnswer, m_connection, kReplaceAnswer, error) &&
           sql::prepareKept(m_deleteAnswer, m_connection, kDeleteAnswer, error);
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
    const size_t first = m_rows.size();
    if (!m_layout.flatten(interview.answers, &m_rows, error)) {
        m_rows.resize(first);
        return 0;
    }
    bindHeader(m_insertInterview, interview, stamp);
    if (!sql::exec(m_insertInterview, QStringLiteral("Cannot store interview %1").arg(stamp.uuid.toString()),
                   error))
        return 0;
    const qint64 id = m_insertInterview.lastInsertId().toLongLong();
    for (size_t i = first; i < m_rows.size(); ++i)
        m_rows[i].interviewId = id;
    return writeAnswers(false, error) ? id : 0;
}

bool InterviewWriter::update(const Interview &interview, const InterviewStamp &stamp, QString *error)
{
    // Rows still pending belong to earlier interviews: write them before this one's answers are replaced.
    if (!writeAnswers(true, error))
        return false;
    if (!m_layout.flatten(interview.answers, &m_rows, error)) {
        m_rows.clear();
        return false;
    }
    for (AnswerLayout::Row &row : m_rows)
        row.interviewId = interview.id;
    if (!updateHeader(interview, stamp, error))
        return false;
    m_deleteAnswers.bindValue(0, interview.id);
    if (!sql::exec(m_deleteAnswers, u"Cannot replace the answers", error))
        return false;
    return writeAnswers(false, error);
}

bool InterviewWriter::updateHeader(const Interview &interview, const InterviewStamp &stamp, QString *error)
{
    bindHeader(m_updateInterview, interview, stamp);
    m_updateInterview.bindValue(7, interview.id);
    if (!sql::exec(m_updateInterview, QStringLiteral("Cannot update interview %1").arg(interview.id), error))
        return false;
    if (m_updateInterview.numRowsAffected() != 1)
        return sql::fail(
            error, QStringLiteral("Interview %1 is not stored with this questionnaire.").arg(interview.id));
    return true;
}

bool InterviewWriter::updateRows(const Interview &interview, const InterviewStamp &stamp,
                                 const std::vector<AnswerLayout::Row> &written,
                                 const std::vector<AnswerLayout::Row> &removed, QString *error)
{
    if (!updateHeader(interview, stamp, error))
        return false;
    for (const AnswerLayout::Row &row : removed) {
        m_deleteAnswer.bindValue(0, interview.id);
        m_deleteAnswer.bindValue(1, row.fieldId);
        m_deleteAnswer.bindValue(2, row.instance);
        if (!sql::exec(m_deleteAnswer, u"Cannot remove an answer", error))
            return false;
    }
    for (const AnswerLayout::Row &row : written) {
        m_replaceAnswer.bindValue(0, interview.id);
        m_replaceAnswer.bindValue(1, row.fieldId);
        m_replaceAnswer.bindValue(2, row.instance);
        m_replaceAnswer.bindValue(3, row.value ? QVariant(*row.value) : QVariant());
        if (!sql::exec(m_replaceAnswer, u"Cannot store an answer", error))
            return false;
    }
    return true;
}

bool InterviewWriter::finish(QString *error)
{
    return writeAnswers(true, error);
}

bool InterviewWriter::writeAnswers(bool all, QString *error)
{
    if (m_chunkPlaceholders.empty()) {
        for (int row = 0; row < kChunkRows; ++row) {
            for (const char *name : {":i%1", ":f%1", ":n%1", ":v%1"})
                m_chunkPlaceholders.push_back(QString::fromLatin1(name).arg(row));
        }
    }
    size_t done = 0;
    for (; m_rows.size() - done >= size_t(kChunkRows); done += size_t(kChunkRows)) {
        const QString *name = m_chunkPlaceholders.data();
        for (size_t i = 0; i < size_t(kChunkRows); ++i, name += 4) {
            const AnswerLayout::Row &row = m_rows[done + i];
            m_insertChunk.bindValue(name[0], row.interviewId);
            m_insertChunk.bindValue(name[1], row.fieldId);
            m_insertChunk.bindValue(name[2], row.instance);
            m_insertChunk.bindValue(name[3], row.value ? QVariant(*row.value) : QVariant());
        }
        if (!sql::exec(m_insertChunk, u"Cannot store answers", error))
            return false;
    }
    for (; all && done < m_rows.size(); ++done) {
        const AnswerLayout::Row &row = m_rows[done];
        m_insertAnswer.bindValue(0, row.interviewId);
        m_insertAnswer.bindValue(1, row.fieldId);
        m_insertAnswer.bindValue(2, row.instance);
        m_insertAnswer.bindValue(3, row.value ? QVariant(*row.value) : QVariant());
        if (!sql::exec(m_insertAnswer, u"Cannot store an answer", error))
            return false;
    }
    m_rows.erase(m_rows.begin(), m_rows.begin() + qptrdiff(done));
    return true;
}

} // namespace flowdesk
