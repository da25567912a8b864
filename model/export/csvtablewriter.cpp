#include "csvtablewriter.h"

#include <QDir>
#include <QFile>

namespace flowdesk {

CsvTableWriter::CsvTableWriter(const ExportLayout &layout, const TableExportOptions &options, const QString &folder)
    : m_layout(layout), m_options(options), m_folder(folder)
{
    m_separator = char(options.presentation.csvSeparator.toLatin1());
}

CsvTableWriter::~CsvTableWriter()
{
    for (std::FILE *file : m_files) {
        if (file)
            std::fclose(file);
    }
}

bool CsvTableWriter::open(QString *error)
{
    if (m_options.presentation.csvSeparator.unicode() > 0x7f || m_separator == '"' || m_separator == '\r'
        || m_separator == '\n' || m_separator == 0) {
        *error = QStringLiteral("The CSV separator must be one ASCII character other than a quote or a line end.");
        return false;
    }
    for (const ExportTableLayout &table : m_layout.tables()) {
        const QString name = table.fileBase + QStringLiteral(".csv");
        std::FILE *file = std::fopen(QFile::encodeName(QDir(m_folder).filePath(name)).constData(), "wb");
        if (!file) {
            *error = QStringLiteral("Cannot write '%1' in '%2'.").arg(name, QDir::toNativeSeparators(m_folder));
            return false;
        }
        m_files.push_back(file);
        m_maxBytes.emplace_back(table.columns.size(), 0);
        m_names.push_back(name);
        std::setvbuf(file, nullptr, _IOFBF, 1 << 16);
        m_line.clear();
        if (m_options.presentation.csvBom)
            m_line.append("\xEF\xBB\xBF");
        bool first = true;
        for (const ExportColumn &column : table.columns) {
            if (!first)
                m_line.append(m_separator);
            first = false;
            field(column.header);
        }
        m_line.append("\r\n");
        if (!flush(int(m_files.size()) - 1, error))
            return false;
    }
    return true;
}

int CsvTableWriter::field(QStringView text)
{
    bool quote = m_options.presentation.csvQuoteAll;
    for (qsizetype k = 0; !quote && k < text.size(); ++k) {
        const char16_t c = text[k].unicode();
        quote = c == m_separator || c == u'"' || c == u'\r' || c == u'\n';
    }
    if (quote)
        m_line.append('"');
    const qsizetype start = m_line.size();
    m_line.resize(start + m_encoder.requiredSpace(text.size()));
    char *end = m_encoder.appendToBuffer(m_line.data() + start, text);
    m_line.resize(end - m_line.constData());
    const int length = int(m_line.size() - start);
    if (quote) {
        // Double the quotes of what was just appended.
        for (qsizetype k = m_line.size() - 1; k >= start; --k) {
            if (m_line[k] == '"')
                m_line.insert(k, '"');
        }
        m_line.append('"');
    }
    return length;
}

bool CsvTableWriter::flush(int table, QString *error)
{
    if (std::fwrite(m_line.constData(), 1, size_t(m_line.size()), m_files[size_t(table)]) != size_t(m_line.size())) {
        *error = QStringLiteral("Cannot write '%1' (is the disk full?).").arg(m_names[size_t(table)]);
        return false;
    }
    return true;
}

bool CsvTableWriter::row(int table, const ExportRow &row, QString *error)
{
    m_line.resize(0);
    for (size_t c = 0; c < row.size(); ++c) {
        if (c)
            m_line.append(m_separator);
        int &widest = m_maxBytes[size_t(table)][c];
        widest = std::max(widest, field(row[c].text));
    }
    m_line.append("\r\n");
    return flush(table, error);
}

bool CsvTableWriter::finish(std::vector<QStringList> &files, QString *error)
{
    bool ok = true;
    for (size_t t = 0; t < m_files.size(); ++t) {
        if (std::fclose(m_files[t]) != 0 && ok) {
            *error = QStringLiteral("Cannot write '%1' (is the disk full?).").arg(m_names[t]);
            ok = false;
        }
        m_files[t] = nullptr;
        files[t] << m_names[t];
    }
    return ok;
}

} // namespace flowdesk
