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
    // Past this many, problems are counted but not listed: a damaged or hostile sheet can have one on each of a
    // million rows, and nobody reads a million lines.
    static constexpr int maxListed = 1000;

    std::vector<FormDiagnostic> items; // at most maxListed
    int unlistedErrors = 0;
    int unlistedWarnings = 0;

    bool hasErrors() const;
    int errorCount() const;   // listed or not
    int warningCount() const; // listed or not
    void error(const QString &sheet, int row, const QString &column, const QString &message);
    void warning(const QString &sheet, int row, const QString &column, const QString &message);
    void append(const FormDiagnostics &other);

private:
    void add(FormDiagnostic diagnostic);
};

} // namespace flowdesk
