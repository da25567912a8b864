#include "caselistspec.h"

namespace flowdesk {

namespace {

QString referenceName(QStringView reference)
{
    const qsizetype slash = reference.lastIndexOf(u'/');
    return (slash >= 0 ? reference.mid(slash + 1) : reference).toString();
}

} // namespace

CaseListSpec CaseListSpec::read(const Workbook &workbook, const Questionnaire &questionnaire)
{
    CaseListSpec spec;
    const Sheet *settings = workbook.sheet(u"settings");
    if (!settings || settings->rows.empty())
        return spec;
    const SheetRow &row = settings->rows.front();
    const QString instanceName = row.cell(settings->column(u"instance_name")).trimmed();
    if (!instanceName.isEmpty()) {
        std::vector<expr::ParseError> errors;
        spec.instanceName = expr::Expression::parse(
            instanceName, [&](QStringView reference) { return questionnaire.itemByName(referenceName(reference)); },
            &errors);
        for (const expr::ParseError &e : errors)
            spec.problems << QStringLiteral("settings, instance_name: %1 (at character %2)").arg(e.message).arg(e.position + 1);
    }
    const QStringList names =
        row.cell(settings->column(u"flowdesk_case_list")).split(u' ', Qt::SkipEmptyParts);
    for (const QString &name : names) {
        const int item = questionnaire.itemByName(name);
        if (item < 0) {
            spec.problems << QStringLiteral("settings, flowdesk_case_list: there is no question '%1'.").arg(name);
        } else if (questionnaire.item(item).repeat >= 0 || !isInputType(questionnaire.item(item).type)) {
            spec.problems << QStringLiteral("settings, flowdesk_case_list: '%1' is not a question outside repeats.").arg(name);
        } else if (int(spec.columnItems.size()) == kCaseListColumns) {
            spec.problems << QStringLiteral("settings, flowdesk_case_list: at most %1 columns; '%2' is left out.")
                                 .arg(kCaseListColumns)
                                 .arg(name);
        } else {
            spec.columnItems.push_back(item);
        }
    }
    return spec;
}

} // namespace flowdesk
