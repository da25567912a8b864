// InterviewWorkflow's status changes: the transition table and its checks.
#include "interviewworkflow.h"

#include "accounts/accounts.h"
#include "store/auditlog.h"
#include "store/batchstore.h"
#include "store/database.h"
#include "store/transaction.h"
#include "workflowsupport.h"

#include "validation/validator.h"

#include <QJsonObject>

#include <set>

namespace flowdesk {

using workflow::fail;

struct InterviewWorkflow::Step
{
    InterviewStatus from;
    InterviewStatus alsoFrom; // == from when only one status may start it
    InterviewStatus to;
    Action action;
    bool reasonRequired;
    const char16_t *fromText; // "a completed interview", for the refusal
    const char16_t *verb;     // "approved"
};

namespace {

using S = InterviewStatus;
// The whole status graph. Reopen goes back to completed, not draft: the answers were complete and checked, and
// the reason for reopening is a reviewer's concern, so it returns to review (where it can be rejected to its
// enumerator if answers must change) rather than to the enumerator's drafts.
const InterviewWorkflow::Step kComplete{S::Draft, S::Rejected, S::Completed, Action::Complete, false,
                                        u"a draft or rejected interview", u"completed"};
const InterviewWorkflow::Step kApprove{S::Completed, S::Completed, S::Approved, Action::Approve, false,
                                       u"a completed interview", u"approved"};
const InterviewWorkflow::Step kReject{S::Completed, S::Completed, S::Rejected, Action::Reject, true,
                                      u"a completed interview", u"rejected"};
const InterviewWorkflow::Step kReopen{S::Approved, S::Approved, S::Completed, Action::ReopenApproved, true,
                                      u"an approved interview", u"reopened"};
const InterviewWorkflow::Step kExport{S::Approved, S::Approved, S::Exported, Action::Export, false,
                                      u"an approved interview", u"exported"};

const InterviewWorkflow::Step *const kSteps[] = {&kComplete, &kApprove, &kReject, &kReopen, &kExport};

} // namespace

bool InterviewWorkflow::offers(const Session &session, InterviewStatus from, Action action) const
{
    for (const Step *step : kSteps) {
        if (step->action == action && (step->from == from || step->alsoFrom == from))
            return permits(session, action, nullptr);
    }
    return false;
}

bool InterviewWorkflow::complete(const Session &session, qint64 interviewId, qint64 &version, QString *error)
{
    return transition(session, interviewId, version, kComplete, QString(), error);
}

bool InterviewWorkflow::completeWithAnswers(const Session &session, InterviewCopy &copy, QString *error,
                                            const std::function<bool(QString *)> &alsoWrite)
{
    if (!Accounts::authorize(m_db, session, Action::EditAnswers, error) ||
        !Accounts::authorize(m_db, session, kComplete.action, error))
        return false;
    const qint64 id = copy.interview.id;
    const QString connection = m_db.connectionName();
    Transaction transaction(connection);
    AuditWriter audit(connection);
    CaseSummaryStore summaries(connection);
    if (!transaction.begin(error) || !audit.prepare(error))
        return false;
    QDateTime changedAt;
    if (!writeAnswers(session, copy, QString(), audit, summaries, &changedAt, error))
        return false;
    // The state as the answers left it (the version one higher when they changed).
    const qint64 version = copy.version + (changedAt.isValid() ? 1 : 0);
    const auto state = currentState(id, error);
    if (!state || !transitionInTransaction(session, *state, version, kComplete, QString(), audit, summaries, error) ||
        (alsoWrite && !alsoWrite(error)) || !transaction.commit(error))
        return false;
    copy.version = version + 1;
    copy.interview.status = kComplete.to;
    if (changedAt.isValid())
        copy.interview.modified = changedAt;
    return true;
}

bool InterviewWorkflow::approve(const Session &session, qint64 interviewId, qint64 &version, const QString &note,
                                QString *error)
{
    return transition(session, interviewId, version, kApprove, note, error);
}

bool InterviewWorkflow::reject(const Session &session, qint64 interviewId, qint64 &version, const QString &reason,
                               QString *error)
{
    return transition(session, interviewId, version, kReject, reason, error);
}

bool InterviewWorkflow::reopen(const Session &session, qint64 interviewId, qint64 &version, const QString &reason,
                               QString *error)
{
    return transition(session, interviewId, version, kReopen, reason, error);
}

bool InterviewWorkflow::markExported(const Session &session, qint64 interviewId, qint64 &version,
                                     const QString &batch, QString *error)
{
    return transition(session, interviewId, version, kExport, batch, error);
}

int InterviewWorkflow::errorsInTheWay(const Interview &stored) const
{
    // Paper keying keeps a value its constraint refuses when the keyer confirmed it as written, with a reason given
    // for that very value: such an error is dealt with (the reviewer still sees it, and why).
    std::set<std::pair<qint64, QString>> confirmed;
    for (const AcceptedWarning &kept : WorkflowStore(m_db.connectionName()).acceptedWarnings(stored.id)) {
        if (kept.confirmed)
            confirmed.insert({kept.fieldId, kept.instance + u'=' + kept.value});
    }
    Interview copy = stored; // the validator writes calculations into what it checks
    Validator validator(m_q);
    std::vector<ValidationIssue> issues;
    validator.validate(copy, issues);
    int errors = 0;
    for (const ValidationIssue &issue : issues) {
        if (issue.severity != ValidationIssue::Severity::Error)
            continue;
        if (issue.kind == ValidationIssue::Kind::Constraint && !confirmed.empty()) {
            QStringList path;
            for (int n : issue.instance)
                path << QString::number(n);
            const QString instance = path.join(u'.');
            const QString value = valueAt(copy.answers, issue.item, issue.instance);
            if (confirmed.count({m_layout.fieldForItem(issue.item), instance + u'=' + value}))
                continue;
        }
        ++errors;
    }
    return errors;
}

QString InterviewWorkflow::valueAt(const AnswerScope &answers, int item, const std::vector<int> &instance) const
{
    std::vector<int> chain;
    for (int r = m_q.item(item).repeat; r >= 0; r = m_q.item(r).repeat)
        chain.insert(chain.begin(), r);
    const AnswerScope *scope = &answers;
    for (size_t k = 0; k < chain.size(); ++k) {
        const RepeatAnswers *repeat = scope->repeat(chain[k]);
        if (!repeat || k >= instance.size() || instance[k] < 1 || instance[k] > int(repeat->instances.size()))
            return {};
        scope = &repeat->instances[size_t(instance[k] - 1)];
    }
    return scope->value(item);
}

bool InterviewWorkflow::transition(const Session &session, qint64 interviewId, qint64 &version, const Step &step,
                                   const QString &reason, QString *error)
{
    if (!Accounts::authorize(m_db, session, step.action, error))
        return false;
    const QString connection = m_db.connectionName();
    Transaction transaction(connection);
    AuditWriter audit(connection);
    CaseSummaryStore summaries(connection);
    if (!transaction.begin(error) || !audit.prepare(error))
        return false;
    const auto state = currentState(interviewId, error);
    if (!state || !transitionInTransaction(session, *state, version, step, reason, audit, summaries, error) ||
        !transaction.commit(error))
        return false;
    version += 1;
    return true;
}

bool InterviewWorkflow::transitionInTransaction(const Session &session, const InterviewState &state,
                                                qint64 version, const Step &step, const QString &reason,
                                                AuditWriter &audit, CaseSummaryStore &summaries, QString *error,
                                                bool summarize)
{
    const qint64 id = state.id;
    const QString verb = QString::fromUtf16(step.verb);
    if (grant(session.role(), step.action) == Grant::Own && state.enumerator != session.name())
        return fail(error, QStringLiteral("Interview %1 was keyed by %2; only they can have it %3.")
                               .arg(id)
                               .arg(state.enumerator, verb));
    if (state.version != version)
        return fail(error, workflow::staleMessage(id, version, state.version));
    if (state.status != step.from && state.status != step.alsoFrom)
        return fail(error, QStringLiteral("Interview %1 is %2; only %3 can be %4.")
                               .arg(id)
                               .arg(statusName(state.status), QString::fromUtf16(step.fromText), verb));
    if (step.reasonRequired && reason.trimmed().isEmpty())
        return fail(error, QStringLiteral("Interview %1 can be %2 only with a reason.").arg(id).arg(verb));
    if (step.to == InterviewStatus::Completed && step.action == Action::Complete) {
        std::optional<Interview> stored = m_store->load(id);
        if (!stored)
            return fail(error, QStringLiteral("Cannot read interview %1.").arg(id));
        const int errors = errorsInTheWay(*stored);
        if (errors > 0)
            return fail(error, QStringLiteral("Interview %1 still has %2 error(s): fix them before completing it.")
                                   .arg(id)
                                   .arg(errors));
    }
    WorkflowStore store(m_db.connectionName());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!store.bumpVersion(id, version, error))
        return fail(error, workflow::staleMessage(id, version, version + 1));
    StatusChange change{0, id, state.status, step.to, session.accountId(), session.name(), now, reason.trimmed()};
    if (!store.setStatus(id, step.to, now, error) || !store.addHistory(change, error))
        return false;
    QJsonObject details{{QStringLiteral("from"), statusName(state.status)}, {QStringLiteral("to"), statusName(step.to)}};
    if (!reason.trimmed().isEmpty())
        details.insert(step.action == Action::Export ? QStringLiteral("batch") : QStringLiteral("reason"),
                       reason.trimmed());
    AuditEntry entry = workflow::entry(session, QStringLiteral("status"), id, workflow::json(details));
    entry.at = now;
    // A bulk export leaves the row to the trigger (status, stale) and refreshCaseList: re-validating a million
    // interviews whose answers did not change would cost more than the export.
    return audit.append(entry, error) && (!summarize || writeSummary(id, summaries, error));
}

