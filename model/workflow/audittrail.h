#pragma once

#include "accounts/session.h"
#include "store/auditlog.h"

#include <optional>
#include <vector>

namespace flowdesk {

class Database;
class InterviewWorkflow;

// Reading the audit log as an account. One interview's events: whoever may view the interview (the review
// screen's history). The whole log and its verification: Action::ViewAudit. Borrows the Database.
class AuditTrail
{
public:
    AuditTrail(Database &database, const Session &session) : m_db(database), m_session(session) {}

    std::optional<std::vector<AuditEntry>> interviewHistory(const InterviewWorkflow &workflow, qint64 interviewId,
                                                            QString *error) const;
    std::optional<std::vector<AuditEntry>> recent(int limit, QString *error) const;
    std::optional<AuditVerification> verify(QString *error) const;

private:
    Database &m_db;
    Session m_session;
};

} // namespace flowdesk
