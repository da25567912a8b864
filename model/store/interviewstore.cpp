#include "interviewstore.h"

#include "database.h"
#include "interviewwriter.h"
#include "migrations.h"
#include "questionnairestore.h"
#include "sqlsupport.h"
#include "transaction.h"

#include "questionnaire/questionnaire.h"

#include <algorithm>
#include <map>

namespace flowdesk {

namespace {

constexpr auto kDeleteAnswers = R"sql(DELETE FROM answers WHERE interview_id = ?)sql";
constexpr auto kDeleteInterview = R"sql(DELETE FROM interviews WHERE questionnaire_id = ? AND id = ?)sql";
constexpr auto kSelectInterview = R"sql(
SELECT id, uuid, status, enumerator, office, created_at, modified_at
FROM interviews WHERE questionnaire_id = ? AND id = ?)sql";
constexpr auto kSelectAnswers = R"sql(
SELECT field_id, instance, value FROM answers WHERE interview_id = ?)sql";
constexpr auto kCount = R"sql(SELECT COUNT(*) FROM interviews WHERE questionnaire_id = ?)sql";
constexpr auto kCountByStatus = R"sql(
SELECT status, COUNT(*) FROM interviews WHERE questionnaire_id = ? GROUP BY status)sql";
constexpr auto kSummaries = R"sql(
SELECT id, uuid, status, enumerator, office, created_at, modified_at
FROM interviews WHERE questionnaire_id = ? AND id > ? ORDER BY id LIMIT ?)sql";

constexpr auto kStreamInterviews = R"sql(
SELECT id, uuid, status, enumerator, office, created_at, modified_at
FROM interviews WHERE questionnaire_id = ? ORDER BY id)sql";
// The same interviews in the same order, each followed by its answers in primary-key order: a walk of the
// questionnaire index with one range scan of answers per interview, no sorting.
constexpr auto kStreamAnswers = R"sql(
SELECT a.interview_id, a.field_id, CAST(a.instance AS BLOB), CAST(a.value AS BLOB)
FROM interviews AS i JOIN answers AS a ON a.interview_id = i.id
WHERE i.questionnaire_id = ? ORDER BY i.id)sql";
// Index-only on answers_by_value. Repeat instance rows (NULL) are not answers.
constexpr auto kValueCounts = R"sql(
SELECT value, COUNT(*) FROM answers
WHERE field_id = ? AND value IS NOT NULL GROUP BY value ORDER BY value)sql";

constexpr QStringView kReadInterview = u"Reading an interview";
constexpr QStringView kReadInterviews = u"Reading the interviews";
constexpr QStringView kReadAnswers = u"Reading the answers";

QString utf8(const QVariant &blob)
{
    return QString::fromUtf8(blob.toByteArray());
}

void readHeader(const QSqlQuery &query, Interview *interview)
{
    interview->id = query.value(0).toLongLong();
    interview->uuid = QUuid::fromString(query.value(1).toString());
    interview->status = statusFromName(query.value(2).toString());
    interview->enumerator = query.value(3).toString();
    interview->office = query.value(4).toString();
    interview->created = sql::fromStoredTime(query.value(5));
    interview->modified = sql::fromStoredTime(query.value(6));
}

} // namespace

InterviewStore::InterviewStore(Database &database, qint64 questionnaireId, const Questionnaire &questionnaire)
    : m_db(database), m_questionnaireId(questionnaireId), m_questionnaire(questionnaire),
      m_layout(questionnaire, QuestionnaireStore(database).fields(questionnaireId))
{
    for (int item = 0; item < m_layout.itemCount(); ++item)
        m_fieldIds.push_back(m_layout.fieldForItem(item));
}

bool InterviewStore::checkUsable(QString *error) const
{
    if (m_layout.problem().isEmpty())
        return true;
    // Fields that could not be read look like a mismatch; the damage is the real reason.
    if (const QString damage = m_db.damage(); !damage.isEmpty())
        return sql::fail(error, damage);
    return sql::fail(error, QStringLiteral("Questionnaire %1 cannot be used for interviews: %2")
                                .arg(m_questionnaireId)
                                .arg(m_layout.problem()));
}

