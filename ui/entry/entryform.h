#pragma once

#include "entry/entryfield.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QUndoStack;
class QVBoxLayout;

namespace flowdesk {

class AnswerScope;
class EntrySession;
class ParadataRecorder;
class QuestionWidget;
class ReasonPanel;
class SectionNavigator;

// The form generated from the questionnaire for one open interview, keyed without the mouse:
// Enter, Tab and Down accept and go to the next relevant question; Shift+Tab and Up go back; Esc restores the
// saved value; F1 shows the hint; F4 opens a date's calendar; Ctrl+PgDown / Ctrl+PgUp change section;
// Alt+PgDown / Alt+PgUp change repeat instance; Ctrl++ adds and Ctrl+- removes an instance; Ctrl+Z and
// Ctrl+Shift+Z undo and redo answers; Ctrl+M switches between guided and paper keying. Enter never leaves the form (a multiline text takes it as a new line).
//
// Shows one section at a time, with the navigator of every section's state on the side. Every answer goes
// through the session, which saves it; the form keeps no answers of its own. Borrows the session.
class EntryForm : public QWidget
{
    Q_OBJECT

public:
    explicit EntryForm(EntrySession &session, QWidget *parent = nullptr);
    ~EntryForm() override;

    EntrySession &session() const { return m_session; }
    QUndoStack *undoStack() const { return m_undo; }
    SectionNavigator *navigator() const { return m_navigator; }
    QListWidget *errorList() const { return m_errors; }
    ReasonPanel *reasonPanel() const { return m_reason; }
    QComboBox *languageBox() const { return m_languages; }
    QComboBox *modeBox() const { return m_modes; }

    // The field (index into session().fields()) the keyer is on; -1 before the first.
    int currentField() const;
    int currentSection() const { return m_section; }
    // The row of the current section showing `field`; null when that field is on another section.
    QuestionWidget *row(int field) const;
    // Shows the field's section and puts the focus on it.
    void goToField(int field);
    // Switches the form's language (an index into the questionnaire's languages); Arabic lays it out right to left.
    void setLanguage(int language);
    // Completes the interview, or lists what is in the way (each entry jumps to its question).
    bool complete();
    // Where the keying paradata go (questions visited, keystrokes, errors met); none by default. Borrowed.
    void setRecorder(ParadataRecorder *recorder) { m_recorder = recorder; }

signals:
    void completed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The form's keys when no question has the focus (a section without questions yet: Ctrl++ adds an entry).
    void keyPressEvent(QKeyEvent *event) override;

private:
    friend class SetAnswerCommand;
    friend class InstanceCommand;

    // Construction and display (entryform.cpp).
    QWidget *makeHeader();
    void showSection(int section);
    void refresh();
    void refreshRows();
    void refreshNavigator();
    void setCurrent(int field);
    void focusRow(QuestionWidget *row);
    void setStatus(const QString &text);
    void noteError();

    // Keys and moves (entryformkeys.cpp).
    // `row`: the question with the focus; null when the form itself has it.
    bool handleKey(QuestionWidget *row, class QKeyEvent *event);
    // Saves the row's typed value when it changed. False (with the reason shown on the row) when it cannot be.
    bool commit(QuestionWidget *row);
    // Leaves the current field forwards (with its checks) or backwards.
    void advance(int direction);
    // Paper keying: moves on once the row's digits fill its width (keyingWidth), after the keystroke is handled.
    void advanceWhenFull(QuestionWidget *row);
    void switchMode();
    int nextStop(int from, int direction) const;
    void askReason(QuestionWidget *row);
    void changeSection(int direction);
    void changeInstance(int direction);
    void addInstance();
    void removeInstance();
    void undoOrRestore(QuestionWidget *row, bool redo);
    // Puts a value back from the undo stack and shows its field.
    void applyFromHistory(const FieldRef &ref, const QString &value);
    // Puts a repeat instance back (`insert`, with its answers) or takes it out again, from the undo stack.
    void applyInstanceFromHistory(bool insert, const FieldRef &instance, const AnswerScope &answers);

    EntrySession &m_session;
    QUndoStack *m_undo;
    SectionNavigator *m_navigator;
    QLabel *m_title;
    QLabel *m_sectionTitle;
    QLabel *m_sectionState;
    QComboBox *m_languages;
    QComboBox *m_modes;
    QPushButton *m_complete;
    QScrollArea *m_scroll;
    QWidget *m_page = nullptr;
    QVBoxLayout *m_pageLayout = nullptr;
    ReasonPanel *m_reason;
    QListWidget *m_errors;
    QLabel *m_status;
    std::vector<QuestionWidget *> m_rows; // the current section's rows, in field order
    int m_firstField = 0;                 // the field of m_rows[0]
    int m_section = -1;
    int m_shownShape = -1;
    FieldRef m_current;
    QHash<QString, bool> m_visited; // by field key: left once, so its errors show
    ParadataRecorder *m_recorder = nullptr;
};

} // namespace flowdesk
