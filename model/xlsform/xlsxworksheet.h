#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace flowdesk {

class SheetBuilder;

// Streams one worksheet part (xl/worksheets/sheetN.xml) into a SheetBuilder. Only cells that hold text are
// kept, so sheets that declare a huge dimension or carry thousands of styled empty cells cost nothing extra.
class XlsxWorksheet
{
public:
    struct Context
    {
        const QStringList &sharedStrings;
        const std::vector<bool> &dateStyles; // by cell style index; see XlsxParts::parseDateStyles
        bool date1904 = false;
    };

    // False on malformed content, with `error` saying where ("cell C7: ...", "line 12: ...").
    static bool read(const QByteArray &xml, const Context &context, SheetBuilder &builder, QString &error);

    // "C7" -> column 2, row 7. False unless the reference lies inside Excel's grid (XFD1048576).
    static bool parseCellReference(QStringView reference, int &column, int &row);
};

} // namespace flowdesk
