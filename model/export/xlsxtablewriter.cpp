#include "xlsxtablewriter.h"

#include "sheetname.h"
#include "xlsxdeflatelevel.h"

#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

namespace flowdesk {

namespace {

constexpr int kMaxCellCharacters = 32767; // Excel's limit on the text of a cell
// zlib's fastest: the sheets' XML deflates about three times as fast as at the default, a fifth larger (see
// xlsxdeflatelevel.h).
constexpr int kDeflateLevel = 1;

bool numericColumn(ColumnType type)
{
    return type == ColumnType::Integer || type == ColumnType::Number || type == ColumnType::Flag;
}

// True when `text` is a number Excel gives back as the same text: no sign but '-', no leading zero, no trailing
// decimal zero, no exponent, at most 15 significant digits (what a double holds exactly and "%.16G" prints
// back) and not below 0.0001. Anything else, such as "007" or "1.50", stays text, as stored.
bool canonicalNumber(QStringView text, double *value)
{
    qsizetype k = text.startsWith(u'-') ? 1 : 0;
    const qsizetype digitsStart = k;
    int digits = 0;
    while (k < text.size() && text[k] >= u'0' && text[k] <= u'9') {
        ++k;
        ++digits;
    }
    if (digits == 0 || (digits > 1 && text[digitsStart] == u'0'))
        return false;
    if (k < text.size()) {
        if (text[k] != u'.' || k + 1 == text.size() || text.back() == u'0')
            return false;
        for (++k; k < text.size(); ++k, ++digits) {
            if (text[k] < u'0' || text[k] > u'9')
                return false;
        }
    }
    // "%.16G" would print 0.00001 as 1E-05
    if (digits > 15 || text == u"-0" || text.mid(digitsStart).startsWith(u"0.0000"))
        return false;
    bool ok = false;
    *value = text.toDouble(&ok);
    return ok;
}

} // namespace

XlsxTableWriter::XlsxTableWriter(const ExportLayout &layout, const QString &folder, const QString &fileBase)
    : m_layout(layout), m_folder(folder), m_name(fileBase + QStringLiteral(".xlsx"))
{
}

namespace {
// A chunk is handed over at about this many cells or text bytes: large enough that the hand-over costs nothing,
// small enough that the queue (4 chunks) stays a few megabytes.
constexpr size_t kChunkCells = 16384;
constexpr qsizetype kChunkText = 512 * 1024;
} // namespace

XlsxTableWriter::~XlsxTableWriter()
{
    QString ignored;
    stopSheetThread(&ignored);
    if (m_workbook)
        workbook_close(m_workbook); // an abandoned export: the caller removes the folder
}

bool XlsxTableWriter::open(QString *error)
{
    for (const ExportTableLayout &table : m_layout.tables()) {
        if (table.columns.size() > LXW_COL_MAX) {
            *error = QStringLiteral("Table '%1' has %2 columns; an Excel sheet holds at most %3. Export it as CSV, "
                                    "Stata or SPSS instead.")
                         .arg(table.name)
                         .arg(table.columns.size())
                         .arg(LXW_COL_MAX);
            return false;
        }
    }
    // Temporary row files beside the workbook: the export's own disk, not a /tmp that may live in memory.
    m_tmpdir = QFile::encodeName(m_folder);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tmpdir.data();
    options.use_zip64 = LXW_TRUE;
    m_workbook = workbook_new_opt(QFile::encodeName(QDir(m_folder).filePath(m_name)).constData(), &options);
    if (!m_workbook) {
        *error = QStringLiteral("Cannot write '%1' in '%2'.").arg(m_name, QDir::toNativeSeparators(m_folder));
        return false;
    }
    QStringList names;
    for (const ExportTableLayout &table : m_layout.tables()) {
        const QString sheetName = uniqueSheetName(table.name, names);
        names << sheetName;
        lxw_worksheet *sheet = workbook_add_worksheet(m_workbook, sheetName.toUtf8().constData());
        if (!sheet) {
            *error = QStringLiteral("Cannot add the sheet '%1' to '%2'.").arg(sheetName, m_name);
            return false;
        }
        // A megabyte of buffer rather than the 4 KiB default: the sheet's row file is written in far fewer calls.
        if (sheet->optimize_tmpfile)
            setvbuf(sheet->optimize_tmpfile, nullptr, _IOFBF, 1 << 20);
        m_sheets.push_back(sheet);
        m_rows.push_back(1);
        for (size_t c = 0; c < table.columns.size(); ++c)
            worksheet_write_string(sheet, 0, lxw_col_t(c), table.columns[c].header.toUtf8().constData(), nullptr);
    }
    m_chunk.cells.reserve(kChunkCells);
    m_chunk.text.reserve(kChunkText + 128 * 1024);
    m_sheetThread = std::thread([this] { writeChunks(); });
    return true;
}

void XlsxTableWriter::writeChunks()
{
    Chunk chunk;
    while (m_queue.pop(chunk)) {
        for (const Cell &cell : chunk.cells) {
            const lxw_error rc =
                cell.isNumber ? worksheet_write_number(cell.sheet, cell.row, cell.column, cell.number, nullptr)
                              : worksheet_write_string(cell.sheet, cell.row, cell.column,
                                                       chunk.text.constData() + cell.textOffset, nullptr);
            if (rc != LXW_NO_ERROR) {
                std::lock_guard lock(m_failureMutex);
                m_failure = QStringLiteral("Cannot write to '%1': %2").arg(m_name, QString::fromUtf8(lxw_strerror(rc)));
                m_queue.close(); // row() sees the refusal at its next hand-over
                return;
            }
        }
    }
}

bool XlsxTableWriter::send(QString *error)
{
    if (m_queue.push(std::move(m_chunk))) {
        m_chunk = Chunk();
        m_chunk.cells.reserve(kChunkCells);
        m_chunk.text.reserve(kChunkText + 128 * 1024);
        return true;
    }
    std::lock_guard lock(m_failureMutex);
    *error = m_failure;
    return false;
}

// Waits for the sheet thread to write what it was given; after this the workbook is this thread's again.
bool XlsxTableWriter::stopSheetThread(QString *error)
{
    if (!m_sheetThread.joinable())
        return true;
    m_queue.close();
    m_sheetThread.join();
    if (m_failure.isEmpty())
        return true;
    *error = m_failure;
    return false;
}

bool XlsxTableWriter::row(int table, const ExportRow &row, QString *error)
{
    qint64 &next = m_rows[size_t(table)];
    if (next >= LXW_ROW_MAX) {
        *error = QStringLiteral("Table '%1' has more than %2 rows, more than an Excel sheet holds. Export it as CSV, "
                                "Stata or SPSS, or export fewer interviews at a time.")
                     .arg(m_layout.tables()[size_t(table)].name)
                     .arg(LXW_ROW_MAX - 1);
        return false;
    }
    lxw_worksheet *sheet = m_sheets[size_t(table)];
    const auto sheetRow = quint32(next);
    for (size_t c = 0; c < row.size(); ++c) {
        const QString &text = row[c].text;
        if (text.isEmpty())
            continue;
        if (text.size() > kMaxCellCharacters) {
            *error = QStringLiteral("A value in column '%1' of table '%2' has %3 characters; an Excel cell holds at "
                                    "most %4. Export as CSV, Stata or SPSS instead.")
                         .arg(m_layout.tables()[size_t(table)].columns[c].header, m_layout.tables()[size_t(table)].name)
                         .arg(text.size())
                         .arg(kMaxCellCharacters);
            return false;
        }
        // Numbers as numbers: analysts' sums work, and the sheet is smaller, so quicker to write and compress.
        Cell cell{sheet, sheetRow, quint16(c), true, 0, 0};
        if (!numericColumn(m_layout.tables()[size_t(table)].columns[c].type) || !canonicalNumber(text, &cell.number)) {
            cell.isNumber = false;
            cell.textOffset = m_chunk.text.size();
            m_chunk.text.resize(cell.textOffset + m_encoder.requiredSpace(text.size()) + 1);
            char *end = m_encoder.appendToBuffer(m_chunk.text.data() + cell.textOffset, text);
            *end = '\0';
            m_chunk.text.resize(end + 1 - m_chunk.text.constData());
        }
        m_chunk.cells.push_back(cell);
    }
    ++next;
    if (m_chunk.cells.size() >= kChunkCells || m_chunk.text.size() >= kChunkText)
        return send(error);
    return true;
}

bool XlsxTableWriter::finish(std::vector<QStringList> &files, QString *error)
{
    if ((!m_chunk.cells.empty() && !send(error)) || !stopSheetThread(error))
        return false;
    lxw_doc_properties properties{};
    properties.created = time_t(m_timestamp);
    workbook_set_properties(m_workbook, &properties);
    lxw_error rc;
    {
        const XlsxDeflateLevel fast(kDeflateLevel);
        rc = workbook_close(m_workbook);
    }
    m_workbook = nullptr;
    if (rc != LXW_NO_ERROR) {
        *error = QStringLiteral("Cannot write '%1': %2").arg(m_name, QString::fromUtf8(lxw_strerror(rc)));
        return false;
    }
    for (QStringList &file : files)
        file << m_name;
    return true;
}

} // namespace flowdesk
