#pragma once

#include "entryfield.h"
#include "entrystorage.h"
#include "interview/interview.h"
#include "validation/scopecontext.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace flowdesk {

class Questionnaire;
struct Choice;
class Validator;

// One open interview being keyed. Every change (an answer, a repeat instance added or removed, a warning accepted)
// is checked, re-validated as a whole (relevance, calculations, constraints, warnings, repeat counts: some tens of
// microseconds) and, once accepted, saved through the EntryStorage at once, so each accepted field is durable on
// its own. The form's rows (fields()) and sections (sections()) then show the new state; changed() says so.
//
// Irrelevant answers are kept (and ignored) while their question does not apply, as ODK does; complete() drops
// them. Not thread-safe; the questionnaire and the storage must outlive the session.
class EntrySession : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = true;
        QString message; // why not, for the keyer
    };

    EntrySession(const Questionnaire &questionnaire, Interview interview, EntryStorage &storage,
                 QObject *parent = nullptr);
    ~EntrySession() override;

    // A new draft of `questionnaire`, stamped now, with its metadata (start, today, deviceid, username) filled in.
    static Interview newInterview(const Questionnaire &questionnaire, qint64 questionnaireId, const QString &enumerator);

    const Questionnaire &questionnaire() const { return m_q; }
    const Interview &interview() const { return m_interview; }

    // Labels, hints and messages in this language (an index into questionnaire().languages; -1: the default).
    void setLanguage(int language);
    int language() const { return m_language; }
    void setMode(EntryMode mode) { m_mode = mode; }
    EntryMode mode() const { return m_mode; }

    const std::vector<EntryField> &fields() const { return m_fields; }
    const std::vector<EntrySection> &sections() const { return m_sections; }
    int fieldIndex(const FieldRef &ref) const { return m_fieldIndex.value(ref.key(), -1); }
    // Bumped whenever rows come or go (a repeat instance): a screen then rebuilds rather than refreshes.
    int shapeVersion() const { return m_shapeVersion; }

    // The field's label, hint and a section's title in the chosen language, with ${name} references filled in
    // with the answers the field sees (its own repeat instance first).
    QString label(int field) const;
    QString hint(int field) const;
    QString sectionTitle(int section) const;
    // The choices a select question offers now: its list after its choice_filter.
    std::vector<const Choice *> choices(int field) const;

    // Sets an answer. In guided mode a value its question refuses (type, not in the list, constraint) is not
    // taken: the result says why and nothing changes. A value equal to the stored one changes nothing.
    // `restoring`: an undo putting back an earlier value, taken whatever the mode.
    Result setAnswer(const FieldRef &ref, const QString &value, bool restoring = false);
    // Accepts the field's warning with a reason (kept with the answer while the answer stays the same).
    Result acceptWarning(const FieldRef &ref, const QString &reason);
    // Paper keying: keeps a value its constraint refuses, because the paper says so, with a reason.
    Result confirmValue(const FieldRef &ref, const QString &reason);
    // Puts back the reasons stored with a reopened interview's answers; those given for another value than the
    // answer now held no longer apply and are left out.
    void restoreNotes(const std::vector<AnswerNote> &notes);
    // Adds an instance at the end of `repeatItem` inside the instance `parent` (empty at the top level).
    Result addInstance(int repeatItem, const std::vector<int> &parent);
    // Removes the instance `ref` (ref.item the repeat, ref.instance ending with its number), answers and all.
    Result removeInstance(const FieldRef &ref);
    // The answers of the instance `ref` (to undo its removal); nullopt when there is no such instance.
    std::optional<AnswerScope> instanceAnswers(const FieldRef &ref) const;
    // Puts an instance back at its place `ref` with `answers` (those after it move up one): undoing a removal, or
    // redoing an addition.
    Result insertInstance(const FieldRef &ref, AnswerScope answers);

    // Errors still in the way of completing, in form order.
    std::vector<int> blockingFields() const;
    // Refused while blockingFields() is not empty (the result lists them); else drops the irrelevant answers,
    // stamps `end` and completes through the storage.
    Result complete();

    // Where keying stopped: the first question to key after the last one answered (the first question when none).
    // Reopening a draft starts there.
    int resumeField() const;

signals:
    void changed();

private:
    AnswerScope *scopeFor(const FieldRef &ref, int item);
    // Saves the change; on failure puts `before` back. Either way the form is brought up to date.
    Result commit(const AnswerChange &change, Interview before);
    Result commitNote(const AnswerNote &note);
    void revalidate();
    bool matchRepeatCounts();
    void rebuild();
    void walk(const std::vector<int> &children, const AnswerScope &scope, const std::vector<int> &path, int section,
              int depth);
    void addField(EntryField::Kind kind, int item, const std::vector<int> &path, const AnswerScope &scope, int section,
                  int depth);
    bool relevantIn(int layoutScope, int item) const;
    int layoutScope(const AnswerScope *scope) const { return m_scopeIndex.value(scope, -1); }
    void summariseSections();
    QString fill(const QString &text, int field) const;
    std::vector<int> repeatChain(int item) const;
    void shiftNotes(int repeatItem, const std::vector<int> &removed);

    const Questionnaire &m_q;
    Interview m_interview;
    EntryStorage &m_storage;
    int m_language = -1;
    EntryMode m_mode = EntryMode::Guided;
    std::unique_ptr<Validator> m_validator;
    InterviewClock m_clock;
    std::vector<ValidationIssue> m_issues;
    std::vector<EntryField> m_fields;
    std::vector<EntrySection> m_sections;
    QHash<QString, int> m_fieldIndex;
    QHash<const AnswerScope *, int> m_scopeIndex;
    std::vector<int> m_fieldScope; // by field: the layout scope it is answered in
    size_t m_shapeHash = 0;
    int m_shapeVersion = 0;
    struct Note
    {
        QString value; // the answer the note was given for: a changed answer voids it
        QString reason;
    };
    QHash<QString, Note> m_accepted;  // warnings accepted, by field key
    QHash<QString, Note> m_confirmed; // paper keying: constraint failures confirmed, by field key
};

} // namespace flowdesk
