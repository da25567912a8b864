#include "answersheet.h"

#include "validation/labelreferences.h"
#include "validation/validator.h"

#include <QHash>

namespace flowdesk {

namespace {

QString instanceKey(const std::vector<int> &instance)
{
    QStringList parts;
    for (int i : instance)
        parts << QString::number(i);
    return parts.join(QLatin1Char('.'));
}

QString itemLabel(const Item &item, int language, int defaultLanguage)
{
    const QString label = item.label.text(language, defaultLanguage).trimmed();
    return label.isEmpty() ? item.name : label;
}

using LineKey = QPair<int, QString>;

struct Walk
{
    const Questionnaire &q;
    const InterviewLayout &layout;
    int language;
    const QHash<LineKey, std::pair<QStringList, QStringList>> &issues;
    const QHash<LineKey, QString> &reasons;
    std::vector<AnswerLine> &out;

    // A label as entry shows it: ${name} references filled in with the answers seen from scope `s`.
    QString label(const Item &item, int s) const
    {
        return fillLabelReferences(itemLabel(item, language, q.defaultLanguage), q, layout, s, language);
    }

    void scope(int s, const std::vector<int> &children, int depth, const QString &instance)
    {
        for (int id : children) {
            const Item &item = q.item(id);
            if (!layout.relevant(s, id))
                continue;
            if (item.type == QuestionType::Group) {
                out.push_back({AnswerLine::Kind::Section, id, instance, depth, label(item, s),
                               {}, false, {}, {}, {}});
                scope(s, item.children, depth + 1, instance);
            } else if (item.type == QuestionType::Repeat) {
                const auto [first, count] = layout.childInstances(s, id);
                for (int k = 0; k < count; ++k) {
                    const int child = first + k;
                    const int index = layout.scope(child).index;
                    const QString key = instance.isEmpty() ? QString::number(index)
                                                           : instance + QLatin1Char('.') + QString::number(index);
                    out.push_back({AnswerLine::Kind::RepeatInstance, id, key, depth,
                                   QStringLiteral("%1 #%2").arg(label(item, child)).arg(index),
                                   {}, false, {}, {}, {}});
                    scope(child, item.children, depth + 1, key);
                }
            } else if (isInputType(item.type)) {
                const QString value = layout.scope(s).answers->value(id);
                AnswerLine line{AnswerLine::Kind::Question, id, instance, depth, label(item, s),
                                AnswerSheet::displayAnswer(q, item, value, language), !value.isEmpty(), {}, {}, {}};
                const auto found = issues.constFind({id, instance});
                if (found != issues.constEnd()) {
                    line.errors = found->first;
                    line.warnings = found->second;
                }
                line.acceptedReason = reasons.value({id, instance});
                out.push_back(std::move(line));
            }
        }
    }
};

} // namespace

AnswerSheet::AnswerSheet(const Questionnaire &questionnaire, int language) : m_q(questionnaire), m_language(language) {}

QString AnswerSheet::displayAnswer(const Questionnaire &questionnaire, const Item &item, const QString &value,
                                   int language)
{
    const ChoiceList *list = questionnaire.choiceList(item);
    if (!list || value.isEmpty())
        return value;
    QStringList labels;
    for (const QString &name : value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int index = list->indexOf(name);
        const QString label =
            index < 0 ? QString() : list->choices[size_t(index)].label.text(language, questionnaire.defaultLanguage);
        labels << (label.isEmpty() ? name : label);
    }
    return labels.join(QStringLiteral(", "));
}

std::vector<AnswerLine> AnswerSheet::lines(const Interview &interview, const std::vector<AcceptedReason> &accepted)
{
    // The validator writes calculations into what it validates: work on a copy, which must outlive the layout reads.
    Interview copy = interview;
    Validator validator(m_q, m_language);
    const std::vector<ValidationIssue> found = validator.validate(copy);

    QHash<LineKey, std::pair<QStringList, QStringList>> issues;
    for (const ValidationIssue &issue : found) {
        if (issue.severity == ValidationIssue::Severity::Notice)
            continue;
        auto &slot = issues[{issue.item, instanceKey(issue.instance)}];
        (issue.severity == ValidationIssue::Severity::Error ? slot.first : slot.second) << issue.message;
    }
    QHash<LineKey, QString> reasons;
    for (const AcceptedReason &reason : accepted)
        reasons.insert({reason.item, reason.instance}, reason.reason);

    std::vector<AnswerLine> out;
    Walk{m_q, validator.layout(), m_language, issues, reasons, out}.scope(0, m_q.topLevel, 0, QString());
    return out;
}

} // namespace flowdesk
