#pragma once

#include "questionnaire/xlsformparser.h"
#include "validation/validationissue.h"

#include <QStringList>

#include <initializer_list>
#include <vector>

namespace flowdesk::test {

// A sheet written as rows of cells, the first row the header; Excel row numbers start at 1.
inline Sheet sheet(const QString &name, std::initializer_list<QStringList> rows)
{
    Sheet s;
    s.name = name;
    int excelRow = 0;
    for (const QStringList &row : rows) {
        ++excelRow;
        if (excelRow == 1) {
            s.headers = row;
            s.headerExcelRow = 1;
            continue;
        }
        s.rows.push_back(SheetRow{excelRow, row});
    }
    return s;
}

inline Workbook workbook(std::initializer_list<Sheet> sheets)
{
    Workbook w;
    w.sourceName = QStringLiteral("test.xlsx");
    w.sheets = sheets;
    return w;
}

// Every diagnostic as its printed line, for readable assertion failures.
inline QString describe(const FormDiagnostics &diagnostics)
{
    QStringList lines;
    for (const FormDiagnostic &d : diagnostics.items)
        lines << d.toString();
    return lines.join(u'\n');
}

// Every validation issue as "severity path: message", one per line, for readable assertion failures.
inline QString describe(const std::vector<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &i : issues)
        lines << QStringLiteral("%1 %2: %3").arg(severityName(i.severity), i.path, i.message);
    return lines.join(u'\n');
}

} // namespace flowdesk::test
