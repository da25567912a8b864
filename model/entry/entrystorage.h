#pragma once

#include "fieldref.h"

#include <QString>

namespace flowdesk {

struct Interview;

// One accepted change, as the audit log will want it. A structural change (a repeat instance added or removed)
// names the repeat instance in `field` and leaves the values empty.
struct AnswerChange
{
    enum class Kind { Answer, InstanceAdded, InstanceRemoved };
    Kind kind = Kind::Answer;
    FieldRef field;
    QString oldValue;
    QString newValue;
};

// A reason the keyer gave for keeping an answer a check questions: a warning accepted, or (in paper-keying mode)
// an out-of-range value confirmed as written on the paper.
struct AnswerNote
{
    enum class Kind { WarningAccepted, ValueConfirmed };
    Kind kind = Kind::WarningAccepted;
    FieldRef field;
    QString value;
    QString reason;
};

// Where an entry session writes. The session calls it after every accepted change, so each is durable on its own
// (see model/entry/README.md). Implementations report failures through `error` and then leave the stored
// interview as it was; the session then undoes the change in memory too. `interview` is updated in place by a
// successful call (id, uuid and times on the first save).
//
// Today's implementation is InterviewStoreEntryStorage; the workflow's single door for every change (permissions,
// versions, audit) replaces it without the session changing.
class EntryStorage
{
public:
    virtual ~EntryStorage() = default;

    virtual bool saveAnswers(Interview &interview, const AnswerChange &change, QString *error) = 0;
    virtual bool saveNote(Interview &interview, const AnswerNote &note, QString *error) = 0;
    // Completes the interview: its answers (irrelevant ones already dropped) and the status change, together.
    virtual bool complete(Interview &interview, QString *error) = 0;
};

} // namespace flowdesk
