#include "profilefilter.h"

#include "profiledefinition.h"
#include "questionnaire/questionnaire.h"

namespace flowdesk {

namespace {

QString choiceLabel(const Questionnaire &q, const QString &field, const QString &name, int language)
{
    const int item = q.itemByName(field);
    const ChoiceList *list = item >= 0 ? q.choiceList(q.item(item)) : nullptr;
    const int index = list ? list->indexOf(name) : -1;
    return index >= 0 ? list->choices[size_t(index)].label.text(language, q.defaultLanguage) : name;
}

} // namespace

QString ProfileFilter::describe(const Questionnaire &q, const ProfileDefinition &definition, int language) const
{
    QStringList statusNames;
    for (int s = 0; s <= int(InterviewStatus::Exported); ++s) {
        if (includes(InterviewStatus(s)))
            statusNames << statusName(InterviewStatus(s));
    }
    QStringList parts;
    parts << QStringLiteral("Interviews %1").arg(statusNames.join(QStringLiteral(", ")));
    if (from.isValid() || to.isValid()) {
        parts << QStringLiteral("%1 to %2")
                     .arg(from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("first"),
                          to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("last"));
    }
    if (!point.isEmpty())
        parts << choiceLabel(q, definition.pointField, point, language);
    if (!nationality.isEmpty())
        parts << QStringLiteral("nationality %1").arg(choiceLabel(q, definition.nationalityField, nationality, language));
    if (!sex.isEmpty())
        parts << choiceLabel(q, definition.sexField, sex, language);
    if (ageGroup == kChildren)
        parts << QStringLiteral("aged 0-17");
    else if (ageGroup >= 0 && ageGroup < definition.ageGroups.count())
        parts << QStringLiteral("aged %1").arg(definition.ageGroups.label(ageGroup));
    return parts.join(QStringLiteral(" · "));
}

} // namespace flowdesk
