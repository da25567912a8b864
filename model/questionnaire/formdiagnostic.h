#pragma once

#include <QString>

#include <vector>

namespace flowdesk {

// One problem found in an XLSForm, located the way a person finds it in Excel.
struct FormDiagnostic
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString sheet;  // "survey", "choices", "settings"; empty for the workbook as a whole
    int row = 0;    // Excel row number, 0 when not tied to a row
    QString column; // header name ("constraint"), empty when not tied to a column
    QString message;

    // "survey row 12, column constraint: ..." — the line `form check` prints.
    QString toString() const;
};

struct FormDiagnostics
{
    std::vector<FormDiagnostic> items;

    bool hasErrors() const;
    int errorCount() const;
    int warningCount() const;
    void error(const QString &sheet, int row, const QString &column, const QString &message);
    void warning(const QString &sheet, int row, const QString &column, const QString &message);
};

} // namespace flowdesk
