#include "importconflicts.h"

#include "interviewinterchange.h"
#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace flowdesk {

std::vector<ConflictSummary> ImportConflicts::page(const ConflictFilter &filter, qint64 afterId, int limit,
                                                  QString *error) const
{
    return ImportConflictStore(m_workspace.database().connectionName()).page(filter, afterId, limit, error);
}

std::optional<ConflictSummary> ImportConflicts::summary(qint64 conflictId, QString *error) const
{
    return ImportConflictStore(m_workspace.database().connectionName()).summary(conflictId, error);
}

std::optional<ConflictCounts> ImportConflicts::counts(const QString &batchId, QString *error) const
{
    return ImportConflictStore(m_workspace.database().connectionName()).counts(batchId, error);
}

QStringList ImportConflicts::batches(QString *error) const
{
    return ImportConflictStore(m_workspace.database().connectionName()).batches(error);
}

std::optional<Interview> ImportConflicts::theirs(const ImportConflict &conflict, QString *error) const
{
    const Questionnaire *q = m_workspace.questionnaire();
    if (!q) {
        if (error)
            *error = QStringLiteral("The database has no questionnaire.");
        return std::nullopt;
    }
    const StoredQuestionnaire &stored = m_workspace.storedQuestionnaire();
    const InterviewInterchange interchange(*q, QuestionnaireStore(m_workspace.database()).fields(stored.id),
                                           stored.hash);
    Interview interview;
    QString why;
    if (!interchange.read(conflict.theirs, &interview, &why)) {
        if (error)
            *error = QStringLiteral("Conflict %1 is about another questionnaire version, or its copy cannot be read: %2")
                         .arg(conflict.id)
                         .arg(why);
        return std::nullopt;
    }
    return interview;
}

std::optional<ConflictDetails> ImportConflicts::view(qint64 conflictId, QString *error) const
{
    const auto conflict = ImportConflictStore(m_workspace.database().connectionName()).find(conflictId, error);
    if (!conflict)
        return std::nullopt;
    const auto interview = theirs(*conflict, error);
    if (!interview)
        return std::nullopt;
    auto differences = m_workspace.workflow()->differences(conflict->interviewId, *interview, error);
    if (!differences)
        return std::nullopt;
    return ConflictDetails{*conflict, interview->uuid.toString(QUuid::WithoutBraces), std::move(*differences)};
}

bool ImportConflicts::decide(const Session &session, qint64 conflictId, bool take, QString *error)
{
    const auto conflict = ImportConflictStore(m_workspace.database().connectionName()).find(conflictId, error);
    if (!conflict) {
        if (error && error->isEmpty())
            *error = QStringLiteral("There is no import conflict %1.").arg(conflictId);
        return false;
    }
    const auto interview = theirs(*conflict, error);
    return interview && m_workspace.workflow()->resolveConflict(session, conflictId, *interview, take, error);
}

bool ImportConflicts::keepOurs(const Session &session, qint64 conflictId, QString *error)
{
    return decide(session, conflictId, false, error);
}

bool ImportConflicts::takeTheirs(const Session &session, qint64 conflictId, QString *error)
{
    return decide(session, conflictId, true, error);
}

} // namespace flowdesk
