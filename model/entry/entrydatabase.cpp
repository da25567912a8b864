#include "entrydatabase.h"

#include "interviewstoreentrystorage.h"
#include "store/database.h"
#include "store/interviewstore.h"

namespace flowdesk {

EntryDatabase::~EntryDatabase() = default;

std::unique_ptr<EntryDatabase> EntryDatabase::open(const QString &path, qint64 questionnaireId,
                                                   const Questionnaire &questionnaire, QString *error)
{
    std::unique_ptr<EntryDatabase> entry(new EntryDatabase);
    entry->m_questionnaireId = questionnaireId;
    entry->m_db = Database::open(path, error);
    if (!entry->m_db || !entry->m_db->setDurableWrites(true, error))
        return nullptr;
    entry->m_interviews = std::make_unique<InterviewStore>(*entry->m_db, questionnaireId, questionnaire);
    if (!entry->m_interviews->isUsable(error))
        return nullptr;
    entry->m_storage = std::make_unique<InterviewStoreEntryStorage>(*entry->m_interviews);
    return entry;
}

EntryStorage &EntryDatabase::storage()
{
    return *m_storage;
}

std::optional<Interview> EntryDatabase::load(qint64 interviewId) const
{
    return m_interviews->load(interviewId);
}

} // namespace flowdesk
