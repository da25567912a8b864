#pragma once

#include "fieldref.h"
#include "validation/validationissue.h"

#include <QString>

#include <vector>

namespace flowdesk {

// How the keyer works: guided (only valid values pass) or paper keying (an out-of-range value written on the paper
// is kept, and confirmed past with a reason), as CSPro has them.
enum class EntryMode { Guided, Paper };

// One row of the form as the entry screen shows it, in display order, with its state after the last change.
struct EntryField
{
    enum class Kind {
        Question,       // an answer the keyer gives
        Note,           // text only
        Calculated,     // a calculate with a label: shown, never keyed
        Group,          // a group header inside a section
        Repeat,         // a repeat's header: its instances follow (ref: the repeat, instance = the enclosing path)
        Instance,       // one repeat instance's header (ref: the repeat, instance ends with its number)
        Unsupported,    // image, audio...: shown, not captured on a desktop
    };

    Kind kind = Kind::Question;
    FieldRef ref;
    int section = 0;
    int depth = 0; // nesting below the section
    bool relevant = true;
    QString value;
    std::vector<ValidationIssue> issues; // this field's errors and warnings (no notices)
    QString acceptedReason;  // a warning accepted with this reason (empty: not accepted)
    QString confirmedReason; // paper keying: a failed constraint confirmed with this reason

    bool isInput() const { return kind == Kind::Question; }
    // An error the keyer still has to deal with (a confirmed value's constraint is dealt with).
    bool hasError() const;
    // A warning not yet accepted.
    bool hasWarning() const;
    // The first message of an unresolved error or warning; empty when there is none.
    QString firstMessage() const;
};

// A section: a top-level group or repeat, or a run of top-level questions outside groups.
struct EntrySection
{
    enum class State { Untouched, InProgress, Complete, HasErrors };

    int item = -1;   // the group or repeat; -1 for questions outside groups
    int firstField = 0;
    int endField = 0; // one past the last field
    bool relevant = true;
    State state = State::Untouched;
    int errors = 0;   // answers refused by a check (a required question not yet answered is not one)
    int missing = 0;  // required questions not yet answered
    int warnings = 0;
};

} // namespace flowdesk
