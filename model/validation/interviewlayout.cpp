#include "interviewlayout.h"

#include <algorithm>

namespace flowdesk {

InterviewLayout::InterviewLayout(const Questionnaire &questionnaire)
    : m_q(questionnaire), m_itemCount(static_cast<int>(questionnaire.items.size())),
      m_instances(questionnaire.items.size())
{
    for (const Item &item : questionnaire.items) {
        m_repeatOf.push_back(item.repeat);
        m_parentOf.push_back(item.parent);
        m_parentIsRepeat.push_back(item.parent >= 0 && item.parent == item.repeat ? 1 : 0);
        m_outsideRepeats.push_back(item.repeat < 0 ? 1 : 0);
    }
    // Paths outside repeats carry no instance numbers, so they are made once and shared by every issue.
    for (const Item &item : questionnaire.items) {
        QString path = item.parent >= 0 ? m_paths[static_cast<size_t>(item.parent)] + u'/' : QString();
        m_paths.push_back(path + item.name);
    }
    // A repeat's items follow it in the form, deeper than it, up to its end_repeat.
    m_itemsEnd.assign(questionnaire.items.size(), m_itemCount);
    for (const Item &item : questionnaire.items) {
        if (item.type != QuestionType::Repeat)
            continue;
        int end = item.id + 1;
        while (end < m_itemCount && questionnaire.item(end).depth > item.depth)
            ++end;
        m_itemsEnd[static_cast<size_t>(item.id)] = end;
    }
    m_singleIn.resize(questionnaire.items.size());
    for (const Item &item : questionnaire.items) {
        if (item.type != QuestionType::Repeat)
            continue;
        m_repeatItems.push_back(item.id);
        std::vector<unsigned char> &single = m_singleIn[static_cast<size_t>(item.id)];
        single = m_outsideRepeats;
        for (int id = item.id + 1; id < m_itemsEnd[static_cast<size_t>(item.id)]; ++id)
            single[static_cast<size_t>(id)] = m_repeatOf[static_cast<size_t>(id)] == item.id ? 1 : 0;
    }
}

void InterviewLayout::reset(Interview &interview)
{
    m_scopes.clear();
    m_children.clear();
    for (int repeat : m_repeatItems)
        m_instances[static_cast<size_t>(repeat)].clear();
    m_scopes.push_back({&interview.answers, -1, -1, 0});
    // Breadth first, so the instances of one repeat in one scope sit next to each other.
    for (size_t s = 0; s < m_scopes.size(); ++s) {
        AnswerScope *answers = m_scopes[s].answers;
        const int repeatItem = m_scopes[s].repeatItem;
        if (repeatItem < 0)
            answers->cover(0, m_itemCount);
        else
            answers->cover(repeatItem + 1, m_itemsEnd[static_cast<size_t>(repeatItem)]);
        for (RepeatAnswers &repeat : answers->repeats) {
            if (repeat.repeatItem < 0 || repeat.repeatItem >= m_itemCount
                || m_singleIn[static_cast<size_t>(repeat.repeatItem)].empty()) // not a repeat of this form
                continue;
            const int first = static_cast<int>(m_scopes.size());
            int index = 0;
            for (AnswerScope &instance : repeat.instances) {
                m_instances[static_cast<size_t>(repeat.repeatItem)].push_back(static_cast<int>(m_scopes.size()));
                m_scopes.push_back({&instance, repeat.repeatItem, static_cast<int>(s), ++index});
            }
            m_children.push_back({static_cast<int>(s), repeat.repeatItem, first, index});
        }
    }
    m_relevant.assign(m_scopes.size() * static_cast<size_t>(m_itemCount), 1);
    const AnswerScope &top = interview.answers;
    m_flat.values = top.slotData();
    m_flat.first = top.firstItem();
    m_flat.end = std::min(top.endItem(), m_itemCount);
    m_flat.single = m_outsideRepeats.data();
    m_flat.relevant = m_relevant.data(); // the top level's row comes first
}

std::pair<int, int> InterviewLayout::childInstances(int s, int repeatItem) const
{
    for (const ChildRange &range : m_children) {
        if (range.scope == s && range.repeatItem == repeatItem)
            return {range.first, range.count};
    }
    return {0, 0};
}

QString InterviewLayout::pathOf(int s, int item, std::vector<int> *instance) const
{
    if (repeatOf(item) < 0) {
        if (instance)
            instance->clear();
        return m_paths[static_cast<size_t>(item)];
    }
    // Instance numbers by repeat item along the chain of scopes.
    std::vector<std::pair<int, int>> chain;
    for (int c = s; c > 0; c = m_scopes[static_cast<size_t>(c)].parent)
        chain.emplace_back(m_scopes[static_cast<size_t>(c)].repeatItem, m_scopes[static_cast<size_t>(c)].index);
    std::vector<int> ancestors;
    for (int a = item; a >= 0; a = m_q.item(a).parent)
        ancestors.push_back(a);
    QString path;
    if (instance)
        instance->clear();
    for (auto it = ancestors.rbegin(); it != ancestors.rend(); ++it) {
        if (!path.isEmpty())
            path += u'/';
        path += m_q.item(*it).name;
        if (m_q.item(*it).type != QuestionType::Repeat || *it == item)
            continue;
        for (const auto &[repeatItem, index] : chain) {
            if (repeatItem == *it) {
                path += QStringLiteral("[%1]").arg(index);
                if (instance)
                    instance->push_back(index);
            }
        }
    }
    return path;
}

} // namespace flowdesk
