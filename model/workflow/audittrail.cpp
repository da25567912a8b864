#include "audittrail.h"

#include "accounts/accounts.h"
#include "interviewworkflow.h"

namespace flowdesk {

std::optional<std::vector<AuditEntry>> AuditTrail::interviewHistory(const InterviewWorkflow &workflow,
                                                                    qint64 interviewId, QString *error) const
{
    // open() checks the view permission (enumerators: their own interviews).
    if (!workflow.open(m_session, interviewId, error))
        return std::nullopt;
    return AuditLog(m_db).history(interviewId);
}

std::optional<std::vector<AuditEntry>> AuditTrail::recent(int limit, QString *error) const
{
    if (!Accounts::authorize(m_db, m_session, Action::ViewAudit, error))
        return std::nullopt;
    return AuditLog(m_db).recent(limit);
}

std::optional<AuditVerification> AuditTrail::verify(QString *error) const
{
    if (!Accounts::authorize(m_db, m_session, Action::ViewAudit, error))
        return std::nullopt;
    return AuditLog(m_db).verify();
}

} // namespace flowdesk
