#include "interviewstoreentrystorage.h"

#include "store/interviewstore.h"

namespace flowdesk {

bool InterviewStoreEntryStorage::saveAnswers(Interview &interview, const AnswerChange &, QString *error)
{
    return m_store.save(interview, error);
}

bool InterviewStoreEntryStorage::saveNote(Interview &interview, const AnswerNote &note, QString *error)
{
    if (!m_store.save(interview, error))
        return false;
    m_notes.push_back(note);
    return true;
}

bool InterviewStoreEntryStorage::complete(Interview &interview, QString *error)
{
    const InterviewStatus before = interview.status;
    interview.status = InterviewStatus::Completed;
    if (m_store.save(interview, error))
        return true;
    interview.status = before;
    return false;
}

} // namespace flowdesk
