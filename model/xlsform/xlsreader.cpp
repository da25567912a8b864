#include "xlsreader.h"

#include "biffclaims.h"
#include "freexlchild.h"
#include "sheetbuilder.h"

#include <QLocale>
#include <QTemporaryFile>

#include <freexl.h>

#include <cmath>
#include <string_view>

namespace flowdesk {

namespace {

QString freexlProblem(int code)
{
    switch (code) {
    case FREEXL_INSUFFICIENT_MEMORY:
        return QStringLiteral("its records ask for far more memory than any form needs (more than 384 MB): it is "
                              "damaged, or holds much more than a form; save it again from Excel or LibreOffice as "
                              ".xlsx");
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

QString cellText(const FreexlChild::Cell &cell)
{
    switch (cell.type) {
    case FREEXL_CELL_INT:
        return QString::number(cell.intValue);
    case FREEXL_CELL_DOUBLE:
        return numberText(cell.doubleValue);
    case FREEXL_CELL_DATETIME:
        // FreeXL writes "2026-01-31 14:05:00"; the .xlsx reader gives ISO 8601 with a 'T'.
        return QString::fromUtf8(cell.text).replace(u' ', u'T');
    default: // text, shared text, date, time
        return QString::fromUtf8(cell.text);
    }
}

// FreeXL sets memory aside for every cell a sheet's recorded dimensions cover, filled or not (16 bytes each): a
// few-kilobyte file claiming 65,536 x 256 cells in two sheets took 535 MB. Real forms hold well under a hundredth
// of this; a choices sheet of 100,000 choices in 10 columns still fits.
constexpr quint64 kMaxCells = 4'000'000;
// FreeXL counts a date's days one at a time (about 2 ns a day): this is a second or two in all. A form's dates, some
// 46,000 days each, stay far below it even by the ten thousand.
constexpr quint64 kMaxDateDays = 600'000'000;

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

    const FreexlChild::Result read = FreexlChild::read(QFile::encodeName(file.fileName()));
    if (!read.failure.isEmpty())
        return fail(read.failure);
    if (read.passwordProtected)
        return fail(QStringLiteral("it is password-protected; remove the password in Excel or LibreOffice"));
    if (read.freexlError != FREEXL_OK && read.errorSheet < 0)
        return fail(freexlProblem(read.freexlError));

    Workbook workbook;
    workbook.sourceName = sourceName;
    for (size_t s = 0; s < read.sheets.size(); ++s) {
        const FreexlChild::SheetData &data = read.sheets[s];
        const QString sheetName = QString::fromUtf8(data.name);
        if (read.errorSheet == int(s)) {
            return fail(read.errorRow < 0 ? QStringLiteral("sheet \"%1\": %2").arg(sheetName, freexlProblem(read.freexlError))
                                          : QStringLiteral("sheet \"%1\", cell %2%3: %4")
                                                .arg(sheetName, Sheet::columnLetter(read.errorColumn))
                                                .arg(read.errorRow + 1)
                                                .arg(freexlProblem(read.freexlError)));
        }
        SheetBuilder builder(sheetName);
        for (size_t i = 0; i < data.cells.size();) {
            const quint32 row = data.cells[i].row;
            QStringList cells;
            for (; i < data.cells.size() && data.cells[i].row == row; ++i) {
                const FreexlChild::Cell &cell = data.cells[i];
                if (cell.column >= builder.columnLimit())
                    continue;
                if (cells.size() <= cell.column)
                    cells.resize(cell.column + 1);
                cells[cell.column] = cellText(cell);
            }
            builder.addRow(static_cast<int>(row) + 1, std::move(cells));
        }
        workbook.sheets.push_back(builder.take());
    }
    if (read.errorSheet >= int(read.sheets.size()))
        return fail(QStringLiteral("sheet %1: %2").arg(read.errorSheet + 1).arg(freexlProblem(read.freexlError)));
    workbook.sources[sourceName] = bytes;
    return workbook;
}

} // namespace flowdesk
