#pragma once

#include "tablewriter.h"

#include "platform/boundedqueue.h"

#include <QByteArray>
#include <QStringEncoder>

#include <mutex>
#include <thread>
#include <vector>

struct lxw_workbook;
struct lxw_worksheet;

namespace flowdesk {


// One workbook, one sheet per table (KoBo's sheet names), written with libxlsxwriter in constant_memory mode:
// each row goes to a temporary file as it is written, so memory stays flat. Values are written as stored, as
// text, except that a number in a number column (integer, decimal, select_multiple 0/1, _id, _index) is written
// as a number when Excel shows it back as the same text (formpack's xls_types_as_text=False).
//
// libxlsxwriter's cell writing (a malloc, a copy and a printf per cell) costs as much as reading the interviews,
// so it runs on a thread of its own: row() checks and encodes the cells into chunks, the sheet thread writes
// them. Only one thread touches the workbook at a time (the sheet thread between open() and finish()).
class XlsxTableWriter : public TableWriter
{
public:
    XlsxTableWriter(const ExportLayout &layout, const QString &folder, const QString &fileBase);
    ~XlsxTableWriter() override;
    bool open(QString *error);
    bool row(int table, const ExportRow &row, QString *error) override;
    bool finish(std::vector<QStringList> &files, QString *error) override;

private:
    // Cells on their way to the sheet thread. `text` holds each string cell's UTF-8, NUL-terminated.
    struct Cell
    {
        lxw_worksheet *sheet;
        quint32 row;
        quint16 column;
        bool isNumber;
        double number;
        qsizetype textOffset;
    };
    struct Chunk
    {
        std::vector<Cell> cells;
        QByteArray text;
    };

    bool send(QString *error);
    void writeChunks();
    bool stopSheetThread(QString *error);

    const ExportLayout &m_layout;
    QString m_folder;
    QString m_name;
    QByteArray m_tmpdir;
    lxw_workbook *m_workbook = nullptr;
    std::vector<lxw_worksheet *> m_sheets;
    std::vector<qint64> m_rows;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    Chunk m_chunk; // being filled by row()
    BoundedQueue<Chunk> m_queue{4};
    std::thread m_sheetThread;
    std::mutex m_failureMutex;
    QString m_failure; // the sheet thread's first error
};

} // namespace flowdesk
