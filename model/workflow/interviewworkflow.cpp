#include "interviewworkflow.h"

#include "accounts/accounts.h"
#include "officepolicy.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/interviewwriter.h"
#include "store/questionnairestore.h"
#include "store/transaction.h"
#include "workflowsupport.h"

#include <algorithm>
#include <map>

namespace flowdesk {

using workflow::fail;
using workflow::json;

InterviewWorkflow::InterviewWorkflow(Database &database, qint64 questionnaireId, const Questionnaire &questionnaire,
                                     CaseListSpec spec)
    : m_db(database), m_questionnaireId(questionnaireId), m_q(questionnaire),
      m_layout(questionnaire, QuestionnaireStore(database).fields(questionnaireId)),
      m_store(std::make_unique<InterviewStore>(database, questionnaireId, questionnaire)),
      m_builder(std::make_unique<CaseSummaryBuilder>(questionnaire, std::move(spec)))
{
}

InterviewWorkflow::~InterviewWorkflow() = default;

std::optional<InterviewState> InterviewWorkflow::currentState(qint64 interviewId, QString *error) const
{
    auto state = WorkflowStore(m_db.connectionName()).state(interviewId, error);
    if (state && state->questionnaireId != m_questionnaireId) {
        fail(error, QStringLiteral("Interview %1 belongs to another questionnaire version (%2, not %3).")
                        .arg(interviewId)
                        .arg(state->questionnaireId)
                        .arg(m_questionnaireId));
        return std::nullopt;
    }
    return state;
}

bool InterviewWorkflow::mayView(const Session &session, const InterviewState &state, QString *error) const
{
    if (grant(session.role(), Action::ViewInterview) == Grant::Own && state.enumerator != session.name())
        return fail(error, QStringLiteral("Interview %1 was keyed by %2; an enumerator sees only their own interviews.")
                               .arg(state.id)
                               .arg(state.enumerator));
    return true;
}

bool InterviewWorkflow::mayEdit(const Session &session, const InterviewState &state, const QString &reason,
                                QString *error) const
{
    switch (grant(session.role(), Action::EditAnswers)) {
    case Grant::No:
        return permits(session, Action::EditAnswers, error);
    case Grant::Yes:
        return true;
    case Grant::Own:
        if (state.enumerator != session.name())
            return fail(error, QStringLiteral("Interview %1 was keyed by %2; an enumerator edits only their own "
                                              "interviews.")
                                   .arg(state.id)
                                   .arg(state.enumerator));
        if (state.status != InterviewStatus::Draft && state.status != InterviewStatus::Rejected)
            return fail(error, QStringLiteral("Interview %1 is %2; an enumerator edits only drafts and rejected "
                                              "interviews.")
                                   .arg(state.id)
                                   .arg(statusName(state.status)));
        return true;
    case Grant::Policy:
        if (!OfficePolicy::load(m_db).reviewersEditAnswers)
            return fail(error, QStringLiteral("The office policy does not let reviewers change answers: reject "
                                              "interview %1 with a comment instead.")
                                   .arg(state.id));
        if (state.status != InterviewStatus::Completed)
            return fail(error, QStringLiteral("Interview %1 is %2; a reviewer changes answers only in a completed "
                                              "interview under review.")
                                   .arg(state.id)
                                   .arg(statusName(state.status)));
        if (reason.trimmed().isEmpty())
            return fail(error, QStringLiteral("A reviewer's change to interview %1 needs a reason.").arg(state.id));
        return true;
    }
    return false;
}

bool InterviewWorkflow::writeSummary(qint64 interviewId, CaseSummaryStore &summaries, QString *error)
{
    const std::optional<Interview> stored = m_store->load(interviewId);
    if (!stored)
        return fail(error, QStringLiteral("Cannot read interview %1 back for the case list.").arg(interviewId));
    return summaries.write(m_builder->facts(*stored), error);
}

std::optional<InterviewCopy> InterviewWorkflow::open(const Session &session, qint64 interviewId, QString *error) const
{
    if (!Accounts::authorize(m_db, session, Action::ViewInterview, error))
        return std::nullopt;
    // The version first: a write between the two reads then makes the copy look stale (refused later), never
    // newer than it is.
    const auto state = currentState(interviewId, error);
    if (!state || !mayView(session, *state, error))
        return std::nullopt;
    std::optional<Interview> interview = m_store->load(interviewId);
    if (!interview)
        return fail(error, QStringLiteral("Cannot read interview %1.").arg(interviewId)), std::nullopt;
    return InterviewCopy{std::move(*interview), state->version};
}

std::optional<InterviewCopy> InterviewWorkflow::create(const Session &session, Interview interview, QString *error)
{
    if (!Accounts::authorize(m_db, session, Action::CreateInterview, error))
        return std::nullopt;
    if (interview.id != 0)
        return fail(error, QStringLiteral("Interview %1 is already stored.").arg(interview.id)), std::nullopt;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    interview.questionnaireId = m_questionnaireId;
    interview.status = InterviewStatus::Draft;
    interview.enumerator = session.name();
    const InterviewStamp stamp{interview.uuid.isNull() ? QUuid::createUuid() : interview.uuid,
                               interview.created.isValid() ? interview.created : now, now};
    const QString connection = m_db.connectionName();
    Transaction transaction(connection);
    InterviewWriter writer(connection, m_questionnaireId, m_layout);
    AuditWriter audit(connection);
    CaseSummaryStore summaries(connection);
    if (!transaction.begin(error) || !writer.prepare(error) || !audit.prepare(error))
        return std::nullopt;
    const qint64 id = writer.insert(interview, stamp, error);
    if (id == 0 || !writer.finish(error))
        return std::nullopt;
    AuditEntry entry = workflow::entry(session, QStringLiteral("interview created"), id,
                                       json({{QStringLiteral("uuid"), stamp.uuid.toString(QUuid::WithoutBraces)}}));
    if (!audit.append(entry, error) || !writeSummary(id, summaries, error) || !transaction.commit(error))
        return std::nullopt;
    interview.id = id;
    interview.uuid = stamp.uuid;
    interview.created = stamp.created;
    interview.modified = stamp.modified;
    return InterviewCopy{std::move(interview), 1};
}

bool InterviewWorkflow::saveAnswers(const Session &session, InterviewCopy &copy, const QString &reason,
                                    QString *error, const std::function<bool(QString *)> &alsoWrite)
{
    if (!Accounts::authorize(m_db, session, Action::EditAnswers, error))
        return false;
    const QString connection = m_db.connectionName();
    Transaction transaction(connection);
    AuditWriter audit(connection);
    CaseSummaryStore summaries(connection);
    if (!transaction.begin(error))
        return false;
    QDateTime changedAt;
    if (!writeAnswers(session, copy, reason, audit, summaries, &changedAt, error))
        return false;
    if (!changedAt.isValid())
        return true; // nothing to write: no version bump, no audit entry
    if ((alsoWrite && !alsoWrite(error)) || !transaction.commit(error))
        return false;
    copy.version += 1;
    copy.interview.modified = changedAt;
    return true;
}

bool InterviewWorkflow::saveAnswersRemovingInstance(const Session &session, InterviewCopy &copy, int repeatItem,
                                                    const std::vector<int> &removed, QString *error,
                                                    const std::function<bool(QString *)> &alsoWrite)
{
    const qint64 id = copy.interview.id;
    return saveAnswers(session, copy, QString(), error, [&](QString *why) {
        return renumberKeptReasons(id, repeatItem, removed, why) && (!alsoWrite || alsoWrite(why));
    });
}

bool InterviewWorkflow::renumberKeptReasons(qint64 interviewId, int repeatItem, const std::vector<int> &removed,
                                            QString *error)
{
    if (removed.empty() || repeatItem < 0 || repeatItem >= int(m_q.items.size()))
        return true;
    const size_t depth = removed.size() - 1;
    struct Move
    {
        qint64 fieldId;
        QString from;
        QString to; // null: dropped
        int number; // the instance number at `depth` it moves to, for the order of the moves
    };
    std::vector<Move> moves;
    WorkflowStore store(m_db.connectionName());
    for (const AcceptedWarning &kept : store.acceptedWarnings(interviewId)) {
        const int item = m_layout.itemForField(kept.fieldId);
        if (item < 0)
            continue;
        std::vector<int> chain; // the repeats around the item, outermost first
        for (int r = m_q.item(item).repeat; r >= 0; r = m_q.item(r).repeat)
            chain.insert(chain.begin(), r);
        std::vector<int> path;
        for (const QString &part : kept.instance.split(u'.', Qt::SkipEmptyParts))
            path.push_back(part.toInt());
        if (chain.size() <= depth || chain[depth] != repeatItem || path.size() <= depth ||
            !std::equal(removed.begin(), removed.begin() + qptrdiff(depth), path.begin()) ||
            path[depth] < removed[depth])
            continue;
        if (path[depth] == removed[depth]) {
            moves.push_back({kept.fieldId, kept.instance, QString(), 0});
            continue;
        }
        path[depth] -= 1;
        QStringList parts;
        for (int n : path)
            parts << QString::number(n);
        moves.push_back({kept.fieldId, kept.instance, parts.join(u'.'), path[depth]});
    }
    // Drops first, then the moves in increasing order, so no two reasons of one field ever share a path.
    std::sort(moves.begin(), moves.end(), [](const Move &a, const Move &b) { return a.number < b.number; });
    for (const Move &move : moves) {
        if (!store.moveAcceptedWarning(interviewId, move.fieldId, move.from, move.to, error))
            return false;
    }
    return true;
}

bool InterviewWorkflow::writeAnswers(const Session &session, const InterviewCopy &copy, const QString &reason,
                                     AuditWriter &audit, CaseSummaryStore &summaries, QDateTime *changedAt,
                                     QString *error)
{
    const qint64 id = copy.interview.id;
    const QString connection = m_db.connectionName();
    const auto state = currentState(id, error);
    if (!state || !mayEdit(session, *state, reason, error))
        return false;
    if (state->version != copy.version)
        return fail(error, workflow::staleMessage(id, copy.version, state->version));
    std::optional<Interview> stored = m_store->load(id);
    if (!stored)
        return fail(error, QStringLiteral("Cannot read interview %1.").arg(id));

    // Only answers change: the header stays what is stored.
    Interview toWrite = copy.interview;
    toWrite.status = stored->status;
    toWrite.enumerator = stored->enumerator;
    toWrite.office = stored->office;
    toWrite.created = stored->created;
    std::vector<workflow::AnswerChange> changes;
    workflow::RowChanges rows;
    if (!workflow::diffAnswers(m_layout, m_q, stored->answers, toWrite.answers, &changes, error, &rows))
        return false;
    if (changes.empty())
        return true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const InterviewStamp stamp{stored->uuid, stored->created, now};
    toWrite.modified = now;
    InterviewWriter writer(connection, m_questionnaireId, m_layout);
    WorkflowStore workflowStore(connection);
    // Only the rows that changed are written (and the interview row, for its time).
    if (!writer.prepareRowUpdate(error) || (!audit.isPrepared() && !audit.prepare(error)) ||
        !writer.updateRows(toWrite, stamp, rows.written, rows.removed, error))
        return false;
    if (!workflowStore.bumpVersion(id, copy.version, error))
        return fail(error, workflow::staleMessage(id, copy.version, copy.version + 1));
    for (const workflow::AnswerChange &change : changes) {
        QJsonObject details{{QStringLiteral("field"), change.path},
                            {QStringLiteral("instance"), change.instance},
                            {QStringLiteral("old"), change.oldValue},
                            {QStringLiteral("new"), change.newValue}};
        if (!reason.trimmed().isEmpty())
            details.insert(QStringLiteral("reason"), reason.trimmed());
        AuditEntry entry = workflow::entry(session, QStringLiteral("answer"), id, json(details));
        if (!audit.append(entry, error))
            return false;
    }
    // The case-list row from the answers just written rather than read back: the same answers, one load less.
    if (!summaries.write(m_builder->facts(toWrite), error))
        return false;
    *changedAt = now;
    return true;
}

qint64 InterviewWorkflow::staleCaseListRows() const
{
    return CaseSummaryStore(m_db.connectionName()).staleCount(m_questionnaireId);
}

qint64 InterviewWorkflow::refreshCaseList(const std::function<bool(qint64, qint64)> &progress, QString *error,
                                          int batch)
{
    const QString connection = m_db.connectionName();
    const qint64 total = CaseSummaryStore(connection).staleCount(m_questionnaireId);
    qint64 done = 0;
    qint64 after = 0;
    for (;;) {
        const std::vector<qint64> ids = CaseSummaryStore(connection).staleIds(after, batch);
        if (ids.empty())
            break;
        Transaction transaction(connection);
        CaseSummaryStore summaries(connection);
        if (!transaction.begin(error))
            return -1;
        for (qint64 id : ids) {
            // Rows of other questionnaires are left for their own workflow.
            const auto state = WorkflowStore(connection).state(id, nullptr);
            if (state && state->questionnaireId == m_questionnaireId && !writeSummary(id, summaries, error))
                return -1;
        }
        if (!transaction.commit(error))
            return -1;
        done += qint64(ids.size());
        after = ids.back();
        if (progress && !progress(done, total))
            break;
    }
    return done;
}

} // namespace flowdesk
