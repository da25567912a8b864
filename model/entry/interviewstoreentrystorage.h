#pragma once

#include "entrystorage.h"

#include <vector>

namespace flowdesk {

class InterviewStore;

// EntryStorage on today's InterviewStore: every change rewrites the interview's answers in one transaction (about
// a millisecond for a whole interview). A stop-gap until the workflow's door (permissions, versions, audit log)
// replaces it: the store has no place for answer notes yet, so they are kept in memory only (notes()).
class InterviewStoreEntryStorage : public EntryStorage
{
public:
    explicit InterviewStoreEntryStorage(InterviewStore &store) : m_store(store) {}

    bool saveAnswers(Interview &interview, const AnswerChange &change, QString *error) override;
    bool saveNote(Interview &interview, const AnswerNote &note, QString *error) override;
    bool complete(Interview &interview, QString *error) override;

    const std::vector<AnswerNote> &notes() const { return m_notes; }

private:
    InterviewStore &m_store;
    std::vector<AnswerNote> m_notes;
};

} // namespace flowdesk
