#include "instancecommand.h"

#include "entryform.h"

namespace flowdesk {

InstanceCommand::InstanceCommand(EntryForm &form, Kind kind, FieldRef instance, AnswerScope answers,
                                 const QString &text)
    : QUndoCommand(text), m_form(form), m_kind(kind), m_instance(std::move(instance)), m_answers(std::move(answers))
{
}

void InstanceCommand::undo()
{
    m_form.applyInstanceFromHistory(m_kind == Kind::Removed, m_instance, m_answers);
    m_done = false;
}

void InstanceCommand::redo()
{
    if (m_done)
        return; // made by the key that pushed it
    m_form.applyInstanceFromHistory(m_kind == Kind::Added, m_instance, m_answers);
    m_done = true;
}

} // namespace flowdesk
