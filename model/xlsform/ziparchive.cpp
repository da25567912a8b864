#include "ziparchive.h"

#include "workbookbudget.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace flowdesk {

namespace {

constexpr quint16 storedMethod = 0;
constexpr quint16 deflateMethod = 8;

// What minizip's and zlib's error codes mean for someone holding the file.
QString describeZipError(int code)
{
    switch (code) {
    case UNZ_CRCERROR:
        return QStringLiteral("its checksum does not match: the file was damaged in transfer");
    case UNZ_BADZIPFILE:
        return QStringLiteral("the archive's structure is damaged, or the file was cut short");
    case Z_DATA_ERROR:
    case Z_STREAM_ERROR:
    case Z_BUF_ERROR:
        return QStringLiteral("its compressed data is damaged, or the file was cut short");
    case Z_MEM_ERROR:
        return QStringLiteral("there was not enough memory to unpack it");
    case UNZ_ERRNO:
        return QStringLiteral("it could not be read");
    default:
        return QStringLiteral("it is damaged (unzip error %1)").arg(code);
    }
}

} // namespace

ZipArchive::ZipArchive(const QByteArray &bytes) : m_bytes(bytes)
{
    m_buffer.setBuffer(&m_bytes);
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::open(QString &error)
{
    m_zip = std::make_unique<QuaZip>(&m_buffer);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        // A zip begins with a local file header and ends with its table of contents: with the first and without
        // the second, the file was cut short.
        error = m_bytes.startsWith("PK\x03\x04")
                    ? QStringLiteral("the file is damaged or was cut short (the zip archive's table of contents at "
                                     "its end is missing); copy or download it again")
                    : QStringLiteral("it is not a zip archive (an .xlsx file is one), or the archive is damaged");
        m_zip.reset();
        return false;
    }
    return true;
}

bool ZipArchive::contains(const QString &entry) const
{
    return m_zip && m_zip->setCurrentFile(entry, QuaZip::csInsensitive);
}

std::optional<QByteArray> ZipArchive::read(const QString &entry, QString &error, WorkbookBudget &budget)
{
    if (!contains(entry)) {
        error = QStringLiteral("the part %1 is missing").arg(entry);
        return std::nullopt;
    }
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info)) {
        error = QStringLiteral("the part %1 cannot be read: %2").arg(entry, describeZipError(m_zip->getZipError()));
        return std::nullopt;
    }
    if (info.isEncrypted()) {
        error = QStringLiteral("the part %1 is encrypted; remove the password (in Excel: File, Info, Protect "
                               "Workbook) and save again")
                    .arg(entry);
        return std::nullopt;
    }
    if (info.method != storedMethod && info.method != deflateMethod) {
        error = QStringLiteral("the part %1 is packed with a compression method FlowDesk cannot unpack (method %2); "
                               "open the file in Excel or LibreOffice and save it again as .xlsx")
                    .arg(entry)
                    .arg(info.method);
        return std::nullopt;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("the part %1 cannot be unpacked: %2").arg(entry, describeZipError(file.getZipError()));
        return std::nullopt;
    }
    // The sizes in the archive's headers may lie, so what is spent is what actually comes out.
    QByteArray content;
    char chunk[64 * 1024];
    qint64 got = 0;
    while ((got = file.read(chunk, sizeof chunk)) > 0) {
        if (!budget.spendBytes(got, error)) {
            error = QStringLiteral("the part %1: %2").arg(entry, error);
            return std::nullopt;
        }
        content.append(chunk, got);
    }
    const int readError = file.getZipError();
    file.close();
    // A damaged deflate stream shows up while reading, a checksum mismatch only on close.
    const int zipError = readError != UNZ_OK ? readError : file.getZipError();
    if (got < 0 || zipError != UNZ_OK) {
        error = QStringLiteral("the part %1 is damaged: %2")
                    .arg(entry, describeZipError(zipError != UNZ_OK ? zipError : UNZ_BADZIPFILE));
        return std::nullopt;
    }
    return content;
}

QByteArray ZipArchive::write(const std::map<QString, QByteArray> &entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return {};
        for (const auto &[name, content] : entries) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
                return {};
            file.write(content);
            file.close();
        }
        zip.close();
    }
    return bytes;
}

} // namespace flowdesk
