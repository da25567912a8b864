#pragma once

#include "interview/interview.h"

#include <QString>
#include <QStringView>

#include <unordered_map>
#include <vector>

namespace flowdesk {

class Questionnaire;
struct StoredField;

// How one stored questionnaire's answer tree maps to answer rows (field id, instance path, value) and back.
// Internal to model/store. The instance path is '' at the top level, else the 1-based instance numbers of
// the enclosing repeats joined by '.': "2" is the second instance, "2.1" the first instance nested in it.
// Each repeat instance also gets a row of its own (the repeat's field, value NULL) so empty instances and
// the instance count survive a round trip.
class AnswerLayout
{
public:
    struct Row
    {
        qint64 fieldId = 0;
        QString instance;
        const QString *value = nullptr; // into the interview being written; nullptr on instance rows
        qint64 interviewId = 0;         // left for the writer, which knows it
    };

    AnswerLayout() = default;
    // `fields` in item order, as QuestionnaireStore::fields returns them for the stored `questionnaire`.
    AnswerLayout(const Questionnaire &questionnaire, const std::vector<StoredField> &fields);

    // Why the layout cannot be used (empty when it can).
    const QString &problem() const { return m_problem; }
    int itemCount() const { return int(m_levels.size()); }
    int itemForField(qint64 fieldId) const;
    qint64 fieldForItem(int item) const;

    // Appends the rows of `answers` to `rows`. Fails, naming the item, on an answer stored in a scope its
    // item does not belong to (it could not be placed back) or on a value given to a repeat item.
    bool flatten(const AnswerScope &answers, std::vector<Row> *rows, QString *error) const;

    // Puts one stored row back into `answers`, creating repeat instances on the way. Returns false (and
    // changes nothing) for a row that does not fit this questionnaire.
    bool place(AnswerScope &answers, qint64 fieldId, QStringView instance, const QString &value) const;

private:
    bool flattenScope(const AnswerScope &scope, int scopeRepeat, const QString &path, std::vector<Row> *rows,
                      QString *error) const;
    bool flattenValue(size_t item, const QString &value, int scopeRepeat, const QString &path, std::vector<Row> *rows,
                      QString *error) const;

    QString m_problem;
    std::vector<qint64> m_fieldIds;
    // Consecutive field ids (the normal case) map back by subtraction; otherwise through the map.
    qint64 m_firstField = 0;
    bool m_consecutive = false;
    std::unordered_map<qint64, int> m_itemByField;
    // Per item: the repeat whose instances hold its value (-1: the top level).
    std::vector<int> m_scopeRepeat;
    // Per item: the repeats to descend through to reach its row; a repeat item ends with itself.
    std::vector<std::vector<int>> m_levels;
    std::vector<bool> m_isRepeat;
};

} // namespace flowdesk
