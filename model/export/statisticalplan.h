#pragma once

#include "exportlayout.h"

#include <QHash>
#include <QString>

#include <vector>

namespace flowdesk {

// How each column of each table becomes a Stata and an SPSS variable: names valid in each (see
// statisticalnames.h), labels, and for select_one the integer codes with their value labels. Decided from the
// questionnaire alone, so the .dta, the .sav, the label syntax (.do, .sps) and the codebook agree.
//
// Codes: when every choice name of the list is a whole number, the code is that number; otherwise the choices
// are numbered 1..n in list order. Missing values: a question that did not apply (skipped) is Stata `.a`
// and SPSS user-missing -999999999; one left unanswered is `.b` and -999999998. Both are labelled.
struct StatisticalVariable
{
    QString stataName, spssName;
    bool numeric = false; // stored as a number (codes, 0/1, numbers, dates) rather than text
    std::vector<std::pair<int, QString>> codes; // select_one: code -> label, in list order
    QHash<QString, int> codeOf;                 // select_one: choice name -> code
};

class StatisticalPlan
{
public:
    static constexpr double kSpssSkipped = -999999999;
    static constexpr double kSpssUnanswered = -999999998;

    StatisticalPlan(const Questionnaire &questionnaire, const ExportLayout &layout);

    const StatisticalVariable &variable(int table, int column) const
    {
        return m_tables[size_t(table)][size_t(column)];
    }
    const std::vector<StatisticalVariable> &variables(int table) const { return m_tables[size_t(table)]; }

private:
    std::vector<std::vector<StatisticalVariable>> m_tables;
};

} // namespace flowdesk
