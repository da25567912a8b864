#include "exportrowcounter.h"

#include "database.h"
#include "interview/interview.h"
#include "sqlsupport.h"

#include <algorithm>

namespace flowdesk {

namespace {
// The answers_by_value index (field_id, value) holds interview_id too: the instance rows are one index range.
constexpr auto kInstances = R"sql(
SELECT interview_id FROM answers WHERE field_id = ?1 AND value IS NULL AND interview_id BETWEEN ?2 AND ?3)sql";
constexpr auto kCountInstances = R"sql(
SELECT COUNT(*) FROM answers WHERE field_id = ?1 AND value IS NULL AND interview_id BETWEEN ?2 AND ?3)sql";
constexpr auto kHistory = R"sql(
SELECT interview_id FROM status_history WHERE to_status <> ?1 AND interview_id BETWEEN ?2 AND ?3)sql";
constexpr auto kCountHistory = R"sql(
SELECT COUNT(*) FROM status_history WHERE to_status <> ?1 AND interview_id BETWEEN ?2 AND ?3)sql";
// ?1 is there to keep the parameters in step with the others; it is always true.
constexpr auto kComments = R"sql(
SELECT interview_id FROM comments WHERE ?1 AND interview_id BETWEEN ?2 AND ?3)sql";
constexpr auto kCountComments = R"sql(
SELECT COUNT(*) FROM comments WHERE ?1 AND interview_id BETWEEN ?2 AND ?3)sql";
constexpr auto kWarnings = R"sql(
SELECT interview_id FROM accepted_warnings WHERE ?1 AND interview_id BETWEEN ?2 AND ?3)sql";
constexpr auto kCountWarnings = R"sql(
SELECT COUNT(*) FROM accepted_warnings WHERE ?1 AND interview_id BETWEEN ?2 AND ?3)sql";
} // namespace

ExportRowCounter::ExportRowCounter(Database &database, const std::vector<qint64> &interviewIds)
    : m_database(database), m_ids(interviewIds)
{
}

std::optional<qint64> ExportRowCounter::count(const char *statement, const char *countStatement,
                                              const QVariant &parameter, QString *error) const
{
    if (m_ids.empty())
        return 0;
    const qint64 first = m_ids.front();
    const qint64 last = m_ids.back();
    const bool oneRun = last - first + 1 == qint64(m_ids.size());
    QSqlQuery q = sql::query(m_database.connectionName(), true);
    if (!sql::prepare(q, oneRun ? countStatement : statement, error))
        return std::nullopt;
    q.addBindValue(parameter);
    q.addBindValue(first);
    q.addBindValue(last);
    if (!sql::exec(q, u"Cannot count the rows of the export", error))
        return std::nullopt;
    qint64 rows = 0;
    if (oneRun) {
        if (q.next())
            rows = q.value(0).toLongLong();
    } else {
        while (q.next()) {
            if (std::binary_search(m_ids.begin(), m_ids.end(), q.value(0).toLongLong()))
                ++rows;
        }
    }
    if (!sql::endOfRows(q, u"Cannot count the rows of the export", error))
        return std::nullopt;
    return rows;
}

std::optional<qint64> ExportRowCounter::repeatInstances(qint64 repeatFieldId, QString *error) const
{
    return count(kInstances, kCountInstances, repeatFieldId, error);
}

std::optional<qint64> ExportRowCounter::statusChanges(QString *error) const
{
    return count(kHistory, kCountHistory, statusName(InterviewStatus::Exported), error);
}

std::optional<qint64> ExportRowCounter::comments(QString *error) const
{
    return count(kComments, kCountComments, 1, error);
}

std::optional<qint64> ExportRowCounter::acceptedWarnings(QString *error) const
{
    return count(kWarnings, kCountWarnings, 1, error);
}

} // namespace flowdesk
