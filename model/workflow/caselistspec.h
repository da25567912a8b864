#pragma once

#include "expr/expression.h"
#include "questionnaire/questionnaire.h"
#include "store/casesummarystore.h"
#include "xlsform/workbook.h"

#include <QStringList>

#include <vector>

namespace flowdesk {

// What a questionnaire says about its case list, from its settings sheet:
//   instance_name       the ODK/KoBo convention: an expression giving each interview's label
//                       ("concat(${fmp}, ' ', ${survey_date})"); when absent the label is the interview's date
//                       and the first case-list column's choice label.
//   flowdesk_case_list  a FlowDesk extension: up to four question names separated by spaces ("fmp sex age"),
//                       shown as columns of the case list. Other tools ignore an unknown settings column, so the
//                       form stays valid XLSForm.
// Problems (an unknown name, a repeated question, a bad expression) are kept in `problems`, never fatal: the
// case list then shows fewer columns or the fallback label.
struct CaseListSpec
{
    expr::Expression instanceName;
    std::vector<int> columnItems; // top-level question item ids, at most kCaseListColumns
    QStringList problems;

    static CaseListSpec read(const Workbook &workbook, const Questionnaire &questionnaire);
};

} // namespace flowdesk
