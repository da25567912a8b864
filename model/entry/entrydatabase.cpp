#include "entrydatabase.h"

#include "store/database.h"
#include "store/interviewstore.h"
#include "workflow/interviewworkflow.h"
#include "workflowentrystorage.h"

namespace flowdesk {

EntryDatabase::~EntryDatabase() = default;

std::unique_ptr<EntryDatabase> EntryDatabase::open(const QString &path, qint64 questionnaireId,
                                                   const Questionnaire &questionnaire, CaseListSpec spec,
                                                   const Session &session, QString *error)
{
    std::unique_ptr<EntryDatabase> entry(new EntryDatabase);
    entry->m_questionnaireId = questionnaireId;
    entry->m_db = Database::open(path, error);
    if (!entry->m_db || !entry->m_db->setDurableWrites(true, error))
        return nullptr;
    if (!InterviewStore(*entry->m_db, questionnaireId, questionnaire).isUsable(error))
        return nullptr;
    entry->m_workflow =
        std::make_unique<InterviewWorkflow>(*entry->m_db, questionnaireId, questionnaire, std::move(spec));
    entry->m_storage = std::make_unique<WorkflowEntryStorage>(*entry->m_db, *entry->m_workflow, session);
    return entry;
}

WorkflowEntryStorage &EntryDatabase::storage()
{
    return *m_storage;
}

std::optional<Interview> EntryDatabase::load(qint64 interviewId, QString *error)
{
    return m_storage->open(interviewId, error);
}

} // namespace flowdesk
