#pragma once

#include "accounts/session.h"
#include "store/importconflictstore.h"
#include "workflow/interviewworkflow.h"

#include <optional>
#include <vector>

namespace flowdesk {

class Workspace;

// An open conflict as a reviewer sees it: ours and theirs, field by field.
struct ConflictDetails
{
    ImportConflict conflict;
    QString uuid;
    std::vector<AnswerDifference> differences; // ours -> theirs
};

// The import conflict list of a workspace's questionnaire, for the conflict view and the CLI. Decisions go through
// InterviewWorkflow::resolveConflict (audited; never an overwrite the reviewer did not pick).
class ImportConflicts
{
public:
    explicit ImportConflicts(Workspace &workspace) : m_workspace(workspace) {}

    // The list, a keyset page at a time (see ImportConflictStore::page), and its counts.
    std::vector<ConflictSummary> page(const ConflictFilter &filter, qint64 afterId, int limit, QString *error) const;
    std::optional<ConflictSummary> summary(qint64 conflictId, QString *error) const;
    std::optional<ConflictCounts> counts(const QString &batchId, QString *error) const;
    QStringList batches(QString *error) const;
    std::optional<ConflictDetails> view(qint64 conflictId, QString *error) const;
    bool keepOurs(const Session &session, qint64 conflictId, QString *error);
    bool takeTheirs(const Session &session, qint64 conflictId, QString *error);

private:
    std::optional<Interview> theirs(const ImportConflict &conflict, QString *error) const;
    bool decide(const Session &session, qint64 conflictId, bool takeTheirs, QString *error);
    Workspace &m_workspace;
};

} // namespace flowdesk
