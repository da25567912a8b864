#include "profilestore.h"

#include "sqlsupport.h"
#include "transaction.h"

namespace flowdesk {

namespace {
constexpr auto kSelect = R"sql(SELECT definition FROM profile_definitions WHERE questionnaire_id = ?)sql";
constexpr auto kSave = R"sql(
INSERT INTO profile_definitions (questionnaire_id, definition, saved_by, saved_at) VALUES (?, ?, ?, ?)
ON CONFLICT (questionnaire_id) DO UPDATE SET definition = excluded.definition, saved_by = excluded.saved_by,
                                             saved_at = excluded.saved_at)sql";
} // namespace

std::optional<QString> ProfileStore::definition(qint64 questionnaireId, QString *error) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kSelect, error))
        return std::nullopt;
    q.addBindValue(questionnaireId);
    if (!sql::exec(q, u"Cannot read the profile definition", error))
        return std::nullopt;
    if (q.next())
        return q.value(0).toString();
    sql::endOfRows(q, u"Cannot read the profile definition", error);
    return std::nullopt;
}

bool ProfileStore::save(qint64 questionnaireId, const QString &json, const QString &savedBy, QString *error)
{
    Transaction transaction(m_connection);
    if (!transaction.begin(error))
        return false;
    QSqlQuery q = sql::query(m_connection);
    if (!sql::prepare(q, kSave, error))
        return false;
    q.addBindValue(questionnaireId);
    q.addBindValue(json);
    q.addBindValue(savedBy);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return sql::exec(q, u"Cannot save the profile definition", error) && transaction.commit(error);
}

} // namespace flowdesk
