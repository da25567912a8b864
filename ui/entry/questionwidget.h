#pragma once

#include "entry/entryfield.h"

#include <QFrame>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace flowdesk {

struct Choice;
struct Item;

// What a question row shows besides its answer: texts in the chosen language and the choices on offer.
struct QuestionTexts
{
    QString label;
    QString hint;
    std::vector<const Choice *> choices; // selects only: after the choice filter
    int language = 0;
    int defaultLanguage = 0;
};

// One row of the entry form: label, the editor of its question type, hint (F1) and the inline message. Subclasses
// (one per question type) provide the editor; the form drives navigation and saving through this interface, so
// a row never writes anything itself.
class QuestionWidget : public QFrame
{
    Q_OBJECT

public:
    explicit QuestionWidget(const Item &item, QWidget *parent = nullptr);

    const FieldRef &ref() const { return m_field.ref; }
    const EntryField &field() const { return m_field; }
    // The widget keys go to (the form filters its key presses); null for rows that take no focus.
    virtual QWidget *editor() const { return nullptr; }
    // The answer as the editor holds it now, in stored form ("male", "2026-03-01"). Rows without an editor: "".
    virtual QString value() const { return {}; }
    // True when the editor's text cannot be read as an answer of its type (the form refuses to move on).
    virtual QString typingProblem() const { return {}; }
    bool isDirty() const { return editor() && value() != m_field.value; }

    // Shows the field's state after a change.
    void display(const EntryField &field, const QuestionTexts &texts);
    // Puts the stored value back into the editor (Esc).
    void restore() { showValue(m_field.value); }
    void setCurrent(bool current);
    // Whether the inline message shows errors (after the field was left once) or only the hint.
    void setVisited(bool visited) { m_visited = visited; refreshMessage(); }
    void showMessage(const QString &text, const char *severity);
    void toggleHint();

signals:
    // The keyer typed: the form can refresh what depends on the live text (not saved yet).
    void edited();

protected:
    // Subclasses put their editor (and anything beside it) into this layout.
    QVBoxLayout *body() const { return m_body; }
    // Shows `value` in the editor.
    virtual void showValue(const QString &value) { Q_UNUSED(value); }
    // New texts or choices.
    virtual void showTexts(const QuestionTexts &texts) { Q_UNUSED(texts); }
    const Item &item() const { return m_item; }

private:
    void refreshMessage();
    void setStyleState(const char *state);

    const Item &m_item;
    EntryField m_field;
    QLabel *m_label;
    QLabel *m_hint;
    QLabel *m_message;
    QVBoxLayout *m_body;
    bool m_visited = false;
    bool m_hintShown = false;
    QString m_hintText;
};

} // namespace flowdesk
