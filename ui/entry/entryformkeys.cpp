// EntryForm: the fixed key map, leaving a field (save, checks, reasons) and moving between questions.
#include "entryform.h"

#include "entry/entrymodes.h"
#include "entry/entrysession.h"
#include "paradata/paradatarecorder.h"
#include "questionnaire/questionnaire.h"
#include "questionwidget.h"
#include "reasonpanel.h"
#include "instancecommand.h"
#include "setanswercommand.h"
#include "temporalquestion.h"
#include "textquestion.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QListWidget>
#include <QUndoStack>

#include <algorithm>

namespace flowdesk {

bool EntryForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_errors && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_errors->hide();
        goToField(currentField());
        return true;
    }
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::FocusIn)
        return QWidget::eventFilter(watched, event);
    const auto found = std::find_if(m_rows.begin(), m_rows.end(),
                                    [watched](QuestionWidget *row) { return row->editor() == watched; });
    if (found == m_rows.end())
        return QWidget::eventFilter(watched, event);
    QuestionWidget *row = *found;
    if (event->type() == QEvent::FocusIn) {
        setCurrent(m_firstField + int(found - m_rows.begin()));
        return false;
    }
    auto *key = static_cast<QKeyEvent *>(event);
    if (m_recorder && !key->isAutoRepeat())
        m_recorder->keystroke(key->key() == Qt::Key_Backspace || key->key() == Qt::Key_Delete);
    return handleKey(row, key);
}

void EntryForm::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(nullptr, event))
        QWidget::keyPressEvent(event);
}

void EntryForm::noteError()
{
    if (m_recorder)
        m_recorder->errorMet();
}

bool EntryForm::handleKey(QuestionWidget *row, QKeyEvent *event)
{
    const auto *text = row ? qobject_cast<TextQuestion *>(row) : nullptr;
    const bool multiline = text && text->isMultiline();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool ctrl = mods == Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (ctrl) {
            complete();
            return true;
        }
        if (mods != Qt::NoModifier || multiline)
            return false; // a multiline text takes a new line
        advance(1);
        return true;
    case Qt::Key_Tab:
        advance(1);
        return true;
    case Qt::Key_Backtab:
        advance(-1);
        return true;
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (multiline || mods != Qt::NoModifier)
            return false;
        advance(event->key() == Qt::Key_Down ? 1 : -1);
        return true;
    case Qt::Key_Escape:
        if (!row)
            return false;
        row->restore();
        row->setVisited(m_visited.value(row->ref().key()));
        setStatus(tr("The saved answer is back."));
        return true;
    case Qt::Key_F1:
        if (!row)
            return false;
        row->toggleHint();
        return true;
    case Qt::Key_F4:
        if (auto *temporal = qobject_cast<TemporalQuestion *>(row)) {
            temporal->showCalendar();
            return true;
        }
        return false;
    case Qt::Key_Z:
        if (ctrl || mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
            undoOrRestore(row, mods & Qt::ShiftModifier);
            return true;
        }
        return false;
    case Qt::Key_PageDown:
    case Qt::Key_PageUp: {
        const int direction = event->key() == Qt::Key_PageDown ? 1 : -1;
        if (ctrl)
            changeSection(direction);
        else if (mods == Qt::AltModifier)
            changeInstance(direction);
        else
            return false;
        return true;
    }
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (!ctrl && mods != (Qt::ControlModifier | Qt::ShiftModifier))
            return false;
        addInstance();
        return true;
    case Qt::Key_Minus:
        if (!ctrl)
            return false;
        removeInstance();
        return true;
    case Qt::Key_M:
        if (!ctrl)
            return false;
        switchMode();
        return true;
    default:
        return false;
    }
}

bool EntryForm::commit(QuestionWidget *row)
{
    if (!row->editor())
        return true;
    const QString problem = row->typingProblem();
    if (!problem.isEmpty()) {
        row->showMessage(problem, "error");
        noteError();
        return false;
    }
    const FieldRef ref = row->ref();
    const QString before = row->field().value;
    const QString after = row->value();
    m_visited.insert(ref.key(), true);
    if (after == before) {
        row->setVisited(true);
        return true;
    }
    const QString label = m_session.label(m_session.fieldIndex(ref));
    // The session saves and signals a change, which may rebuild the rows: `row` is not used after this.
    const auto result = m_session.setAnswer(ref, after);
    if (!result.ok) {
        if (QuestionWidget *shown = this->row(m_session.fieldIndex(ref)))
            shown->showMessage(result.message, "error");
        noteError();
        return false;
    }
    m_undo->push(new SetAnswerCommand(*this, ref, before, after, tr("Answer to “%1”").arg(label)));
    setStatus(tr("Saved."));
    return true;
}

