#include "statisticalplan.h"

#include "questionnaire/questionnaire.h"
#include "statisticalnames.h"

namespace flowdesk {

StatisticalPlan::StatisticalPlan(const Questionnaire &questionnaire, const ExportLayout &layout)
{
    for (size_t t = 0; t < layout.tables().size(); ++t) {
        const ExportTableLayout &table = layout.tables()[t];
        QStringList names;
        for (const ExportColumn &column : table.columns)
            names << column.name;
        const QStringList stata = stataNames(names);
        const QStringList spss = spssNames(names);
        std::vector<StatisticalVariable> variables(table.columns.size());
        for (size_t c = 0; c < table.columns.size(); ++c) {
            const ExportColumn &column = table.columns[c];
            StatisticalVariable &v = variables[c];
            v.stataName = stata[int(c)];
            v.spssName = spss[int(c)];
            v.numeric = column.type != ColumnType::Text;
            if (column.type != ColumnType::SelectOne)
                continue;
            const ChoiceList &list = *questionnaire.choiceList(questionnaire.item(column.item));
            bool integers = true;
            for (const Choice &choice : list.choices) {
                bool ok = false;
                const int code = choice.name.toInt(&ok);
                // Stata's largest labelled integer is 2,147,483,620; keep well inside it and off SPSS's missing codes.
                integers = integers && ok && code > -1000000000 && code < 1000000000;
            }
            for (size_t k = 0; k < list.choices.size(); ++k) {
                const int code = integers ? list.choices[k].name.toInt() : int(k) + 1;
                v.codes.emplace_back(code, layout.choiceLabel(column.item, int(k)));
                v.codeOf.insert(list.choices[k].name, code);
            }
        }
        m_tables.push_back(std::move(variables));
    }
}

} // namespace flowdesk
