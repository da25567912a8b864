#include "setanswercommand.h"

#include "entryform.h"

namespace flowdesk {

SetAnswerCommand::SetAnswerCommand(EntryForm &form, FieldRef field, QString before, QString after, const QString &text)
    : QUndoCommand(text), m_form(form), m_field(std::move(field)), m_before(std::move(before)), m_after(std::move(after))
{
}

void SetAnswerCommand::undo()
{
    m_form.applyFromHistory(m_field, m_before);
    m_done = false;
}

void SetAnswerCommand::redo()
{
    if (m_done)
        return; // made when the field was left
    m_form.applyFromHistory(m_field, m_after);
    m_done = true;
}

} // namespace flowdesk
