#pragma once

#include "entry/fieldref.h"

#include <QUndoCommand>

namespace flowdesk {

class EntryForm;

// One answer change on the form's undo stack. The change is made (and saved) before the command is pushed, so
// the first redo does nothing; undo and redo put the values back through the session, which saves them again.
// A field left once makes one command, however many keystrokes it took.
class SetAnswerCommand : public QUndoCommand
{
public:
    SetAnswerCommand(EntryForm &form, FieldRef field, QString before, QString after, const QString &text);

    void undo() override;
    void redo() override;

private:
    EntryForm &m_form;
    FieldRef m_field;
    QString m_before;
    QString m_after;
    bool m_done = true;
};

} // namespace flowdesk
