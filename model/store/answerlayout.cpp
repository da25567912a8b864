#include "answerlayout.h"

#include "questionnaire/questionnaire.h"
#include "questionnairestore.h"

#include <QVarLengthArray>

#include <algorithm>

namespace flowdesk {

namespace {

const QString kTopLevel = QStringLiteral(""); // not a null QString: Qt would bind that as NULL

// "2.10.3" -> {2, 10, 3}; false on anything that is not a dot-separated list of positive numbers.
bool parseInstance(QStringView text, QVarLengthArray<int, 4> *numbers)
{
    numbers->clear();
    if (text.isEmpty())
        return true;
    int current = 0;
    int digits = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            if (current > 100'000'000)
                return false;
            current = current * 10 + (u - u'0');
            ++digits;
        } else if (u == u'.' && digits > 0 && current > 0) {
            numbers->append(current);
            current = 0;
            digits = 0;
        } else {
            return false;
        }
    }
    if (digits == 0 || current == 0)
        return false;
    numbers->append(current);
    return true;
}

} // namespace

AnswerLayout::AnswerLayout(const Questionnaire &questionnaire, const std::vector<StoredField> &fields)
{
    const auto count = questionnaire.items.size();
    if (fields.size() != count) {
        m_problem =
            QStringLiteral("the stored questionnaire has %1 fields, the questionnaire given has %2 items")
                .arg(fields.size())
                .arg(count);
        return;
    }
    // Same count but other names: answers would land under the wrong questions.
    for (size_t i = 0; i < count; ++i) {
        if (fields[i].name != questionnaire.items[i].name) {
            m_problem =
                QStringLiteral("item %1 is '%2' in the questionnaire given but '%3' in the stored one")
                    .arg(i)
                    .arg(questionnaire.items[i].name, fields[i].name);
            return;
        }
        m_fieldIds.push_back(fields[i].id);
    }
    m_scopeRepeat.assign(count, -1);
    m_levels.assign(count, {});
    m_isRepeat.assign(count, false);
    for (size_t i = 0; i < count; ++i) {
        const Item &item = questionnaire.items[i];
        m_isRepeat[i] = item.type == QuestionType::Repeat;
        // Walk up through parents rather than trusting Item::repeat, whose meaning for a repeat item itself
        // (itself or the one around it) the store must not guess. The step limit guards against cycles.
        std::vector<int> chain;
        int parent = item.parent;
        for (size_t steps = 0; parent >= 0 && size_t(parent) < count && steps < count; ++steps) {
            const Item &p = questionnaire.items[size_t(parent)];
            if (p.type == QuestionType::Repeat)
                chain.push_back(parent);
            parent = p.parent;
        }
        std::reverse(chain.begin(), chain.end());
        m_scopeRepeat[i] = chain.empty() ? -1 : chain.back();
        if (m_isRepeat[i])
            chain.push_back(int(i));
        m_levels[i] = std::move(chain);
    }
    m_firstField = m_fieldIds.empty() ? 0 : m_fieldIds.front();
    m_consecutive = true;
    for (size_t i = 0; i < count; ++i)
        m_consecutive = m_consecutive && m_fieldIds[i] == m_firstField + qint64(i);
    if (!m_consecutive) {
        for (size_t i = 0; i < count; ++i)
            m_itemByField.emplace(m_fieldIds[i], int(i));
    }
}

int AnswerLayout::itemForField(qint64 fieldId) const
{
    if (m_consecutive) {
        const qint64 item = fieldId - m_firstField;
        return item >= 0 && item < qint64(m_fieldIds.size()) ? int(item) : -1;
    }
    const auto found = m_itemByField.find(fieldId);
    return found == m_itemByField.end() ? -1 : found->second;
}

qint64 AnswerLayout::fieldForItem(int item) const
{
    return item >= 0 && size_t(item) < m_fieldIds.size() ? m_fieldIds[size_t(item)] : 0;
}

