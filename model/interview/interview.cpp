#include "interview.h"

#include <array>

namespace flowdesk {

namespace {
constexpr std::array<std::pair<InterviewStatus, const char16_t *>, 5> kStatusNames{{
    {InterviewStatus::Draft, u"draft"},
    {InterviewStatus::Completed, u"completed"},
    {InterviewStatus::Approved, u"approved"},
    {InterviewStatus::Rejected, u"rejected"},
    {InterviewStatus::Exported, u"exported"},
}};
} // namespace

QString statusName(InterviewStatus status)
{
    for (const auto &[s, name] : kStatusNames) {
        if (s == status)
            return QString::fromUtf16(name);
    }
    return QString();
}

InterviewStatus statusFromName(QStringView name, bool *ok)
{
    for (const auto &[s, spelled] : kStatusNames) {
        if (name.compare(QStringView(spelled), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return InterviewStatus::Draft;
}

void AnswerScope::setValue(int item, const QString &value)
{
    if (item < 0)
        return;
    slot(item) = value;
}

QString &AnswerScope::slot(int item)
{
    cover(item, item + 1);
    return at(item);
}

void AnswerScope::cover(int first, int end)
{
    if (first >= end)
        return;
    if (m_values.empty()) {
        m_first = first;
        m_values.resize(size_t(end - first));
        return;
    }
    if (first < m_first) {
        m_values.insert(m_values.begin(), size_t(m_first - first), QString());
        m_first = first;
    }
    if (end > endItem())
        m_values.resize(size_t(end - m_first));
}

const RepeatAnswers *AnswerScope::repeat(int repeatItem) const
{
    for (const RepeatAnswers &r : repeats) {
        if (r.repeatItem == repeatItem)
            return &r;
    }
    return nullptr;
}

RepeatAnswers &AnswerScope::repeat(int repeatItem)
{
    for (RepeatAnswers &r : repeats) {
        if (r.repeatItem == repeatItem)
            return r;
    }
    repeats.push_back(RepeatAnswers{repeatItem, {}});
    return repeats.back();
}

} // namespace flowdesk
