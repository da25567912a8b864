#pragma once

#include "exportlayout.h"
#include "statisticalplan.h"

#include <QStringList>

#include <functional>

namespace flowdesk {

// Label syntax beside the CSV files, for analysts who read the CSVs themselves (KoBo offers the .sps alone):
//  * labels.do (Stata): imports each CSV, names the variables as in the .dta, labels them, turns select_one
//    answers into the codes of the codebook with value labels, dates into %td, numbers into numbers, and saves
//    a .dta per table;
//  * labels.sps (SPSS, PSPP): reads each CSV with GET DATA (numbers as numbers, dates as dates), labels the
//    variables and the select_one values, and saves a .sav per table.
// `width(table, column)` is the widest value written to the CSV column, in bytes.
bool writeLabelSyntax(const Questionnaire &questionnaire, const ExportLayout &layout, const StatisticalPlan &plan,
                      const TableExportOptions &options, const std::function<int(int, int)> &width,
                      const QString &folder, QStringList *files, QString *error);

} // namespace flowdesk
