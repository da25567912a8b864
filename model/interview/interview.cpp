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
    const auto index = static_cast<size_t>(item);
    if (index >= values.size())
        values.resize(index + 1);
    values[index] = value;
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
