#include "xlsreader.h"

#include "biffclaims.h"
#include "sheetbuilder.h"

#include <QLocale>
#include <QTemporaryFile>

#include <freexl.h>

#include <cmath>
#include <string_view>
#include <algorithm>

namespace flowdesk {

namespace {

QString freexlProblem(int code)
{
    switch (code) {
    case FREEXL_INSUFFICIENT_MEMORY:
        return QStringLiteral("there is not enough memory to read it");
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return QStringLiteral("it holds no Excel workbook: it is either password-protected (encrypted) or not an "
                              "Excel file; remove the password, or save it again from Excel or LibreOffice");
    case FREEXL_INVALID_CHARACTER:
    case FREEXL_UNSUPPORTED_CHARSET:
        return QStringLiteral("its text uses a character set that cannot be read; save it as .xlsx from Excel or "
                              "LibreOffice");
    case FREEXL_CRAFTED_FILE:
        return QStringLiteral("it is severely damaged (its internal tables point outside the file)");
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_INVALID_SIGNATURE:
        return QStringLiteral("it is not an Excel .xls workbook (its header is not one)");
    default:
        return QStringLiteral("it is damaged or truncated; open it in Excel or LibreOffice and save it again");
    }
}

// Excel shows whole numbers without a decimal point; other numbers as their shortest exact text.
QString numberText(double value)
{
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString cellText(const FreeXL_CellValue &cell)
{
    switch (cell.type) {
    case FREEXL_CELL_INT:
        return QString::number(cell.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return numberText(cell.value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_TIME:
        return QString::fromUtf8(cell.value.text_value);
    case FREEXL_CELL_DATETIME:
        // FreeXL writes "2026-01-31 14:05:00"; the .xlsx reader gives ISO 8601 with a 'T'.
        return QString::fromUtf8(cell.value.text_value).replace(u' ', u'T');
    default:
        return QString();
    }
}

// FreeXL sets aside memory for every cell a sheet's recorded dimensions cover, filled or not (about 32 bytes each):
// a few-kilobyte file claiming 65,536 x 256 cells would take half a gigabyte. Real forms hold well under a
// hundredth of this; a choices sheet of 100,000 choices in 10 columns still fits.
constexpr quint64 kMaxCells = 4'000'000;
// FreeXL counts a date's days one at a time (about 2 ns a day): this is a second or two in all. A form's dates, some
// 46,000 days each, stay far below it even by the ten thousand.
constexpr quint64 kMaxDateDays = 600'000'000;

class Handle
{
public:
    ~Handle() { freexl_close(m_handle); }
    const void **out() { return &m_handle; }
    const void *get() const { return m_handle; }

private:
    const void *m_handle = nullptr;
};

} // namespace

std::variant<Workbook, WorkbookError> XlsReader::read(const QByteArray &bytes, const QString &sourceName)
{
    // Excel keeps a password-protected .xlsx in the same container as an .xls, as a stream of this name.
    static const QByteArray encrypted = [] {
        QByteArray utf16le;
        for (const char c : std::string_view("EncryptedPackage"))
            utf16le.append(c).append('\0');
        return utf16le;
    }();
    if (isCompoundDocument(bytes) && bytes.contains(encrypted))
        return WorkbookError{QStringLiteral("%1 is password-protected (encrypted); remove the password in Excel or "
                                            "LibreOffice and save it again")
                                 .arg(sourceName)};
    const bool namedXls = sourceName.endsWith(QStringLiteral(".xls"), Qt::CaseInsensitive);
    const auto fail = [&](const QString &why) {
        if (!namedXls) // in the .xls container but named otherwise: most likely a protected or renamed workbook
            return WorkbookError{QStringLiteral("%1 is not an .xlsx workbook: it is either password-protected or a "
                                                "damaged old binary Excel file (.xls); remove the password, or open "
                                                "it in Excel or LibreOffice and save it as .xlsx")
                                     .arg(sourceName)};
        return WorkbookError{QStringLiteral("%1 cannot be read as an Excel .xls workbook: %2").arg(sourceName, why)};
    };
    if (const std::optional<BiffClaims> claims = BiffClaims::read(bytes)) {
        if (claims->cells > kMaxCells) {
            return fail(QStringLiteral("its sheets claim %1 cells (the largest %2 rows by %3 columns), more than "
                                       "FlowDesk reads from an .xls file (%4); delete the unused rows and columns "
                                       "below and right of the form, or save it as .xlsx")
                            .arg(claims->cells)
                            .arg(claims->rows)
                            .arg(claims->columns)
                            .arg(kMaxCells));
        }
        if (claims->dateDays > kMaxDateDays) {
            return fail(QStringLiteral("its date cells lie too far in the future to read (the latest is day %1 after "
                                       "1900); check the dates, or save it as .xlsx")
                            .arg(claims->largestDate, 0, 'f', 0));
        }
    }

    // FreeXL reads files only: the bytes (perhaps from the store) go through a private temporary file.
    QTemporaryFile file;
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
        return WorkbookError{QStringLiteral("%1: cannot write a temporary copy to read it: %2")
                                 .arg(sourceName, file.errorString())};

    Handle handle;
    const int opened = freexl_open(QFile::encodeName(file.fileName()).constData(), handle.out());
    if (opened != FREEXL_OK)
        return fail(freexlProblem(opened));
    unsigned int info = 0;
    if (freexl_get_info(handle.get(), FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
        return fail(QStringLiteral("it is password-protected; remove the password in Excel or LibreOffice"));
    unsigned int sheetCount = 0;
    if (freexl_get_info(handle.get(), FREEXL_BIFF_SHEET_COUNT, &sheetCount) != FREEXL_OK)
        return fail(QStringLiteral("it lists no sheets"));

    Workbook workbook;
    workbook.sourceName = sourceName;
    for (unsigned short s = 0; s < sheetCount; ++s) {
        const char *name = nullptr;
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_get_worksheet_name(handle.get(), s, &name) != FREEXL_OK ||
            freexl_select_active_worksheet(handle.get(), s) != FREEXL_OK ||
            freexl_worksheet_dimensions(handle.get(), &rows, &columns) != FREEXL_OK) {
            return fail(QStringLiteral("sheet %1 cannot be read").arg(s + 1));
        }
        const QString sheetName = QString::fromUtf8(name);
        SheetBuilder builder(sheetName);
        for (unsigned int r = 0; r < rows; ++r) {
            const int width = std::min(static_cast<int>(columns), builder.columnLimit());
            QStringList cells;
            cells.reserve(width);
            for (int c = 0; c < width; ++c) {
                FreeXL_CellValue cell;
                const int got = freexl_get_cell_value(handle.get(), r, static_cast<unsigned short>(c), &cell);
                if (got != FREEXL_OK && got != FREEXL_ILLEGAL_CELL_ROW_COL)
                    return fail(QStringLiteral("sheet \"%1\", cell %2%3: %4")
                                    .arg(sheetName, Sheet::columnLetter(c))
                                    .arg(r + 1)
                                    .arg(freexlProblem(got)));
                cells << (got == FREEXL_OK ? cellText(cell) : QString());
            }
            builder.addRow(static_cast<int>(r) + 1, std::move(cells));
        }
        workbook.sheets.push_back(builder.take());
    }
    workbook.sources[sourceName] = bytes;
    return workbook;
}

} // namespace flowdesk
