#pragma once

#include <QString>
#include <QtGlobal>

namespace flowdesk {

// What reading one workbook may cost, so a small hostile file (a zip bomb, a sheet of millions of empty cells, a
// cell of 250 MB) is refused with a message instead of taking gigabytes. The limits are far above any real
// questionnaire (the largest public XLSForms unpack to a few megabytes) and Excel's own sheet limits. One budget
// per workbook read, shared by its parts and sheets; not thread-safe.
class WorkbookBudget
{
public:
    // Excel's grid and cell limits: a workbook past them was not written by a spreadsheet program.
    static constexpr int maxRows = 1048576;
    static constexpr int maxColumns = 16384;
    static constexpr int maxCellCharacters = 32767;
    // Bytes of XML or CSV read, after unpacking, over the whole workbook.
    static constexpr qint64 maxUnpackedBytes = qint64(100) * 1024 * 1024;
    // Cells kept in sheets (or strings in the shared-string table), and characters in them. A questionnaire
    // costs some hundred bytes per cell in memory, and a compiled expression some 25 bytes per character, so
    // either limit keeps a form within a few hundred megabytes. A choice list of 70,000 villages labelled in three
    // languages is about 400,000 cells and 6 million characters.
    static constexpr qint64 maxCells = 1000 * 1000;
    static constexpr qint64 maxCharacters = 16 * 1000 * 1000;

    // Each returns false, with `error` saying what was too much, when the spending goes over the budget.
    bool spendBytes(qint64 bytes, QString &error);
    bool spendCell(qsizetype characters, QString &error);

    // "32,767" as messages print numbers.
    static QString number(qint64 value);

private:
    qint64 m_bytes = 0;
    qint64 m_cells = 0;
    qint64 m_characters = 0;
};

} // namespace flowdesk
