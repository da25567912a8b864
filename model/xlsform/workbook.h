#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace flowdesk {

// One data row of a sheet. `cells` is aligned with Sheet::headers; missing trailing cells are absent.
struct SheetRow
{
    int excelRow = 0; // 1-based row number as Excel shows it
    QStringList cells;

    QString cell(int column) const { return column >= 0 && column < cells.size() ? cells.at(column) : QString(); }
    bool isBlank() const;
};

// A sheet as XLSForm reads it: the first non-blank row is the header row, every later non-blank row is data.
// Header texts are kept as written (trimmed); lookups are case-insensitive.
struct Sheet
{
    QString name;
    QStringList headers;
    int headerExcelRow = 1;
    std::vector<SheetRow> rows;

    // Index of the first header equal to `header` ignoring case, or -1.
    int column(QStringView header) const;
    // Excel's letter name for a 0-based column index: 0 -> "A", 27 -> "AB".
    static QString columnLetter(int column);
};

// The source files a questionnaire was read from, kept so the store can hold the exact bytes and re-read them.
// Keys are file names ("form.xlsx", or "survey.csv"/"choices.csv"/"settings.csv" for a CSV folder, plus any
// external choice files that sat beside the form).
using SourceFiles = std::map<QString, QByteArray>;

struct Workbook
{
    QString sourceName; // the file or folder name the user gave, for messages
    std::vector<Sheet> sheets;
    SourceFiles sources;
    // Problems the reader read past (a damaged formatting part), for the user to see beside the form's own.
    QStringList warnings;

    // The sheet whose name equals `name` ignoring case, or nullptr.
    const Sheet *sheet(QStringView name) const;
};

// Why a file could not be read at all (not an XLSForm problem, an I/O or format one).
struct WorkbookError
{
    QString message;
};

} // namespace flowdesk
