#pragma once

#include "exportlayout.h"
#include "statisticalplan.h"

#include <QStringList>

namespace flowdesk {

class StatisticalTableWriter;

// codebook.csv: one row per column of every table: its header, the question, the type, the label, the names it
// got in the .dta and the .sav (the original -> new name map), how each stores it, and the select_one codes
// ("1=Yes; 2=No"). `statistical` (may be null) tells which columns were stored as text after all.
bool writeCodebook(const Questionnaire &questionnaire, const ExportLayout &layout, const StatisticalPlan &plan,
                   const StatisticalTableWriter *statistical, const QString &folder, QStringList *files,
                   QString *error);

// RFC 4180 quoting for the small files written whole (codebook): always quoted, quotes doubled.
QString quotedCsvField(const QString &text);

} // namespace flowdesk