bool InterviewStore::checkQuestionnaire(const Interview &interview, QString *error) const
{
    if (interview.questionnaireId == 0 || interview.questionnaireId == m_questionnaireId)
        return true;
    return sql::fail(error, QStringLiteral("Interview %1 belongs to questionnaire %2, not %3.")
                                .arg(interview.uuid.toString())
                                .arg(interview.questionnaireId)
                                .arg(m_questionnaireId));
}

bool InterviewStore::save(Interview &interview, QString *error)
{
    if (!checkUsable(error) || !checkQuestionnaire(interview, error))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    InterviewStamp stamp{interview.uuid.isNull() ? QUuid::createUuid() : interview.uuid,
                         interview.created.isValid() ? interview.created : now,
                         now}; // a save is an edit: the case list sorts by it

    const QString connection = m_db.connectionName();
    Transaction transaction(connection);
    InterviewWriter writer(connection, m_questionnaireId, m_layout);
    if (!transaction.begin(error) || !writer.prepare(error))
        return false;
    qint64 id = interview.id;
    if (id == 0) {
        id = writer.insert(interview, stamp, error);
        if (id == 0)
            return false;
    } else if (!writer.update(interview, stamp, error)) {
        return false;
    }
    if (!writer.finish(error) || !transaction.commit(error))
        return false;
    interview.id = id;
    interview.uuid = stamp.uuid;
    interview.created = stamp.created;
    interview.modified = stamp.modified;
    interview.questionnaireId = m_questionnaireId;
    return true;
}

bool InterviewStore::insertMany(std::vector<Interview> &interviews, QString *error)
{
    if (!checkUsable(error))
        return false;
    for (const Interview &interview : interviews) {
        if (interview.id != 0) {
            return sql::fail(error, QStringLiteral("Interview %1 is already stored (id %2).")
                                        .arg(interview.uuid.toString())
                                        .arg(interview.id));
        }
        if (!checkQuestionnaire(interview, error))
            return false;
    }
    const QString connection = m_db.connectionName();
    Transaction transaction(connection);
    InterviewWriter writer(connection, m_questionnaireId, m_layout);
    if (!transaction.begin(error) || !writer.prepare(error))
        return false;
    // Imports keep their own times; only missing ones are filled in.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<std::pair<qint64, InterviewStamp>> written;
    written.reserve(interviews.size());
    for (const Interview &interview : interviews) {
        InterviewStamp stamp{interview.uuid.isNull() ? QUuid::createUuid() : interview.uuid,
                             interview.created.isValid() ? interview.created : now, interview.modified};
        if (!stamp.modified.isValid())
            stamp.modified = stamp.created;
        const qint64 id = writer.insert(interview, stamp, error);
        if (id == 0)
            return false;
        written.emplace_back(id, std::move(stamp));
    }
    if (!writer.finish(error) || !transaction.commit(error))
        return false;
    for (size_t i = 0; i < interviews.size(); ++i) {
        Interview &interview = interviews[i];
        interview.id = written[i].first;
        interview.uuid = written[i].second.uuid;
        interview.created = written[i].second.created;
        interview.modified = written[i].second.modified;
        interview.questionnaireId = m_questionnaireId;
    }
    return true;
}

bool InterviewStore::beginBulkLoad(QString *error)
{
    return deferValueIndex(m_db.connectionName(), error);
}

bool InterviewStore::endBulkLoad(QString *error)
{
    return restoreIndexes(m_db.connectionName(), error);
}

