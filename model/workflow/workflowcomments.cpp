// InterviewWorkflow's comments, accepted warnings and read-only history.
#include "interviewworkflow.h"

#include "accounts/accounts.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/transaction.h"
#include "workflowsupport.h"

namespace flowdesk {

using workflow::fail;
using workflow::json;

qint64 InterviewWorkflow::comment(const Session &session, qint64 interviewId, int item, const QString &instance,
                                  const QString &text, QString *error)
{
    if (!Accounts::authorize(m_db, session, Action::Comment, error))
        return 0;
    if (text.trimmed().isEmpty())
        return fail(error, QStringLiteral("A comment needs some text.")), 0;
    const qint64 fieldId = item < 0 ? 0 : m_layout.fieldForItem(item);
    if (item >= 0 && fieldId == 0)
        return fail(error, QStringLiteral("The questionnaire has no question %1.").arg(item)), 0;
    const QString connection = m_db.connectionName();
    Transaction transaction(connection);
    AuditWriter audit(connection);
    CaseSummaryStore summaries(connection);
    if (!transaction.begin(error) || !audit.prepare(error))
        return 0;
    const auto state = currentState(interviewId, error);
    if (!state)
        return 0;
    if (grant(session.role(), Action::Comment) == Grant::Own && state->enumerator != session.name())
        return fail(error, QStringLiteral("Interview %1 was keyed by %2; an enumerator comments only on their own "
                                          "interviews.")
                               .arg(interviewId)
                               .arg(state->enumerator)),
               0;
    Comment c;
    c.interviewId = interviewId;
    c.fieldId = fieldId;
    c.instance = item < 0 ? QString() : instance;
    c.authorId = session.accountId();
    c.at = QDateTime::currentDateTimeUtc();
    c.text = text.trimmed();
    const qint64 id = WorkflowStore(connection).addComment(c, error);
    if (id == 0)
        return 0;
    AuditEntry entry = workflow::entry(
        session, QStringLiteral("comment"), interviewId,
        json({{QStringLiteral("comment"), id},
              {QStringLiteral("field"), item < 0 ? QString() : m_q.path(item)},
              {QStringLiteral("instance"), c.instance},
              {QStringLiteral("text"), c.text}}));
    if (!audit.append(entry, error) || !summaries.refreshComments(interviewId, error) || !transaction.commit(error))
        return 0;
    return id;
}

bool InterviewWorkflow::hideComment(const Session &session, qint64 commentId, QString *error)
{
    if (!Accounts::authorize(m_db, session, Action::HideOwnComment, error))
        return false;
    const QString connection = m_db.connectionName();
    Transaction transaction(connection);
    AuditWriter audit(connection);
    CaseSummaryStore summaries(connection);
    WorkflowStore store(connection);
    if (!transaction.begin(error) || !audit.prepare(error))
        return false;
    const auto c = store.comment(commentId, error);
    if (!c)
        return false;
    if (c->authorId != session.accountId())
        return fail(error, QStringLiteral("Comment %1 was written by %2; only its author can hide it.")
                               .arg(commentId)
                               .arg(c->authorName));
    if (c->hidden)
        return fail(error, QStringLiteral("Comment %1 is already hidden.").arg(commentId));
    const auto state = currentState(c->interviewId, error);
    if (!state || !mayView(session, *state, error))
        return false;
    AuditEntry entry = workflow::entry(session, QStringLiteral("comment hidden"), c->interviewId,
                                       json({{QStringLiteral("comment"), commentId}}));
    return store.hideComment(commentId, error) && audit.append(entry, error) &&
           summaries.refreshComments(c->interviewId, error) && transaction.commit(error);
}

std::vector<InterviewComment> InterviewWorkflow::comments(const Session &session, qint64 interviewId,
                                                          bool includeHidden) const
{
    std::vector<InterviewComment> result;
    const auto state = currentState(interviewId, nullptr);
    if (!state || !Accounts::authorize(m_db, session, Action::ViewInterview, nullptr) ||
        !mayView(session, *state, nullptr))
        return result;
    for (Comment &c : WorkflowStore(m_db.connectionName()).comments(interviewId, includeHidden)) {
        const int item = c.fieldId == 0 ? -1 : m_layout.itemForField(c.fieldId);
        result.push_back({std::move(c), item});
    }
    return result;
}

bool InterviewWorkflow::acceptWarning(const Session &session, qint64 interviewId, int item, const QString &instance,
                                      const QString &reason, QString *error)
{
    return keepAnswer(session, interviewId, item, instance, QString(), false, reason, error);
}

bool InterviewWorkflow::keepAnswer(const Session &session, qint64 interviewId, int item, const QString &instance,
                                   const QString &value, bool confirmed, const QString &reason, QString *error)
{
    if (!Accounts::authorize(m_db, session, Action::EditAnswers, error))
        return false;
    if (reason.trimmed().isEmpty())
        return fail(error, QStringLiteral("Keeping an answer its warning questions needs a reason."));
    const qint64 fieldId = m_layout.fieldForItem(item);
    if (fieldId == 0)
        return fail(error, QStringLiteral("The questionnaire has no question %1.").arg(item));
    const QString connection = m_db.connectionName();
    Transaction transaction(connection);
    AuditWriter audit(connection);
    if (!transaction.begin(error) || !audit.prepare(error))
        return false;
    const auto state = currentState(interviewId, error);
    if (!state || !mayEdit(session, *state, reason, error))
        return false;
    const AcceptedWarning warning{fieldId, instance, reason.trimmed(), session.accountId(),
                                  QDateTime::currentDateTimeUtc(), confirmed, value};
    QJsonObject details{{QStringLiteral("field"), m_q.path(item)},
                        {QStringLiteral("instance"), instance},
                        {QStringLiteral("reason"), warning.reason}};
    if (!value.isEmpty())
        details.insert(QStringLiteral("value"), value);
    AuditEntry entry = workflow::entry(session,
                                       confirmed ? QStringLiteral("value confirmed") : QStringLiteral("warning accepted"),
                                       interviewId, json(details));
    return WorkflowStore(connection).setAcceptedWarning(interviewId, warning, error) && audit.append(entry, error) &&
           transaction.commit(error);
}

std::vector<AcceptedWarning> InterviewWorkflow::acceptedWarnings(const Session &session, qint64 interviewId) const
{
    const auto state = currentState(interviewId, nullptr);
    if (!state || !Accounts::authorize(m_db, session, Action::ViewInterview, nullptr) ||
        !mayView(session, *state, nullptr))
        return {};
    return WorkflowStore(m_db.connectionName()).acceptedWarnings(interviewId);
}

std::vector<StatusChange> InterviewWorkflow::history(const Session &session, qint64 interviewId) const
{
    const auto state = currentState(interviewId, nullptr);
    if (!state || !Accounts::authorize(m_db, session, Action::ViewInterview, nullptr) ||
        !mayView(session, *state, nullptr))
        return {};
    return WorkflowStore(m_db.connectionName()).history(interviewId);
}

} // namespace flowdesk