bool AnswerLayout::flatten(const AnswerScope &answers, std::vector<Row> *rows, QString *error) const
{
    if (!m_problem.isEmpty()) {
        if (error)
            *error = m_problem;
        return false;
    }
    return flattenScope(answers, -1, kTopLevel, rows, error);
}

bool AnswerLayout::flattenValue(size_t i, const QString &value, int scopeRepeat, const QString &path,
                                std::vector<Row> *rows, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (i >= m_levels.size())
        return fail(QStringLiteral("An answer is given for item %1, which the questionnaire does not have.").arg(i));
    if (m_isRepeat[i])
        return fail(QStringLiteral("Item %1 is a repeat and cannot hold a value.").arg(i));
    if (m_scopeRepeat[i] != scopeRepeat) {
        return fail(QStringLiteral("The answer to item %1 is stored outside its repeat (in scope %2, belongs to %3).")
                        .arg(i)
                        .arg(scopeRepeat)
                        .arg(m_scopeRepeat[i]));
    }
    rows->push_back(Row{m_fieldIds[i], path, &value});
    return true;
}

bool AnswerLayout::flattenScope(const AnswerScope &scope, int scopeRepeat, const QString &path,
                                std::vector<Row> *rows, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const auto count = m_levels.size();
    bool ok = true;
    scope.forEachSlot([&](int item, const QString &value) {
        if (ok && !value.isEmpty())
            ok = flattenValue(size_t(item), value, scopeRepeat, path, rows, error);
    });
    if (!ok)
        return false;
    for (size_t r = 0; r < scope.repeats.size(); ++r) {
        const RepeatAnswers &repeat = scope.repeats[r];
        const int item = repeat.repeatItem;
        if (item < 0 || size_t(item) >= count || !m_isRepeat[size_t(item)])
            return fail(
                QStringLiteral("Repeat instances are given for item %1, which is not a repeat.").arg(item));
        if (m_scopeRepeat[size_t(item)] != scopeRepeat)
            return fail(
                QStringLiteral("The instances of repeat %1 are stored outside their enclosing repeat.")
                    .arg(item));
        for (size_t other = 0; other < r; ++other) {
            if (scope.repeats[other].repeatItem == item)
                return fail(QStringLiteral("Repeat %1 appears twice in one scope.").arg(item));
        }
        for (size_t k = 0; k < repeat.instances.size(); ++k) {
            const QString number = QString::number(k + 1);
            const QString childPath = path.isEmpty() ? number : path + u'.' + number;
            rows->push_back(Row{m_fieldIds[size_t(item)], childPath, nullptr});
            if (!flattenScope(repeat.instances[k], item, childPath, rows, error))
                return false;
        }
    }
    return true;
}

bool AnswerLayout::place(AnswerScope &answers, qint64 fieldId, QStringView instance,
                         const QString &value) const
{
    const int item = itemForField(fieldId);
    if (item < 0)
        return false;
    QVarLengthArray<int, 4> numbers;
    const std::vector<int> &levels = m_levels[size_t(item)];
    if (!parseInstance(instance, &numbers) || size_t(numbers.size()) != levels.size())
        return false;
    const size_t slotCount = m_levels.size();
    AnswerScope *scope = &answers;
    for (size_t level = 0; level < levels.size(); ++level) {
        std::vector<AnswerScope> &instances = scope->repeat(levels[level]).instances;
        const auto number = size_t(numbers[qsizetype(level)]);
        if (instances.size() < number)
            instances.resize(number);
        scope = &instances[number - 1];
    }
    if (m_isRepeat[size_t(item)])
        return true; // the instance row: reaching it created the instance
    // The top level gets a slot per item at once, rather than growing with each value; an instance grows over
    // its repeat's items only.
    if (levels.empty())
        scope->cover(0, int(slotCount));
    scope->slot(item) = value;
    return true;
}

} // namespace flowdesk
