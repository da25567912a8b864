#pragma once

#include "accounts/session.h"
#include "interview/interview.h"
#include "workflow/caselistspec.h"

#include <QString>

#include <memory>
#include <optional>

namespace flowdesk {

class Database;
class InterviewWorkflow;
class Questionnaire;
class WorkflowEntryStorage;

// The connection data entry writes through: its own connection to the database file, with durable writes (every
// commit synced, so an accepted answer survives a power cut, not only a killed process), its own InterviewWorkflow
// on that connection, and the storage an EntrySession saves to as the logged-in account. One per entry window; use
// from the thread that opened it.
class EntryDatabase
{
public:
    ~EntryDatabase();
    EntryDatabase(const EntryDatabase &) = delete;
    EntryDatabase &operator=(const EntryDatabase &) = delete;

    // Opens `path` for `session` to enter interviews of the questionnaire stored as `questionnaireId`
    // (`questionnaire` must be that one, and outlive this). Returns nullptr and sets `error` on failure.
    static std::unique_ptr<EntryDatabase> open(const QString &path, qint64 questionnaireId,
                                               const Questionnaire &questionnaire, CaseListSpec spec,
                                               const Session &session, QString *error);

    WorkflowEntryStorage &storage();
    Database &database() { return *m_db; }
    qint64 questionnaireId() const { return m_questionnaireId; }
    // A stored interview the account may key (its own draft or rejected interview); nullopt with the reason.
    std::optional<Interview> load(qint64 interviewId, QString *error = nullptr);

private:
    EntryDatabase() = default;
    qint64 m_questionnaireId = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InterviewWorkflow> m_workflow;
    std::unique_ptr<WorkflowEntryStorage> m_storage;
};

} // namespace flowdesk
