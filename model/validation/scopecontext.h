#pragma once

#include "expr/evalcontext.h"
#include "interviewlayout.h"

namespace flowdesk {

// When an interview was taken, as today() and now() read it. The day number is worked out once per interview
// rather than at every date expression.
struct InterviewClock
{
    QDateTime at;
    double dayNumber = 0;

    InterviewClock() = default;
    explicit InterviewClock(const QDateTime &when);
};

// What an expression sees from one scope of an interview: references to items in the same repeat instance (or an
// enclosing one, or the top level) are one node; references to a repeat's items from outside it are one node per
// instance. Items that do not apply read as empty. In a choice filter, choice columns read from `choice`.
class ScopeContext : public expr::EvalContext
{
public:
    // `clock` must outlive the context (contexts are short-lived, made per evaluation).
    ScopeContext(const InterviewLayout &layout, int scope, int currentItem, const InterviewClock &clock, int language)
        : m_layout(layout), m_scope(scope), m_current(currentItem), m_clock(&clock), m_language(language)
    {
        m_flat = layout.flatAnswers(scope);
    }

    void setChoice(const Choice *choice) { m_choice = choice; }
    // The same context for another item, perhaps in another scope: a validator keeps one and moves it rather than
    // making one per evaluation.
    void moveTo(int scope, int currentItem)
    {
        if (scope != m_scope)
            m_flat = m_layout.flatAnswers(scope);
        m_scope = scope;
        m_current = currentItem;
        m_nodesField = -1;
    }
    // After the layout was reset to another interview.
    void refresh()
    {
        m_flat = m_layout.flatAnswers(m_scope);
        m_nodesField = -1;
    }

    int count(int fieldId) const override;
    QStringView value(int fieldId, int index) const override;
    int currentField() const override { return m_current; }
    int position() const override;
    QString indexedValue(int fieldId, int repeatId, int index) const override;
    QString choiceLabel(int fieldId, QStringView choiceName) const override;
    QString pulldata(QStringView file, QStringView column, QStringView keyColumn, QStringView key) const override
    {
        return m_layout.questionnaire().pulldata(file, column, keyColumn, key);
    }
    QDateTime now() const override { return m_clock->at; }
    double nowDayNumber() const override { return m_clock->dayNumber; }

private:
    // Where the nodes of a field lie: scopes first .. first + count - 1, or scopes[0 .. count) when `scopes` is set.
    struct Nodes // no initializers: contexts are made often, and most never read a repeat's nodes
    {
        int first;
        int count;
        const int *scopes;
    };
    Nodes nodesOf(int fieldId) const;
    // Resolves node `index` of `fieldId` to the scope that holds it; -1 if there is none.
    int nodeScope(int fieldId, int index, int *count) const;

    const InterviewLayout &m_layout;
    int m_scope;
    int m_current;
    const InterviewClock *m_clock;
    int m_language;
    const Choice *m_choice = nullptr;
    mutable QString m_choiceText; // keeps a choice column's text alive while an evaluation reads it
    mutable int m_nodesField = -1; // the field m_nodes describes
    mutable Nodes m_nodes; // valid once m_nodesField is set
};

} // namespace flowdesk
