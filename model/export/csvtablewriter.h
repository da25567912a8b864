#pragma once

#include "tablewriter.h"

#include <QStringEncoder>

#include <cstdio>
#include <vector>

namespace flowdesk {

// RFC 4180 CSV, UTF-8, one file per table: CRLF line ends, a field quoted when it holds the separator, a quote,
// CR or LF (or always, on request), quotes doubled; optionally a BOM so Excel reads UTF-8. Not libcsv: its
// csv_fwrite quotes every field, so the minimal quoting analysts' tools and KoBo write would be ours anyway.
class CsvTableWriter : public TableWriter
{
public:
    CsvTableWriter(const ExportLayout &layout, const TableExportOptions &options, const QString &folder);
    ~CsvTableWriter() override;
    bool open(QString *error);
    bool row(int table, const ExportRow &row, QString *error) override;
    bool finish(std::vector<QStringList> &files, QString *error) override;
    // The widest value written to a column, in UTF-8 bytes (for the label syntax's string widths).
    int maxBytes(int table, int column) const { return m_maxBytes[size_t(table)][size_t(column)]; }

private:
    int field(QStringView text); // returns the text's UTF-8 length
    bool flush(int table, QString *error);

    const ExportLayout &m_layout;
    TableExportOptions m_options;
    QString m_folder;
    std::vector<std::FILE *> m_files;
    std::vector<QString> m_names;
    std::vector<std::vector<int>> m_maxBytes;
    QByteArray m_line;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    char m_separator = ',';
};

} // namespace flowdesk
