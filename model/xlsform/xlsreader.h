#pragma once

#include "workbook.h"

#include <variant>

namespace flowdesk {

// Reads the sheets of an old binary Excel workbook (.xls, BIFF) held in memory, with FreeXL. Dates come out as
// the .xlsx reader gives them (by the cell's number format). `sourceName` (the file name) is used in messages
// and as the key of the bytes in Workbook::sources. Stateless and thread-safe (FreeXL reads a temporary
// file of its own per call, in a child process: see FreexlChild).
class XlsReader
{
public:
    static std::variant<Workbook, WorkbookError> read(const QByteArray &bytes, const QString &sourceName);
    // True for bytes in the compound-document container .xls files (and encrypted workbooks) use.
    static bool isCompoundDocument(const QByteArray &bytes) { return bytes.startsWith("\xD0\xCF\x11\xE0"); }
};

} // namespace flowdesk
