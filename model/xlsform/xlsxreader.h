#pragma once

#include "workbook.h"

#include <variant>

namespace flowdesk {

// Reads the sheets of an .xlsx package held in memory. `sourceName` (the file name) is used in messages and
// as the key of the bytes in Workbook::sources. Refuses legacy .xls, .ods and other look-alikes with a
// message that says what to do. Stateless and thread-safe.
class XlsxReader
{
public:
    static std::variant<Workbook, WorkbookError> read(const QByteArray &bytes, const QString &sourceName);
};

} // namespace flowdesk
