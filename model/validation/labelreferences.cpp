#include "labelreferences.h"

#include "interviewlayout.h"
#include "questionnaire/questionnaire.h"

#include <QRegularExpression>

namespace flowdesk {

namespace {

QString lookUp(QStringView name, const Questionnaire &q, const InterviewLayout &layout, int from, int language)
{
    const int item = q.itemByName(name);
    if (item < 0 || from < 0)
        return {};
    const int s = layout.scopeOf(from, item);
    if (s < 0)
        return {};
    const QString value = layout.effectiveValue(s, item).toString();
    const Item &it = q.item(item);
    // A choice reads better by its label than by its name.
    if (it.type == QuestionType::SelectOne) {
        if (const ChoiceList *list = q.choiceList(it)) {
            const int choice = list->indexOf(value);
            if (choice >= 0)
                return list->choices[size_t(choice)].label.text(language, q.defaultLanguage);
        }
    }
    return value;
}

} // namespace

QString fillLabelReferences(const QString &text, const Questionnaire &questionnaire, const InterviewLayout &layout,
                            int scope, int language)
{
    if (!text.contains(u"${"))
        return text;
    static const QRegularExpression reference(QStringLiteral(R"(\$\{([^}]+)\})"));
    QString filled;
    qsizetype at = 0;
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        filled += QStringView(text).mid(at, match.capturedStart() - at);
        filled += lookUp(match.capturedView(1).trimmed(), questionnaire, layout, scope, language);
        at = match.capturedEnd();
    }
    filled += QStringView(text).mid(at);
    return filled;
}

} // namespace flowdesk
