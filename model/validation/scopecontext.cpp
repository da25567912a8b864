#include "scopecontext.h"

#include "expr/xpathdate.h"

namespace flowdesk {

InterviewClock::InterviewClock(const QDateTime &when) : at(when), dayNumber(expr::dayNumberOf(when))
{
}

ScopeContext::Nodes ScopeContext::nodesOf(int fieldId) const
{
    // sum(), count() and the like read every node of one field in turn: where they lie is worked out once.
    if (fieldId == m_nodesField)
        return m_nodes;
    m_nodesField = fieldId;
    const Questionnaire &q = m_layout.questionnaire();
    const int repeat = m_layout.repeatOf(fieldId);
    const int own = m_layout.chainScope(m_scope, repeat);
    if (own >= 0)
        return m_nodes = Nodes{own, 1, nullptr};
    // A repeat's item read from outside the repeat: one node per instance under the nearest common scope.
    const int anchor = m_layout.chainScope(m_scope, q.item(repeat).repeat);
    if (anchor >= 0) {
        // Instances of a repeat that does not apply are ignored, as if they had never been keyed.
        if (!m_layout.relevant(anchor, repeat))
            return m_nodes = Nodes{-1, 0, nullptr};
        const auto [first, n] = m_layout.childInstances(anchor, repeat);
        return m_nodes = Nodes{first, n, nullptr};
    }
    const std::vector<int> &all = m_layout.instances(repeat);
    return m_nodes = Nodes{-1, static_cast<int>(all.size()), all.data()};
}

int ScopeContext::nodeScope(int fieldId, int index, int *count) const
{
    const Nodes nodes = nodesOf(fieldId);
    *count = nodes.count;
    if (index < 0 || index >= nodes.count)
        return -1;
    return nodes.scopes ? nodes.scopes[index] : nodes.first + index;
}

int ScopeContext::count(int fieldId) const
{
    if (fieldId < 0)
        return 0;
    if (fieldId >= m_layout.itemCount())
        return m_choice ? 1 : 0;
    if (m_layout.repeatOf(fieldId) < 0) // the common case: a top-level question is one node
        return 1;
    int n = 0;
    nodeScope(fieldId, 0, &n);
    return n;
}

QStringView ScopeContext::value(int fieldId, int index) const
{
    if (fieldId < 0)
        return {};
    if (fieldId >= m_layout.itemCount()) {
        if (!m_choice)
            return {};
        const QStringList &columns = m_layout.questionnaire().choiceColumns;
        const int column = fieldId - m_layout.itemCount();
        if (column == 0)
            return QStringView(m_choice->name);
        if (column == 1) {
            m_choiceText = m_choice->label.text(m_language, m_layout.questionnaire().defaultLanguage);
            return QStringView(m_choiceText);
        }
        if (column >= columns.size())
            return {};
        // A view into the choice's own text: a filter reads a column once per choice checked.
        const auto found = m_choice->columns.constFind(columns.at(column));
        return found == m_choice->columns.constEnd() ? QStringView() : QStringView(*found);
    }
    if (m_layout.repeatOf(fieldId) < 0)
        return index == 0 ? m_layout.effectiveValue(0, fieldId) : QStringView();
    int n = 0;
    const int s = nodeScope(fieldId, index, &n);
    return s >= 0 ? m_layout.effectiveValue(s, fieldId) : QStringView();
}

int ScopeContext::position() const
{
    return m_layout.scope(m_scope).index;
}

QString ScopeContext::indexedValue(int fieldId, int repeatId, int index) const
{
    if (fieldId < 0 || fieldId >= m_layout.itemCount() || repeatId < 0 || repeatId >= m_layout.itemCount())
        return QString();
    const int anchor = m_layout.chainScope(m_scope, m_layout.questionnaire().item(repeatId).repeat);
    const auto [first, n] = m_layout.childInstances(anchor < 0 ? 0 : anchor, repeatId);
    if (index < 1 || index > n)
        return QString();
    const int s = first + index - 1;
    // The field may sit in a repeat nested inside `repeatId`: its first node under that instance.
    const int holder = m_layout.chainScope(s, m_layout.questionnaire().item(fieldId).repeat);
    return holder >= 0 ? m_layout.effectiveValue(holder, fieldId).toString() : QString();
}

QString ScopeContext::choiceLabel(int fieldId, QStringView choiceName) const
{
    if (fieldId < 0 || fieldId >= m_layout.itemCount())
        return choiceName.toString();
    const Questionnaire &q = m_layout.questionnaire();
    const ChoiceList *list = q.choiceList(q.item(fieldId));
    const int index = list ? list->indexOf(choiceName) : -1;
    if (index < 0)
        return QString();
    return list->choices[static_cast<size_t>(index)].label.text(m_language, q.defaultLanguage);
}

} // namespace flowdesk