std::optional<Interview> InterviewStore::load(qint64 id, QString *error) const
{
    if (!checkUsable(error))
        return std::nullopt;
    const QString connection = m_db.connectionName();
    QSqlQuery header = sql::query(connection, true);
    if (!sql::prepareKept(header, connection, kSelectInterview, error))
        return std::nullopt;
    header.addBindValue(m_questionnaireId);
    header.addBindValue(id);
    if (!sql::exec(header, kReadInterview, error))
        return std::nullopt;
    if (!header.next()) {
        sql::endOfRows(header, kReadInterview, error);
        return std::nullopt;
    }
    Interview interview;
    interview.questionnaireId = m_questionnaireId;
    readHeader(header, &interview);
    header.finish();

    QSqlQuery answers = sql::query(connection, true);
    if (!sql::prepareKept(answers, connection, kSelectAnswers, error))
        return std::nullopt;
    answers.addBindValue(id);
    if (!sql::exec(answers, kReadAnswers, error))
        return std::nullopt;
    while (answers.next())
        m_layout.place(interview.answers, answers.value(0).toLongLong(), answers.value(1).toString(),
                       answers.value(2).toString());
    const bool readAll = sql::endOfRows(answers, kReadAnswers, error);
    answers.finish();
    if (!readAll)
        return std::nullopt;
    return interview;
}

bool InterviewStore::remove(qint64 id, QString *error)
{
    const QString connection = m_db.connectionName();
    Transaction transaction(connection);
    QSqlQuery answers = sql::query(connection);
    QSqlQuery interview = sql::query(connection);
    if (!transaction.begin(error) || !sql::prepare(answers, kDeleteAnswers, error) ||
        !sql::prepare(interview, kDeleteInterview, error)) {
        return false;
    }
    // The interview row first, so one of another questionnaire is refused before anything is deleted; then
    // the answers explicitly rather than relying on the cascade (it needs foreign_keys, a per-connection
    // setting). A failure rolls back both.
    interview.addBindValue(m_questionnaireId);
    interview.addBindValue(id);
    if (!sql::exec(interview, u"Cannot delete the interview", error))
        return false;
    if (interview.numRowsAffected() != 1)
        return sql::fail(error, QStringLiteral("There is no interview %1 with this questionnaire.").arg(id));
    answers.addBindValue(id);
    if (!sql::exec(answers, u"Cannot delete the answers", error))
        return false;
    return transaction.commit(error);
}

qint64 InterviewStore::count(QString *error) const
{
    QSqlQuery q = sql::query(m_db.connectionName(), true);
    if (!sql::prepare(q, kCount, error))
        return -1;
    q.addBindValue(m_questionnaireId);
    if (!sql::exec(q, kReadInterviews, error))
        return -1;
    if (!q.next()) {
        sql::endOfRows(q, kReadInterviews, error);
        return -1;
    }
    return q.value(0).toLongLong();
}

std::vector<std::pair<InterviewStatus, qint64>> InterviewStore::countByStatus(QString *error) const
{
    std::vector<std::pair<InterviewStatus, qint64>> counts;
    QSqlQuery q = sql::query(m_db.connectionName(), true);
    if (!sql::prepare(q, kCountByStatus, error))
        return counts;
    q.addBindValue(m_questionnaireId);
    if (!sql::exec(q, kReadInterviews, error))
        return counts;
    while (q.next())
        counts.emplace_back(statusFromName(q.value(0).toString()), q.value(1).toLongLong());
    if (!sql::endOfRows(q, kReadInterviews, error))
        return {};
    // Workflow order (draft, completed...) rather than alphabetical.
    std::sort(counts.begin(), counts.end());
    return counts;
}

std::vector<InterviewSummary> InterviewStore::summaries(qint64 afterId, int limit, QString *error) const
{
    std::vector<InterviewSummary> result;
    if (limit <= 0)
        return result;
    QSqlQuery q = sql::query(m_db.connectionName(), true);
    if (!sql::prepare(q, kSummaries, error))
        return result;
    q.addBindValue(m_questionnaireId);
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!sql::exec(q, kReadInterviews, error))
        return result;
    result.reserve(size_t(limit));
    Interview header;
    while (q.next()) {
        readHeader(q, &header);
        result.push_back(InterviewSummary{header.id, header.uuid, m_questionnaireId, header.status,
                                          header.enumerator, header.office, header.created, header.modified});
    }
    if (!sql::endOfRows(q, kReadInterviews, error))
        return {};
    return result;
}