bool InterviewWorkflow::markExported(const Session &session, const std::vector<qint64> &ids, const QString &batch,
                                     const std::function<bool(QString *)> &beforeCommit, QString *error)
{
    if (!Accounts::authorize(m_db, session, Action::Export, error))
        return false;
    const QString connection = m_db.connectionName();
    Transaction transaction(connection);
    AuditWriter audit(connection);
    CaseSummaryStore summaries(connection);
    BatchStore batches(connection);
    if (!transaction.begin(error) || !audit.prepare(error))
        return false;
    for (qint64 id : ids) {
        const auto state = currentState(id, error);
        if (!state || !transitionInTransaction(session, *state, state->version, kExport, batch, audit, summaries,
                                               error, false) ||
            !batches.setExportBatch(id, batch, error))
            return false;
    }
    return (!beforeCommit || beforeCommit(error)) && transaction.commit(error);
}

BulkApproval InterviewWorkflow::bulkApprove(const Session &session,
                                            const std::vector<std::pair<qint64, qint64>> &interviews, QString *error)
{
    BulkApproval result;
    if (!Accounts::authorize(m_db, session, Action::BulkApprove, error))
        return result;
    const QString connection = m_db.connectionName();
    Transaction transaction(connection);
    AuditWriter audit(connection);
    CaseSummaryStore summaries(connection);
    if (!transaction.begin(error) || !audit.prepare(error))
        return result;
    for (const auto &[id, version] : interviews) {
        QString why;
        const auto state = currentState(id, &why);
        // Each refusal happens before that interview's first write, so it leaves that interview untouched.
        if (state && transitionInTransaction(session, *state, version, kApprove, QString(), audit, summaries, &why))
            ++result.approved;
        else
            result.refused.push_back(why);
    }
    if (!transaction.commit(error))
        result.approved = 0;
    return result;
}

} // namespace flowdesk
