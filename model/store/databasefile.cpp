#include "databasefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace flowdesk {

namespace {

// The database header (https://www.sqlite.org/fileformat.html#the_database_header).
constexpr qint64 kHeaderSize = 100;
constexpr char kMagic[] = "SQLite format 3";
constexpr int kPageSizeOffset = 16;
constexpr int kChangeCounterOffset = 24;
constexpr int kPageCountOffset = 28;
constexpr int kValidForOffset = 92;

quint32 read32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

DatabaseFile DatabaseFile::inspect(const QString &path)
{
    DatabaseFile file;
    file.m_path = path;
    const QFileInfo info(path);
    file.m_folder = info.absolutePath();
    const QFileInfo folder(file.m_folder);
    file.m_folderExists = folder.isDir();
    file.m_folderWritable = folder.isDir() && folder.isWritable();
    if (!info.exists())
        return file;
    if (info.isDir()) {
        file.m_kind = Kind::Folder;
        return file;
    }
    if (!info.isFile()) { // a pipe, a device or a socket: SQLite would block or read garbage
        file.m_kind = Kind::Special;
        return file;
    }
    file.m_size = info.size();
    file.m_fileWritable = info.isWritable();
    file.m_walHasContent = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    file.m_kind = file.m_size == 0 ? Kind::Empty : Kind::Regular;
    if (file.m_kind == Kind::Regular)
        file.readHeader();
    return file;
}

void DatabaseFile::readHeader()
{
    const QString notOurs =
        QStringLiteral("'%1' is not a FlowDesk database (not an SQLite file, or its first page is damaged).")
            .arg(shown(m_path));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_headerProblem = QStringLiteral("Cannot read '%1': %2").arg(shown(m_path), file.errorString());
        return;
    }
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(QByteArray(kMagic, sizeof kMagic))) {
        m_headerProblem = notOurs;
        return;
    }
    m_sqliteMagic = true;
    const quint32 rawPageSize = qFromBigEndian<quint16>(header.constData() + kPageSizeOffset);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        m_headerProblem = damagedMessage(m_path, QStringLiteral("its header gives no valid page size"));
        return;
    }
    // A file cut short mid-page, or shorter than the page count its header records, lost pages at its end (a
    // copy to a full stick, an interrupted download). The recorded count is only valid when the "valid for"
    // counter matches the change counter. A -wal with content means another connection may be checkpointing
    // right now (page 1 is written before the file grows): SQLite's own checks then have to do.
    if (m_size % pageSize != 0) {
        m_headerProblem = damagedMessage(
            m_path, QStringLiteral("%1 bytes is not a whole number of %2-byte pages").arg(m_size).arg(pageSize));
        return;
    }
    const quint32 pages = read32(header, kPageCountOffset);
    const bool countValid = pages > 0 && read32(header, kValidForOffset) == read32(header, kChangeCounterOffset);
    if (countValid && !m_walHasContent && m_size < qint64(pages) * pageSize) {
        m_headerProblem = damagedMessage(m_path, QStringLiteral("it holds %1 of the %2 pages it should have")
                                                     .arg(m_size / pageSize)
                                                     .arg(pages));
    }
}

QString DatabaseFile::damagedMessage(const QString &path, const QString &detail)
{
    return QStringLiteral("The database file '%1' is damaged or truncated (%2). FlowDesk will not write to it. "
                          "Restore it from a backup (File > Restore from Backup..., or 'flowdesk-cli restore "
                          "--from BACKUP --db %1'), or run 'flowdesk-cli check --db %1' to see what is damaged.")
        .arg(shown(path), detail);
}

} // namespace flowdesk
