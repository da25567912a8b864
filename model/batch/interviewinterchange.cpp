#include "interviewinterchange.h"

#include "questionnaire/questionnaire.h"
#include "store/questionnairestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace flowdesk {

namespace {
QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toTimeZone(QTimeZone::utc()).toString(Qt::ISODateWithMs) : QString();
}
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

InterviewInterchange::InterviewInterchange(const Questionnaire &questionnaire, const std::vector<StoredField> &fields,
                                           QString questionnaireHash)
    : m_q(questionnaire), m_layout(questionnaire, fields), m_hash(std::move(questionnaireHash))
{
    m_pathByItem.reserve(questionnaire.items.size());
    for (const Item &item : questionnaire.items) {
        m_pathByItem.push_back(questionnaire.path(item.id));
        m_itemByPath.insert(m_pathByItem.back(), item.id);
    }
}

bool InterviewInterchange::write(const Interview &interview, InterviewStatus status, bool includePii,
                                 QByteArray *line, QString *error) const
{
    std::vector<AnswerLayout::Row> rows;
    if (!m_layout.flatten(interview.answers, &rows, error))
        return false;
    QJsonArray answers;
    for (const AnswerLayout::Row &row : rows) {
        const int item = m_layout.itemForField(row.fieldId);
        if (item < 0)
            return fail(error, QStringLiteral("Interview %1 holds an answer to an unknown field %2.")
                                   .arg(interview.uuid.toString(QUuid::WithoutBraces))
                                   .arg(row.fieldId));
        if (!includePii && m_q.item(item).pii)
            continue;
        answers.append(QJsonArray{m_pathByItem[size_t(item)], row.instance,
                                  row.value ? QJsonValue(*row.value) : QJsonValue(QJsonValue::Null)});
    }
    const QJsonObject object{{QStringLiteral("uuid"), interview.uuid.toString(QUuid::WithoutBraces)},
                             {QStringLiteral("questionnaire"), m_hash},
                             {QStringLiteral("status"), statusName(status)},
                             {QStringLiteral("enumerator"), interview.enumerator},
                             {QStringLiteral("office"), interview.office},
                             {QStringLiteral("created"), utc(interview.created)},
                             {QStringLiteral("modified"), utc(interview.modified)},
                             {QStringLiteral("answers"), answers}};
    *line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return true;
}

bool InterviewInterchange::read(const QByteArray &line, Interview *interview, QString *error) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (!document.isObject())
        return fail(error, QStringLiteral("not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject o = document.object();
    if (o.value(u"questionnaire").toString() != m_hash)
        return fail(error, QStringLiteral("it was entered with questionnaire %1, not the batch's %2")
                               .arg(o.value(u"questionnaire").toString(), m_hash));
    Interview result;
    result.uuid = QUuid::fromString(o.value(u"uuid").toString());
    if (result.uuid.isNull())
        return fail(error, QStringLiteral("its uuid '%1' is not a uuid").arg(o.value(u"uuid").toString()));
    bool statusOk = false;
    result.status = statusFromName(o.value(u"status").toString(), &statusOk);
    if (!statusOk)
        return fail(error, QStringLiteral("unknown status '%1'").arg(o.value(u"status").toString()));
    result.enumerator = o.value(u"enumerator").toString();
    result.office = o.value(u"office").toString();
    result.created = QDateTime::fromString(o.value(u"created").toString(), Qt::ISODateWithMs);
    result.modified = QDateTime::fromString(o.value(u"modified").toString(), Qt::ISODateWithMs);
    if (!result.created.isValid() || !result.modified.isValid())
        return fail(error, QStringLiteral("its times are not ISO 8601"));
    const QJsonArray answers = o.value(u"answers").toArray();
    for (const QJsonValue &value : answers) {
        const QJsonArray answer = value.toArray();
        const int item = m_itemByPath.value(answer.at(0).toString(), -1);
        if (answer.size() != 3 || item < 0)
            return fail(error, QStringLiteral("answer to '%1', which the questionnaire does not have")
                                   .arg(answer.at(0).toString()));
        const QString text = answer.at(2).isNull() ? QString() : answer.at(2).toString();
        if (!answer.at(2).isNull() && text.isEmpty())
            return fail(error, QStringLiteral("empty answer to '%1'").arg(answer.at(0).toString()));
        if (!m_layout.place(result.answers, m_layout.fieldForItem(item), answer.at(1).toString(), text))
            return fail(error, QStringLiteral("answer to '%1' in instance '%2' does not fit the questionnaire")
                                   .arg(answer.at(0).toString(), answer.at(1).toString()));
    }
    *interview = std::move(result);
    return true;
}

} // namespace flowdesk
