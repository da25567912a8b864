#pragma once

#include "accounts/session.h"
#include "entrystorage.h"

#include <optional>
#include <vector>

namespace flowdesk {

class Database;
class InterviewWorkflow;
class ParadataRecorder;

// EntryStorage through the workflow's door, acting as the logged-in account: the first accepted answer creates the
// draft (InterviewWorkflow::create), every later one is InterviewWorkflow::saveAnswers (permissions, version,
// one audit entry per changed answer) in its own durable transaction, notes are InterviewWorkflow::keepAnswer,
// completion is the workflow's status change. A save made on a stale copy (another window or process changed the
// interview) is refused with the workflow's message and changes nothing; the session then undoes it on screen.
//
// The paradata the recorder collected since the last save is written in the same transaction as the answer.
class WorkflowEntryStorage : public EntryStorage
{
public:
    WorkflowEntryStorage(Database &database, InterviewWorkflow &workflow, Session session);

    // Opens a stored interview for keying: one the account may edit (enumerators: their own drafts and rejected
    // interviews). nullopt with the reason otherwise.
    std::optional<Interview> open(qint64 interviewId, QString *error);
    // The reasons stored with the interview's answers (accepted warnings, confirmed values).
    std::vector<AnswerNote> notes(qint64 interviewId) const;

    void setRecorder(ParadataRecorder *recorder) { m_recorder = recorder; }
    // Writes what the recorder holds now (on closing the form), in its own transaction.
    bool flushParadata(qint64 interviewId, QString *error);

    bool saveAnswers(Interview &interview, const AnswerChange &change, QString *error) override;
    bool saveNote(Interview &interview, const AnswerNote &note, QString *error) override;
    bool complete(Interview &interview, QString *error) override;

    const Session &session() const { return m_session; }
    qint64 version() const { return m_version; }

private:
    // `removedInstance`: the repeat instance this save removes (its kept reasons follow the renumbering).
    bool store(Interview &interview, QString *error, const FieldRef *removedInstance = nullptr);
    bool writeParadata(qint64 interviewId, QString *error);

    Database &m_db;
    InterviewWorkflow &m_workflow;
    Session m_session;
    qint64 m_version = 0;
    ParadataRecorder *m_recorder = nullptr;
};

} // namespace flowdesk