void EntryForm::advance(int direction)
{
    m_errors->hide();
    if (QuestionWidget *current = row(currentField())) {
        const FieldRef ref = current->ref();
        if (!commit(current))
            return;
        const int index = m_session.fieldIndex(ref);
        if (direction > 0 && index >= 0) {
            const EntryField &field = m_session.fields()[size_t(index)];
            if (field.relevant && (field.hasWarning() || field.hasError()))
                noteError();
            if (field.relevant && field.hasWarning()) {
                m_reason->ask(ReasonPanel::Purpose::AcceptWarning, ref, field.firstMessage());
                return;
            }
            const bool outOfRange = std::any_of(field.issues.begin(), field.issues.end(), [](const auto &issue) {
                return issue.kind == ValidationIssue::Kind::Constraint;
            });
            if (field.relevant && field.hasError()) {
                if (m_session.mode() == EntryMode::Paper && outOfRange) {
                    m_reason->ask(ReasonPanel::Purpose::ConfirmValue, ref, field.firstMessage());
                    return;
                }
                if (m_session.mode() == EntryMode::Guided) {
                    refreshRows();
                    setStatus(field.firstMessage());
                    return;
                }
            }
        }
    }
    int from = currentField();
    if (from < 0 && m_section >= 0) // the form has the keys on a section without questions: from its start
        from = direction > 0 ? m_session.sections()[size_t(m_section)].firstField - 1
                             : m_session.sections()[size_t(m_section)].endField;
    const int next = nextStop(from, direction);
    if (next < 0) {
        setStatus(direction > 0 ? tr("End of the form: Ctrl+Enter completes the interview.")
                                : tr("This is the first question."));
        return;
    }
    goToField(next);
}

void EntryForm::advanceWhenFull(QuestionWidget *row)
{
    if (m_session.mode() != EntryMode::Paper || row != this->row(currentField()))
        return;
    const int width = keyingWidth(m_session.questionnaire().item(row->ref().item));
    const QString typed = row->value();
    if (width == 0 || typed.size() != width || !std::all_of(typed.begin(), typed.end(), [](QChar c) { return c.isDigit(); }))
        return;
    // After the keystroke: moving on may rebuild the rows, this one included.
    const FieldRef ref = row->ref();
    QMetaObject::invokeMethod(
        this,
        [this, ref] {
            QuestionWidget *current = this->row(currentField());
            if (current && current->ref() == ref && m_session.mode() == EntryMode::Paper)
                advance(1);
        },
        Qt::QueuedConnection);
}

void EntryForm::switchMode()
{
    m_modes->setCurrentIndex(m_session.mode() == EntryMode::Paper ? 0 : 1); // its signal switches the session
}

int EntryForm::nextStop(int from, int direction) const
{
    const auto &fields = m_session.fields();
    for (int f = from + direction; f >= 0 && f < int(fields.size()); f += direction) {
        if (fields[size_t(f)].isInput() && fields[size_t(f)].relevant)
            return f;
    }
    return -1;
}

void EntryForm::changeSection(int direction)
{
    const auto &sections = m_session.sections();
    for (int s = m_section + direction; s >= 0 && s < int(sections.size()); s += direction) {
        if (!sections[size_t(s)].relevant)
            continue;
        const int stop = nextStop(sections[size_t(s)].firstField - 1, 1);
        if (stop >= 0 && stop < sections[size_t(s)].endField) {
            goToField(stop);
        } else {
            // Nothing to key here yet (a repeat without entries): the form keeps the keys, so Ctrl++ adds one.
            setCurrent(-1);
            showSection(s);
            setFocus(Qt::OtherFocusReason);
            setStatus(tr("No questions here yet: Ctrl++ adds an entry, Ctrl+PgDown goes on."));
        }
        return;
    }
}

void EntryForm::changeInstance(int direction)
{
    const int field = currentField();
    if (field < 0 || m_current.instance.empty())
        return;
    const int repeat = m_session.questionnaire().item(m_current.item).repeat;
    FieldRef target{repeat, m_current.instance};
    target.instance.back() += direction;
    const int header = m_session.fieldIndex(target);
    if (header < 0) {
        setStatus(direction > 0 ? tr("This is the last entry.") : tr("This is the first entry."));
        return;
    }
    goToField(nextStop(header, 1));
}

