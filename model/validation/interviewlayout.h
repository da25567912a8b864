#pragma once

#include "expr/evalcontext.h"
#include "interview/interview.h"
#include "questionnaire/questionnaire.h"

#include <vector>

namespace flowdesk {

// An interview laid out for evaluation: every scope (the top level and each repeat instance, nested ones too)
// with its parent, and each item's relevance in each scope. Rebuilt per interview; buffers are kept between
// interviews so a validation pass over many interviews allocates little. Not thread-safe.
class InterviewLayout
{
public:
    struct Scope
    {
        AnswerScope *answers = nullptr;
        int repeatItem = -1; // -1 for the top level
        int parent = -1;     // scope index of the enclosing scope
        int index = 0;       // 1-based instance number within the parent scope
    };

    explicit InterviewLayout(const Questionnaire &questionnaire);

    // Lays out `interview`'s scopes and gives every scope a slot for each of its items (so values can be written).
    void reset(Interview &interview);

    const Questionnaire &questionnaire() const { return m_q; }
    int itemCount() const { return m_itemCount; }
    int scopeCount() const { return static_cast<int>(m_scopes.size()); }
    const Scope &scope(int s) const { return m_scopes[static_cast<size_t>(s)]; }
    // Scope indices of every instance of `repeatItem`, in document order.
    const std::vector<int> &instances(int repeatItem) const { return m_instances[static_cast<size_t>(repeatItem)]; }
    // The instances of `repeatItem` directly inside scope `s`: first scope index and count.
    std::pair<int, int> childInstances(int s, int repeatItem) const;

    bool relevant(int s, int item) const { return m_relevant[index(s, item)] != 0; }
    void setRelevant(int s, int item, bool relevant) { m_relevant[index(s, item)] = relevant ? 1 : 0; }
    bool parentRelevant(int s, int item) const
    {
        const int parent = m_parentOf[static_cast<size_t>(item)];
        if (parent < 0)
            return true;
        // The enclosing repeat's own relevance lives in the scope around the instance.
        return relevant(m_parentIsRepeat[static_cast<size_t>(item)] ? m_scopes[static_cast<size_t>(s)].parent : s, parent);
    }
    // The answers expressions evaluated in scope `s` read directly (see EvalContext::FlatAnswers): the questions
    // outside repeats, one node from anywhere and held by the top level, and in a repeat instance the instance's
    // own questions. Valid until the next reset().
    expr::EvalContext::FlatAnswers flatAnswers(int s) const
    {
        if (s == 0)
            return m_flat;
        expr::EvalContext::FlatAnswers flat = m_flat;
        const Scope &scope = m_scopes[static_cast<size_t>(s)];
        flat.single = m_singleIn[static_cast<size_t>(scope.repeatItem)].data();
        flat.instanceValues = scope.answers->slotData();
        flat.instanceFirst = scope.answers->firstItem();
        flat.instanceEnd = scope.answers->endItem();
        flat.instanceRelevant = m_relevant.data() + index(s, 0);
        return flat;
    }
    // The item's nearest enclosing repeat (-1 at the top): the compact copy of Item::repeat the hot path reads.
    int repeatOf(int item) const { return m_repeatOf[static_cast<size_t>(item)]; }

    // The scope that holds `item` as seen from scope `from`: the top level, or the instance of the item's repeat
    // on `from`'s chain of enclosing instances. -1 when the item's repeat is not on that chain.
    int scopeOf(int from, int item) const { return chainScope(from, repeatOf(item)); }
    // The scope of `repeatItem`'s instance on `from`'s chain (0 for -1), or -1.
    int chainScope(int from, int repeatItem) const
    {
        if (repeatItem < 0)
            return 0;
        for (int s = from; s >= 0; s = m_scopes[static_cast<size_t>(s)].parent) {
            if (m_scopes[static_cast<size_t>(s)].repeatItem == repeatItem)
                return s;
        }
        return -1;
    }

    // The value as expressions see it: empty where the item does not apply.
    QStringView effectiveValue(int s, int item) const
    {
        if (!relevant(s, item))
            return {};
        return QStringView(m_scopes[static_cast<size_t>(s)].answers->at(item));
    }
    QString &value(int s, int item)
    {
        return m_scopes[static_cast<size_t>(s)].answers->at(item);
    }

    // "group/member[2]/age" for `item` in scope `s`; the instance numbers go to `instance` when given.
    QString pathOf(int s, int item, std::vector<int> *instance) const;

private:
    size_t index(int s, int item) const { return static_cast<size_t>(s) * static_cast<size_t>(m_itemCount) + static_cast<size_t>(item); }

    struct ChildRange
    {
        int scope;
        int repeatItem;
        int first;
        int count;
    };

    const Questionnaire &m_q;
    int m_itemCount = 0;
    std::vector<Scope> m_scopes;
    std::vector<std::vector<int>> m_instances; // by repeat item id
    std::vector<int> m_repeatItems;            // the ids of the repeats, whose lists reset() empties
    std::vector<ChildRange> m_children;
    std::vector<unsigned char> m_relevant;
    // Compact copies of Item fields read per item and scope: Item itself spans several cache lines.
    std::vector<int> m_repeatOf;
    std::vector<int> m_parentOf;
    std::vector<unsigned char> m_parentIsRepeat;
    std::vector<unsigned char> m_outsideRepeats; // by item id: 1 outside repeats
    // By repeat item id, then by item id: 1 for the items one node from inside an instance of that repeat whose
    // values FlatAnswers holds (outside repeats, or directly in the repeat); empty for other items.
    std::vector<std::vector<unsigned char>> m_singleIn;
    expr::EvalContext::FlatAnswers m_flat;
    std::vector<int> m_itemsEnd; // by repeat item id: one past the last item inside the repeat
    std::vector<QString> m_paths; // by item id: "group/name", without instance numbers
};

} // namespace flowdesk
