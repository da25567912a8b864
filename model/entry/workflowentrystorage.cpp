#include "workflowentrystorage.h"

#include "paradata/paradatarecorder.h"
#include "store/database.h"
#include "store/paradatastore.h"
#include "store/transaction.h"
#include "workflow/interviewworkflow.h"

#include <QCoreApplication>

namespace flowdesk {

WorkflowEntryStorage::WorkflowEntryStorage(Database &database, InterviewWorkflow &workflow, Session session)
    : m_db(database), m_workflow(workflow), m_session(std::move(session))
{
}

std::optional<Interview> WorkflowEntryStorage::open(qint64 interviewId, QString *error)
{
    std::optional<InterviewCopy> copy = m_workflow.open(m_session, interviewId, error);
    if (!copy)
        return std::nullopt;
    const InterviewStatus status = copy->interview.status;
    if (status != InterviewStatus::Draft && status != InterviewStatus::Rejected) {
        if (error)
            *error = QCoreApplication::translate("flowdesk::WorkflowEntryStorage",
                                                 "Interview %1 is %2: only drafts and rejected interviews are keyed.")
                         .arg(interviewId)
                         .arg(statusName(status));
        return std::nullopt;
    }
    m_version = copy->version;
    return std::move(copy->interview);
}

std::vector<AnswerNote> WorkflowEntryStorage::notes(qint64 interviewId) const
{
    std::vector<AnswerNote> notes;
    for (const AcceptedWarning &w : m_workflow.acceptedWarnings(m_session, interviewId)) {
        const int item = m_workflow.itemForField(w.fieldId);
        if (item < 0)
            continue;
        notes.push_back({w.confirmed ? AnswerNote::Kind::ValueConfirmed : AnswerNote::Kind::WarningAccepted,
                         FieldRef{item, FieldRef::instanceFromText(w.instance)}, w.value, w.reason});
    }
    return notes;
}

bool WorkflowEntryStorage::writeParadata(qint64 interviewId, QString *error)
{
    if (!m_recorder)
        return true;
    const ParadataBatch &batch = m_recorder->pending();
    if (batch.isEmpty())
        return true;
    return ParadataStore(m_db.connectionName())
        .write(interviewId, m_session.accountId(), m_session.name(), QDate::currentDate().toString(Qt::ISODate), batch,
               error);
}

bool WorkflowEntryStorage::flushParadata(qint64 interviewId, QString *error)
{
    if (!m_recorder || interviewId == 0)
        return true;
    Transaction transaction(m_db.connectionName());
    if (!transaction.begin(error) || !writeParadata(interviewId, error) || !transaction.commit(error))
        return false;
    m_recorder->clear();
    return true;
}

bool WorkflowEntryStorage::saveAnswers(Interview &interview, const AnswerChange &change, QString *error)
{
    if (m_recorder && change.kind == AnswerChange::Kind::Answer) {
        if (!change.oldValue.isEmpty())
            m_recorder->correction(); // an answer changed after it was saved
        m_recorder->fieldSaved();
    }
    return store(interview, error, change.kind == AnswerChange::Kind::InstanceRemoved ? &change.field : nullptr);
}

bool WorkflowEntryStorage::store(Interview &interview, QString *error, const FieldRef *removedInstance)
{
    if (interview.id == 0) {
        std::optional<InterviewCopy> created = m_workflow.create(m_session, interview, error);
        if (!created)
            return false;
        interview = std::move(created->interview);
        m_version = created->version;
        // The answers are saved; should the paradata not be, they stay pending and go with the next save.
        flushParadata(interview.id, nullptr);
        return true;
    }
    InterviewCopy copy{interview, m_version};
    const qint64 id = interview.id;
    const auto paradata = [&](QString *why) { return writeParadata(id, why); };
    const bool saved = removedInstance ? m_workflow.saveAnswersRemovingInstance(m_session, copy, removedInstance->item,
                                                                                removedInstance->instance, error,
                                                                                paradata)
                                       : m_workflow.saveAnswers(m_session, copy, QString(), error, paradata);
    if (!saved)
        return false;
    if (copy.version != m_version && m_recorder)
        m_recorder->clear(); // written with the answers
    m_version = copy.version;
    interview.modified = copy.interview.modified;
    return true;
}

bool WorkflowEntryStorage::saveNote(Interview &interview, const AnswerNote &note, QString *error)
{
    if (!store(interview, error))
        return false;
    return m_workflow.keepAnswer(m_session, interview.id, note.field.item, note.field.instanceText(), note.value,
                                 note.kind == AnswerNote::Kind::ValueConfirmed, note.reason, error);
}

bool WorkflowEntryStorage::complete(Interview &interview, QString *error)
{
    // A form completed before anything was saved is created first (that draft is what it would hold anyway).
    if (interview.id == 0 && !store(interview, error))
        return false;
    // One transaction: the answers as completion leaves them (irrelevant ones dropped, `end` stamped), the status
    // change (which the workflow checks again: no errors left) and the paradata. Refused, it changes nothing.
    if (m_recorder)
        m_recorder->finish();
    InterviewCopy copy{interview, m_version};
    const qint64 id = interview.id;
    if (!m_workflow.completeWithAnswers(m_session, copy, error, [&](QString *why) { return writeParadata(id, why); }))
        return false;
    if (m_recorder)
        m_recorder->clear(); // written with the status change
    m_version = copy.version;
    interview.status = copy.interview.status;
    interview.modified = copy.interview.modified;
    return true;
}

} // namespace flowdesk
