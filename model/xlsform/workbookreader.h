#pragma once

#include "workbook.h"

#include <variant>

namespace flowdesk {

// Reads an XLSForm workbook from an .xlsx file or a folder holding survey.csv, choices.csv and settings.csv.
// A legacy .xls file is refused with a message that says to save it as .xlsx.
// Thread-safe: holds no state.
class WorkbookReader
{
public:
    using Result = std::variant<Workbook, WorkbookError>;

    // Path to an .xlsx file, an .xls file (refused), or a folder of CSV sheets.
    static Result read(const QString &path);
    // Re-reads a workbook from the bytes the store kept (see Workbook::sources).
    static Result fromSources(const SourceFiles &sources, const QString &sourceName);

    static Result readXlsx(const QByteArray &bytes, const QString &sourceName);
    static Result readCsvSheets(const SourceFiles &files, const QString &sourceName);
};

} // namespace flowdesk
