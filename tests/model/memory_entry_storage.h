#pragma once

// An EntryStorage that keeps what it is given in memory: for entry tests about the form, not the store.
#include "entry/entrystorage.h"
#include "interview/interview.h"

#include <vector>

namespace flowdesk::testing {

class MemoryEntryStorage : public EntryStorage
{
public:
    bool saveAnswers(Interview &interview, const AnswerChange &, QString *) override
    {
        if (interview.id == 0)
            interview.id = 1;
        saved = interview;
        ++saves;
        return true;
    }
    bool saveNote(Interview &interview, const AnswerNote &note, QString *) override
    {
        saved = interview;
        notes.push_back(note);
        return true;
    }
    bool complete(Interview &interview, QString *) override
    {
        interview.status = InterviewStatus::Completed;
        saved = interview;
        return true;
    }

    Interview saved;
    int saves = 0;
    std::vector<AnswerNote> notes;
};

} // namespace flowdesk::testing
