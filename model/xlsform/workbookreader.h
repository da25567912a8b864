#pragma once

#include "workbook.h"

#include <variant>

namespace flowdesk {

// Reads an XLSForm workbook from an .xlsx file, an old binary .xls file, or a folder holding survey.csv,
// choices.csv and settings.csv.
// Thread-safe: holds no state.
class WorkbookReader
{
public:
    using Result = std::variant<Workbook, WorkbookError>;

    // Path to an .xlsx or .xls file, or a folder of CSV sheets.
    static Result read(const QString &path);
    // Re-reads a workbook from the bytes the store kept (see Workbook::sources).
    static Result fromSources(const SourceFiles &sources, const QString &sourceName);

    // An .xlsx or .xls workbook's bytes (told apart by their content).
    static Result readXlsx(const QByteArray &bytes, const QString &sourceName);
    static Result readCsvSheets(const SourceFiles &files, const QString &sourceName);
};

} // namespace flowdesk
