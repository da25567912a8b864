#include "workflowsupport.h"

#include "questionnaire/questionnaire.h"
#include "store/answerlayout.h"

#include <QJsonDocument>

#include <map>

namespace flowdesk::workflow {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

AuditEntry entry(const Session &session, const QString &action, qint64 interviewId, const QString &details)
{
    AuditEntry e;
    e.accountId = session.accountId();
    e.accountName = session.name();
    e.action = action;
    e.interviewId = interviewId;
    e.details = details;
    return e;
}

QString staleMessage(qint64 interviewId, qint64 seen, qint64 current)
{
    return QStringLiteral("Interview %1 was changed by someone else since you opened it (your copy is version %2, "
                          "the stored one %3): nothing was saved. Open it again to see their changes.")
        .arg(interviewId)
        .arg(seen)
        .arg(current);
}

bool diffAnswers(const AnswerLayout &layout, const Questionnaire &questionnaire, const AnswerScope &before,
                 const AnswerScope &after, std::vector<AnswerChange> *changes, QString *error, RowChanges *rows)
{
    std::vector<AnswerLayout::Row> oldRows, newRows;
    if (!layout.flatten(before, &oldRows, error) || !layout.flatten(after, &newRows, error))
        return false;
    using Key = std::pair<qint64, QString>;
    auto valueOf = [](const AnswerLayout::Row &row) {
        return row.value ? *row.value : QStringLiteral("(instance)");
    };
    std::map<Key, const AnswerLayout::Row *> oldByKey;
    for (const AnswerLayout::Row &row : oldRows)
        oldByKey[{row.fieldId, row.instance}] = &row;
    std::map<Key, std::pair<QString, QString>> differences; // old, new
    for (const AnswerLayout::Row &row : newRows) {
        const Key key{row.fieldId, row.instance};
        const auto it = oldByKey.find(key);
        const QString value = valueOf(row);
        if (it == oldByKey.end()) {
            differences[key] = {QString(), value};
            if (rows)
                rows->written.push_back(row);
        } else {
            if (const QString old = valueOf(*it->second); old != value) {
                differences[key] = {old, value};
                if (rows)
                    rows->written.push_back(row);
            }
            oldByKey.erase(it);
        }
    }
    for (const auto &[key, row] : oldByKey) {
        differences[key] = {valueOf(*row), QString()};
        if (rows)
            rows->removed.push_back(*row);
    }
    for (const auto &[key, values] : differences) {
        const int item = layout.itemForField(key.first);
        const QString path = item >= 0 ? questionnaire.path(item) : QString::number(key.first);
        changes->push_back({path, key.second, values.first, values.second});
    }
    return true;
}

} // namespace flowdesk::workflow