qint64 InterviewStore::forEach(const std::function<bool(const Interview &)> &visit, QString *error) const
{
    if (!checkUsable(error))
        return -1;
    // Two forward-only cursors over the same order instead of one join that repeats the interview columns
    // on every answer row: Qt converts every column of every row to a QVariant.
    const QString connection = m_db.connectionName();
    QSqlQuery headers = sql::query(connection, true);
    QSqlQuery answers = sql::query(connection, true);
    if (!sql::prepare(headers, kStreamInterviews, error) || !sql::prepare(answers, kStreamAnswers, error))
        return -1;
    headers.addBindValue(m_questionnaireId);
    answers.addBindValue(m_questionnaireId);
    if (!sql::exec(headers, kReadInterviews, error) || !sql::exec(answers, kReadAnswers, error))
        return -1;
    qint64 visited = 0;
    // An answer cursor stopped by an error must not pass for one at its end: the interviews after it would
    // be visited without their answers (and reported as unanswered).
    bool failed = false;
    const auto nextAnswer = [&] {
        const bool more = answers.next();
        failed = !more && !sql::endOfRows(answers, kReadAnswers, error);
        return more;
    };
    bool haveAnswer = nextAnswer();
    while (!failed && headers.next()) {
        Interview interview;
        interview.questionnaireId = m_questionnaireId;
        readHeader(headers, &interview);
        // Both cursors are ordered by interview id; an answer can only lag behind if rows changed under us.
        while (haveAnswer && answers.value(0).toLongLong() < interview.id)
            haveAnswer = nextAnswer();
        while (haveAnswer && answers.value(0).toLongLong() == interview.id) {
            m_layout.place(interview.answers, answers.value(1).toLongLong(), utf8(answers.value(2)),
                           utf8(answers.value(3)));
            haveAnswer = nextAnswer();
        }
        if (failed)
            break;
        ++visited;
        if (!visit(interview))
            return visited;
    }
    if (failed || !sql::endOfRows(headers, kReadInterviews, error))
        return -1;
    return visited;
}

std::vector<std::pair<QString, qint64>> InterviewStore::valueCounts(int itemId, QString *error) const
{
    std::vector<std::pair<QString, qint64>> counts;
    const qint64 fieldId = m_layout.fieldForItem(itemId);
    if (!checkUsable(error) || fieldId == 0)
        return counts;
    QSqlQuery q = sql::query(m_db.connectionName(), true);
    if (!sql::prepare(q, kValueCounts, error))
        return counts;
    q.addBindValue(fieldId);
    if (!sql::exec(q, kReadAnswers, error))
        return counts;
    if (m_questionnaire.item(itemId).type != QuestionType::SelectMultiple) {
        while (q.next())
            counts.emplace_back(q.value(0).toString(), q.value(1).toLongLong());
        if (!sql::endOfRows(q, kReadAnswers, error))
            return {};
        return counts;
    }
    // One row holds all choices of an answer ("a c"); there are few distinct combinations, so split them
    // here.
    std::map<QString, qint64> perChoice;
    while (q.next()) {
        const QString combination = q.value(0).toString();
        const qint64 n = q.value(1).toLongLong();
        QStringList choices = combination.split(u' ', Qt::SkipEmptyParts);
        choices.removeDuplicates(); // "a a" is one answer of a
        for (const QString &choice : choices)
            perChoice[choice] += n;
    }
    if (!sql::endOfRows(q, kReadAnswers, error))
        return {};
    counts.assign(perChoice.begin(), perChoice.end());
    return counts;
}

} // namespace flowdesk
