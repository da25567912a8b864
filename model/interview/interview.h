#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <vector>

namespace flowdesk {

enum class InterviewStatus { Draft, Completed, Approved, Rejected, Exported };
QString statusName(InterviewStatus status); // "draft", "completed"...: also the stored spelling
InterviewStatus statusFromName(QStringView name, bool *ok = nullptr);

class AnswerScope;

// The instances of one repeat inside one scope.
struct RepeatAnswers
{
    int repeatItem = -1; // Questionnaire item id of the begin_repeat
    std::vector<AnswerScope> instances;
};

// The answers of one scope: the interview's top level, or one instance of a repeat.
// Answers are addressed by Questionnaire item id and are held for the items whose nearest enclosing repeat is this
// scope's repeat. A null or empty string is "not answered".
// Select-multiple answers are the choice names separated by single spaces, as ODK stores them.
// Dates are ISO 8601 (yyyy-MM-dd), date-times ISO 8601 with offset, geopoints "lat lon alt acc".
//
// Slots run over a range of item ids. A repeat's items sit together in the form, so an instance's range is its
// repeat's items alone: an instance costs a slot per item of its repeat, not one per item of the questionnaire.
// That keeps an interview compact, which is what validating many of them in memory is bound by.
class AnswerScope
{
public:
    std::vector<RepeatAnswers> repeats;

    // The answer to `item`: null when there is no slot for it.
    QString value(int item) const
    {
        const QString *slot = find(item);
        return slot ? *slot : QString();
    }
    const QString *find(int item) const
    {
        const qint64 k = qint64(item) - m_first;
        return k >= 0 && k < qint64(m_values.size()) ? &m_values[size_t(k)] : nullptr;
    }
    void setValue(int item, const QString &value);
    // The slot for `item`, made (with any between) when missing. Negative items have none: do not ask.
    QString &slot(int item);
    // Makes slots for the items [first, end) at once.
    void cover(int first, int end);
    // The slot of an item inside the covered range, unchecked: for loops that covered the range first.
    QString &at(int item) { return m_values[size_t(item - m_first)]; }
    const QString &at(int item) const { return m_values[size_t(item - m_first)]; }

    // The slots in item order, from firstItem() to endItem(): for readers that index them directly.
    const QString *slotData() const { return m_values.data(); }
    int firstItem() const { return m_first; }
    int endItem() const { return m_first + int(m_values.size()); }
    // Calls `visit(item, value)` for every slot, answered or not, in item order.
    template<typename Visit>
    void forEachSlot(Visit visit) const
    {
        for (size_t k = 0; k < m_values.size(); ++k)
            visit(m_first + int(k), m_values[k]);
    }

    // The instances of `repeatItem` directly inside this scope; nullptr when there are none.
    const RepeatAnswers *repeat(int repeatItem) const;
    RepeatAnswers &repeat(int repeatItem); // created empty if absent

private:
    int m_first = 0;
    std::vector<QString> m_values; // m_values[k] answers item m_first + k
};

// One interview: who keyed it, where, when, its workflow status, and its answers.
struct Interview
{
    qint64 id = 0; // store row id; 0 until stored
    QUuid uuid;
    qint64 questionnaireId = 0; // store id of the exact questionnaire version it was entered with
    InterviewStatus status = InterviewStatus::Draft;
    QString enumerator;
    QString office;
    QDateTime created;
    QDateTime modified;
    AnswerScope answers;
};

} // namespace flowdesk
