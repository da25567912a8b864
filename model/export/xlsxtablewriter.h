#pragma once

#include "tablewriter.h"

#include <QByteArray>
#include <QStringEncoder>

#include <vector>

struct lxw_workbook;
struct lxw_worksheet;

namespace flowdesk {


// One workbook, one sheet per table (KoBo's sheet names), written with libxlsxwriter in constant_memory mode:
// each row goes to a temporary file as it is written, so memory stays flat. Values are written as stored, as
// text, except that a number in a number column (integer, decimal, select_multiple 0/1, _id, _index) is written
// as a number when Excel shows it back as the same text (formpack's xls_types_as_text=False).
class XlsxTableWriter : public TableWriter
{
public:
    XlsxTableWriter(const ExportLayout &layout, const QString &folder, const QString &fileBase);
    ~XlsxTableWriter() override;
    bool open(QString *error);
    bool row(int table, const ExportRow &row, QString *error) override;
    bool finish(std::vector<QStringList> &files, QString *error) override;

private:
    const ExportLayout &m_layout;
    QString m_folder;
    QString m_name;
    QByteArray m_tmpdir;
    lxw_workbook *m_workbook = nullptr;
    std::vector<lxw_worksheet *> m_sheets;
    std::vector<qint64> m_rows;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    QByteArray m_utf8; // one cell's text, reused
};

} // namespace flowdesk
