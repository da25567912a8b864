#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace flowdesk {

// Runs FreeXL on an .xls file in a child process and hands back its cells. FreeXL crashes on some damaged files
// (a mutation run found segmentation faults within minutes); in a child, a crash, a hang or a runaway is an error
// message instead of the end of FlowDesk. Linux (fork); the child touches nothing but FreeXL and a pipe.
class FreexlChild
{
public:
    struct Cell
    {
        quint32 row = 0;
        quint16 column = 0;
        quint8 type = 0; // FREEXL_CELL_*
        qint32 intValue = 0;
        double doubleValue = 0;
        QByteArray text; // UTF-8, for text, date, date-time and time cells
    };
    struct SheetData
    {
        QByteArray name; // UTF-8
        quint32 rows = 0;
        quint16 columns = 0;
        std::vector<Cell> cells; // non-empty cells, row by row
    };
    struct Result
    {
        std::vector<SheetData> sheets;
        int freexlError = 0;        // a FreeXL error code (FREEXL_OK when none)
        int errorSheet = -1;        // where FreeXL failed, when it did on a sheet or cell
        qint64 errorRow = -1;
        int errorColumn = -1;
        bool passwordProtected = false;
        QString failure;            // the child crashed, hung or could not run: what to tell the user
    };

    static Result read(const QByteArray &path);
};

} // namespace flowdesk
