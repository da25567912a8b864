#pragma once

#include <QString>

namespace flowdesk {

class Session;
struct ChartTable;

// Small-cell protection, the one place it is decided. Every table a profile shows, exports or prints passes
// through protect() unless a supervisor switched it off for the screen (never for anything that leaves the app:
// the exporters and the PDF call protect() themselves, whatever the screen shows).
//
// Method (printed on the report, method()):
//  1. primary: every count from 1 to threshold - 1 is hidden ("<5"), in the cells and in the margins (the
//     column bases and the Total column);
//  2. secondary: in every row and every column of the table, read as an equation (the cells add up to the
//     margin), one hidden cell alone could be worked out from the others; so while some row or column has
//     exactly one hidden member, the smallest other non-zero member is hidden too (a cell before a total);
//  3. the percentages of hidden cells and of hidden bases are not shown.
// Sensitive categories (unaccompanied and separated children, exploitation) get the same rule: they are small
// exactly when they identify a child. Zeros are shown: a true zero discloses nobody. A heuristic, like the
// standard rule it follows: it does not solve every combination of equations (a linear-programming audit would).
class CellSuppression
{
public:
    static constexpr int kDefaultThreshold = 5;

    static void protect(ChartTable &table, int threshold);
    // Whether `session` may see a profile on screen without suppression (Action::ShowSmallCells).
    static bool mayShowSmallCells(const Session &session, QString *error);
    // One sentence for the report: threshold and method.
    static QString method(int threshold);
};

} // namespace flowdesk
