#pragma once

#include "entry/fieldref.h"
#include "interview/interview.h"

#include <QUndoCommand>

namespace flowdesk {

class EntryForm;

// A repeat instance added or removed, on the form's undo stack next to the answer changes. Like SetAnswerCommand
// the change is made before the command is pushed; undoing a removal puts the instance back at its place with
// every answer it held, and each step is saved through the session.
class InstanceCommand : public QUndoCommand
{
public:
    enum class Kind { Added, Removed };
    // `instance`: the repeat and the instance's numbers; `answers`: what a removed instance held.
    InstanceCommand(EntryForm &form, Kind kind, FieldRef instance, AnswerScope answers, const QString &text);

    void undo() override;
    void redo() override;

private:
    EntryForm &m_form;
    Kind m_kind;
    FieldRef m_instance;
    AnswerScope m_answers;
    bool m_done = true;
};

} // namespace flowdesk
