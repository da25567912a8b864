#include "ziparchive.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace flowdesk {

namespace {
// A form workbook is kilobytes; anything past this is a damaged or hostile archive, not a questionnaire.
constexpr quint64 maxEntrySize = quint64(256) * 1024 * 1024;
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
        error = QStringLiteral("it is not a zip archive (an .xlsx file is one), or the archive is damaged");
        m_zip.reset();
        return false;
    }
    return true;
}

bool ZipArchive::contains(const QString &entry) const
{
    return m_zip && m_zip->setCurrentFile(entry, QuaZip::csInsensitive);
}

std::optional<QByteArray> ZipArchive::read(const QString &entry, QString &error)
{
    if (!contains(entry)) {
        error = QStringLiteral("the part %1 is missing").arg(entry);
        return std::nullopt;
    }
    QuaZipFileInfo64 info;
    if (m_zip->getCurrentFileInfo(&info) && info.uncompressedSize > maxEntrySize) {
        error = QStringLiteral("the part %1 is implausibly large (%2 MB)")
                    .arg(entry)
                    .arg(info.uncompressedSize >> 20);
        return std::nullopt;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("the part %1 cannot be unpacked (zip error %2)")
                    .arg(entry)
                    .arg(file.getZipError());
        return std::nullopt;
    }
    QByteArray content = file.readAll();
    const int readError = file.getZipError();
    file.close();
    // A damaged deflate stream shows up while reading, a checksum mismatch only on close.
    const int zipError = readError != UNZ_OK ? readError : file.getZipError();
    if (zipError != UNZ_OK) {
        error = QStringLiteral("the part %1 is damaged (%2)")
                    .arg(entry, zipError == UNZ_CRCERROR ? QStringLiteral("its checksum does not match")
                                                         : QStringLiteral("zip error %1").arg(zipError));
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
