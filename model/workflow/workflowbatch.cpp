// InterviewWorkflow for batches: merging another office's interviews and the reviewer's decision on a conflict.
// (Marking a batch exported is a status change: workflowtransitions.cpp.)
#include "interviewworkflow.h"

#include "accounts/accounts.h"
#include "store/auditlog.h"
#include "store/batchstore.h"
#include "store/database.h"
#include "store/importconflictstore.h"
#include "store/interviewwriter.h"
#include "store/transaction.h"
#include "workflowsupport.h"

#include <deque>

namespace flowdesk {

using workflow::fail;
using workflow::json;

std::optional<ImportMerge> InterviewWorkflow::importInterviews(
    const Session &session, const QString &batch, const std::function<int(Interview &, QByteArray &, QString *)> &next,
    const std::function<bool(QString *)> &beforeCommit, QString *error)
{
    if (!Accounts::authorize(m_db, session, Action::Import, error))
        return std::nullopt;
    const QString connection = m_db.connectionName();
    Transaction transaction(connection);
    InterviewWriter writer(connection, m_questionnaireId, m_layout);
    AuditWriter audit(connection);
    BatchStore batches(connection);
    ImportConflictStore conflicts(connection);
    WorkflowStore history(connection);
    if (!transaction.begin(error) || !writer.prepare(error) || !audit.prepare(error))
        return std::nullopt;
    ImportMerge merge;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The writer keeps the answers of the last few interviews until it writes its chunk: hold them until finish().
    std::deque<Interview> pending; // deque: stable addresses as it grows
    for (;;) {
        Interview theirs;
        QByteArray line;
        const int got = next(theirs, line, error);
        if (got < 0)
            return std::nullopt;
        if (got == 0)
            break;
        const QString uuid = theirs.uuid.toString(QUuid::WithoutBraces);
        QString why;
        const auto ours = batches.findUuid(uuid, &why);
        if (!why.isEmpty())
            return fail(error, why), std::nullopt;
        if (ours) {
            bool same = false;
            if (ours->second == m_questionnaireId) {
                const auto changes = differences(ours->first, theirs, error);
                if (!changes)
                    return std::nullopt;
                same = changes->empty();
            }
            if (same) {
                ++merge.skipped;
                continue;
            }
            // A batch imported twice does not list the same disagreement twice.
            if (conflicts.hasOpen(ours->first, line, &why)) {
                ++merge.conflicts;
                continue;
            }
            if (!why.isEmpty())
                return fail(error, why), std::nullopt;
            const qint64 conflictId = conflicts.add({0, batch, ours->first, line, now, {}, {}, {}}, error);
            if (conflictId == 0)
                return std::nullopt;
            AuditEntry entry = workflow::entry(session, QStringLiteral("import conflict"), ours->first,
                                               json({{QStringLiteral("batch"), batch},
                                                     {QStringLiteral("conflict"), conflictId},
                                                     {QStringLiteral("uuid"), uuid}}));
            if (!audit.append(entry, error))
                return std::nullopt;
            ++merge.conflicts;
            continue;
        }
        theirs.questionnaireId = m_questionnaireId;
        pending.push_back(std::move(theirs));
        const Interview &stored = pending.back();
        const qint64 id = writer.insert(stored, {stored.uuid, stored.created, stored.modified}, error);
        if (id == 0)
            return std::nullopt;
        AuditEntry entry = workflow::entry(session, QStringLiteral("interview imported"), id,
                                           json({{QStringLiteral("batch"), batch},
                                                 {QStringLiteral("uuid"), uuid},
                                                 {QStringLiteral("status"), statusName(stored.status)}}));
        // Its history here starts with its arrival, at the time it was last changed where it came from.
        const StatusChange arrival{0, id, stored.status, stored.status, session.accountId(), session.name(),
                                   stored.modified, QStringLiteral("imported in batch %1").arg(batch)};
        if (!audit.append(entry, error) || !history.addHistory(arrival, error))
            return std::nullopt;
        ++merge.added;
        if (pending.size() >= 256) {
            if (!writer.finish(error))
                return std::nullopt;
            pending.clear();
        }
    }
    if (!writer.finish(error))
        return std::nullopt;
    AuditEntry entry = workflow::entry(session, QStringLiteral("batch imported"), 0,
                                       json({{QStringLiteral("batch"), batch},
                                             {QStringLiteral("added"), merge.added},
                                             {QStringLiteral("skipped"), merge.skipped},
                                             {QStringLiteral("conflicts"), merge.conflicts}}));
    if (!audit.append(entry, error) || (beforeCommit && !beforeCommit(error)) || !transaction.commit(error))
        return std::nullopt;
    return merge;
}

std::optional<std::vector<AnswerDifference>> InterviewWorkflow::differences(qint64 interviewId,
                                                                            const Interview &theirs,
                                                                            QString *error) const
{
    const std::optional<Interview> ours = m_store->load(interviewId, error);
    if (!ours)
        return fail(error, QStringLiteral("Cannot read interview %1.").arg(interviewId)), std::nullopt;
    std::vector<workflow::AnswerChange> changes;
    if (!workflow::diffAnswers(m_layout, m_q, ours->answers, theirs.answers, &changes, error))
        return std::nullopt;
    std::vector<AnswerDifference> result;
    result.reserve(changes.size());
    for (workflow::AnswerChange &change : changes)
        result.push_back({std::move(change.path), std::move(change.instance), std::move(change.oldValue),
                          std::move(change.newValue)});
    return result;
}

bool InterviewWorkflow::resolveConflict(const Session &session, qint64 conflictId, const Interview &theirs,
                                        bool takeTheirs, QString *error)
{
    if (!Accounts::authorize(m_db, session, Action::Approve, error))
        return false;
    const QString connection = m_db.connectionName();
    Transaction transaction(connection);
    AuditWriter audit(connection);
    ImportConflictStore conflicts(connection);
    if (!transaction.begin(error) || !audit.prepare(error))
        return false;
    const auto conflict = conflicts.find(conflictId, error);
    if (!conflict)
        return fail(error, QStringLiteral("There is no import conflict %1.").arg(conflictId));
    const auto state = currentState(conflict->interviewId, error);
    if (!state)
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!conflicts.resolve(conflictId, takeTheirs ? QStringLiteral("theirs") : QStringLiteral("ours"), session.name(),
                           now, error))
        return fail(error, QStringLiteral("Import conflict %1 was already decided.").arg(conflictId));
    const qint64 id = conflict->interviewId;
    if (takeTheirs) {
        const auto changes = differences(id, theirs, error);
        if (!changes)
            return false;
        std::optional<Interview> stored = m_store->load(id, error);
        if (!stored)
            return fail(error, QStringLiteral("Cannot read interview %1.").arg(id));
        // Their answers under our header: the status, enumerator and history here stay ours.
        Interview toWrite = *stored;
        toWrite.answers = theirs.answers;
        InterviewWriter writer(connection, m_questionnaireId, m_layout);
        CaseSummaryStore summaries(connection);
        WorkflowStore workflowStore(connection);
        if (!writer.prepare(error) || !writer.update(toWrite, {stored->uuid, stored->created, now}, error) ||
            !writer.finish(error) || !workflowStore.bumpVersion(id, state->version, error))
            return false;
        for (const AnswerDifference &change : *changes) {
            AuditEntry entry = workflow::entry(session, QStringLiteral("answer"), id,
                                               json({{QStringLiteral("field"), change.path},
                                                     {QStringLiteral("instance"), change.instance},
                                                     {QStringLiteral("old"), change.ours},
                                                     {QStringLiteral("new"), change.theirs},
                                                     {QStringLiteral("reason"),
                                                      QStringLiteral("import conflict %1 (batch %2): theirs taken")
                                                          .arg(conflictId)
                                                          .arg(conflict->batchId)}}));
            if (!audit.append(entry, error))
                return false;
        }
        if (!writeSummary(id, summaries, error))
            return false;
    }
    AuditEntry entry = workflow::entry(session, QStringLiteral("import conflict resolved"), id,
                                       json({{QStringLiteral("conflict"), conflictId},
                                             {QStringLiteral("batch"), conflict->batchId},
                                             {QStringLiteral("kept"), takeTheirs ? QStringLiteral("theirs")
                                                                                 : QStringLiteral("ours")}}));
    return audit.append(entry, error) && transaction.commit(error);
}

} // namespace flowdesk