void EntryForm::addInstance()
{
    const Questionnaire &q = m_session.questionnaire();
    int repeat = -1;
    std::vector<int> parent;
    if (!m_current.isNull() && !m_current.instance.empty()) {
        repeat = q.item(m_current.item).repeat;
        parent.assign(m_current.instance.begin(), m_current.instance.end() - 1);
    } else if (m_section >= 0) {
        const EntrySection &s = m_session.sections()[size_t(m_section)];
        for (int f = s.firstField; f < s.endField && repeat < 0; ++f) {
            if (m_session.fields()[size_t(f)].kind == EntryField::Kind::Repeat)
                repeat = m_session.fields()[size_t(f)].ref.item;
        }
    }
    if (repeat < 0) {
        setStatus(tr("There is no repeat here to add to."));
        return;
    }
    if (QuestionWidget *current = row(currentField()); current && !commit(current))
        return;
    const auto result = m_session.addInstance(repeat, parent);
    if (!result.ok) {
        setStatus(result.message);
        return;
    }
    int count = 0;
    while (m_session.fieldIndex(FieldRef{repeat, [&] { auto p = parent; p.push_back(count + 1); return p; }()}) >= 0)
        ++count;
    std::vector<int> added = parent;
    added.push_back(count);
    m_undo->push(new InstanceCommand(*this, InstanceCommand::Kind::Added, FieldRef{repeat, added}, AnswerScope{},
                                     tr("Entry %1 added").arg(count)));
    goToField(nextStop(m_session.fieldIndex(FieldRef{repeat, added}), 1));
    setStatus(tr("Entry %1 added.").arg(count));
}

void EntryForm::removeInstance()
{
    if (m_current.isNull() || m_current.instance.empty()) {
        setStatus(tr("Go to an entry of a repeat to remove it."));
        return;
    }
    const int repeat = m_session.questionnaire().item(m_current.item).repeat;
    const FieldRef instance{repeat, m_current.instance};
    std::optional<AnswerScope> held = m_session.instanceAnswers(instance);
    const auto result = m_session.removeInstance(instance);
    if (!result.ok) {
        setStatus(result.message);
        return;
    }
    m_undo->push(new InstanceCommand(*this, InstanceCommand::Kind::Removed, instance,
                                     held ? std::move(*held) : AnswerScope{},
                                     tr("Entry %1 removed").arg(instance.instance.back())));
    setStatus(tr("Entry %1 removed.").arg(instance.instance.back()));
    FieldRef previous = instance;
    if (previous.instance.back() > 1)
        --previous.instance.back();
    int header = m_session.fieldIndex(previous);
    if (header < 0)
        header = m_session.fieldIndex(FieldRef{repeat, {previous.instance.begin(), previous.instance.end() - 1}});
    m_current = FieldRef();
    goToField(std::max(nextStop(header, 1), 0));
}

void EntryForm::undoOrRestore(QuestionWidget *row, bool redo)
{
    if (!redo && row && row->isDirty()) {
        row->restore(); // the keystrokes in the field are undone first, as one step
        return;
    }
    if (redo)
        m_undo->redo();
    else
        m_undo->undo();
}

void EntryForm::applyInstanceFromHistory(bool insert, const FieldRef &instance, const AnswerScope &answers)
{
    const auto result = insert ? m_session.insertInstance(instance, answers) : m_session.removeInstance(instance);
    if (!result.ok) {
        setStatus(result.message);
        return;
    }
    m_current = FieldRef();
    if (insert) {
        goToField(std::max(nextStop(m_session.fieldIndex(instance), 1), 0));
        setStatus(tr("Entry %1 is back.").arg(instance.instance.back()));
        return;
    }
    FieldRef previous = instance;
    if (previous.instance.back() > 1)
        --previous.instance.back();
    int header = m_session.fieldIndex(previous);
    if (header < 0)
        header = m_session.fieldIndex(FieldRef{instance.item, {instance.instance.begin(), instance.instance.end() - 1}});
    goToField(std::max(nextStop(header, 1), 0));
}

void EntryForm::applyFromHistory(const FieldRef &ref, const QString &value)
{
    const auto result = m_session.setAnswer(ref, value, true);
    if (!result.ok)
        setStatus(result.message);
    goToField(m_session.fieldIndex(ref));
}

} // namespace flowdesk
