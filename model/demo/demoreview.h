#pragma once

#include "demorandom.h"
#include "interview/interview.h"
#include "store/auditlog.h"
#include "store/casesummarystore.h"
#include "store/workflowstore.h"

#include <map>
#include <vector>

namespace flowdesk {

class Database;

// The review side of the demo database: its accounts (admin, supervisor, reviewer and one per demo enumerator,
// all with the password "demo" - only ever in a demo database), and for each generated interview the history its
// status implies (completed by its enumerator, approved or rejected with a reason and a comment by the reviewer,
// exported by the supervisor), written with the same audit chain the workflow writes, so `audit verify` passes.
class DemoReview
{
public:
    static constexpr const char *kPassword = "demo";

    // Makes the accounts unless the database has some already (then nothing changes).
    static bool createAccounts(Database &database, QString *error);
    // The login of a demo enumerator's account: "Fatoumata Traoré" -> "fatoumata.traore".
    static QString loginFor(const QString &enumeratorName);

    DemoReview(Database &database, quint64 seed);
    bool prepare(QString *error); // finds the accounts
    // For one batch stored by insertMany (ids assigned): history, audit entries, comments and the case-list rows,
    // in one transaction. `facts[i]` belongs to `batch[i]`.
    bool record(const std::vector<Interview> &batch, std::vector<CaseSummaryFacts> &facts, QString *error);

private:
    struct Actor { qint64 id = 0; QString name; };
    bool change(WorkflowStore &store, AuditWriter &audit, const Interview &interview, InterviewStatus from,
                InterviewStatus to, const Actor &actor, const QDateTime &at, const QString &reason, QString *error);

    Database &m_db;
    DemoRandom m_random;
    Actor m_reviewer, m_supervisor;
    std::map<QString, Actor> m_enumerators; // by login
};

} // namespace flowdesk
