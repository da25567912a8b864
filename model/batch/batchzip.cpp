#include "batchzip.h"

#include <minizip/unzip.h>
#include <minizip/zip.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace flowdesk::batchzip {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool safeEntry(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\') || name.contains(u':'))
        return false;
    for (const QString &part : name.split(u'/')) {
        if (part == u"..")
            return false;
    }
    return true;
}

// Every entry of the open `zip` into `root`, each checked (path, encryption, checksum) before the next.
bool extractEntries(unzFile zip, const QString &zipPath, const QDir &root, QString *error)
{
    int status = unzGoToFirstFile(zip);
    for (; status == UNZ_OK; status = unzGoToNextFile(zip)) {
        unz_file_info64 info{};
        char rawName[4096];
        if (unzGetCurrentFileInfo64(zip, &info, rawName, sizeof rawName, nullptr, 0, nullptr, 0) != UNZ_OK
            || info.size_filename >= sizeof rawName)
            return fail(error, QStringLiteral("%1 is damaged: an entry cannot be read.").arg(zipPath));
        const QString name = QString::fromUtf8(rawName, static_cast<qsizetype>(info.size_filename));
        if (!safeEntry(name))
            return fail(error, QStringLiteral("%1 holds an entry '%2' outside the batch folder: refused.").arg(zipPath, name));
        if (info.flag & 1u)
            return fail(error, QStringLiteral("%1: entry %2 is encrypted.").arg(zipPath, name));
        if (name.endsWith(u'/')) {
            root.mkpath(name);
            continue;
        }
        const QString target = root.filePath(name);
        root.mkpath(QFileInfo(target).path());
        QFile out(target);
        if (unzOpenCurrentFile(zip) != UNZ_OK)
            return fail(error, QStringLiteral("%1: cannot unpack %2.").arg(zipPath, name));
        if (!out.open(QIODevice::WriteOnly)) {
            unzCloseCurrentFile(zip);
            return fail(error, QStringLiteral("%1: cannot unpack %2.").arg(zipPath, name));
        }
        char chunk[256 * 1024];
        int got = 0;
        while ((got = unzReadCurrentFile(zip, chunk, sizeof chunk)) > 0) {
            if (out.write(chunk, got) != got) {
                unzCloseCurrentFile(zip);
                return fail(error, QStringLiteral("Cannot write %1 (disk full?).").arg(target));
            }
        }
        // A damaged deflate stream shows while reading, a checksum mismatch only on close.
        const int closed = unzCloseCurrentFile(zip);
        if (got < 0 || closed != UNZ_OK)
            return fail(error, QStringLiteral("%1: entry %2 is damaged (its checksum does not match).").arg(zipPath, name));
    }
    if (status != UNZ_END_OF_LIST_OF_FILE)
        return fail(error, QStringLiteral("%1 is damaged.").arg(zipPath));
    return true;
}

} // namespace

bool write(const QString &folder, const QString &zipPath, QString *error)
{
    const QDir root(folder);
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << root.relativeFilePath(it.next());
    std::sort(files.begin(), files.end());
    const QString partial = zipPath + QStringLiteral(".partial");
    QFile::remove(partial);
    const QString prefix = QFileInfo(folder).fileName() + u'/';
    // A fixed stamp: the zip's bytes depend on the files alone.
    zip_fileinfo info{};
    info.tmz_date.tm_year = 2000;
    info.tmz_date.tm_mday = 1;
    constexpr uLong utf8Names = 1u << 11; // general purpose flag: the entry names are UTF-8
    bool ok = true;
    {
        zipFile zip = zipOpen64(QFile::encodeName(partial).constData(), APPEND_STATUS_CREATE);
        if (!zip)
            return fail(error, QStringLiteral("Cannot create %1.").arg(QDir::toNativeSeparators(partial)));
        for (const QString &relative : files) {
            QFile in(root.filePath(relative));
            if (!in.open(QIODevice::ReadOnly)) {
                ok = fail(error, QStringLiteral("Cannot read %1.").arg(QDir::toNativeSeparators(in.fileName())));
                break;
            }
            const int zip64 = in.size() >= 0xffffffffLL ? 1 : 0;
            if (zipOpenNewFileInZip4_64(zip, (prefix + relative).toUtf8().constData(), &info, nullptr, 0, nullptr,
                                        0, nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0, -MAX_WBITS, DEF_MEM_LEVEL,
                                        Z_DEFAULT_STRATEGY, nullptr, 0, 0, utf8Names, zip64)
                != ZIP_OK) {
                ok = fail(error, QStringLiteral("Cannot add %1 to the zip.").arg(relative));
                break;
            }
            char chunk[256 * 1024];
            qint64 got = 0;
            while (ok && (got = in.read(chunk, sizeof chunk)) > 0) {
                if (zipWriteInFileInZip(zip, chunk, static_cast<unsigned>(got)) != ZIP_OK)
                    ok = fail(error, QStringLiteral("Cannot write %1 (disk full?).").arg(partial));
            }
            if (zipCloseFileInZip(zip) != ZIP_OK || got < 0)
                ok = fail(error, QStringLiteral("Cannot write %1 into the zip.").arg(relative));
            if (!ok)
                break;
        }
        if (zipClose(zip, nullptr) != ZIP_OK && ok)
            ok = fail(error, QStringLiteral("Cannot finish %1 (disk full?).").arg(partial));
    }
    if (ok && !QFile::rename(partial, zipPath))
        ok = fail(error, QStringLiteral("Cannot rename %1 to %2.").arg(partial, zipPath));
    if (!ok)
        QFile::remove(partial);
    return ok;
}

bool extract(const QString &zipPath, const QString &into, QString *error)
{
    QFile probe(zipPath);
    if (!probe.open(QIODevice::ReadOnly))
        return fail(error, QStringLiteral("Cannot read %1: %2").arg(QDir::toNativeSeparators(zipPath), probe.errorString()));
    const bool looksLikeZip = probe.read(4) == QByteArrayLiteral("PK\x03\x04");
    probe.close();
    unzFile zip = unzOpen64(QFile::encodeName(zipPath).constData());
    if (!zip)
        return fail(error, looksLikeZip ? QStringLiteral("%1 is damaged or was cut short (the zip's table of contents "
                                                         "at its end is missing): copy it again.")
                                              .arg(QDir::toNativeSeparators(zipPath))
                                        : QStringLiteral("%1 is not a zip file.").arg(QDir::toNativeSeparators(zipPath)));
    const bool ok = extractEntries(zip, zipPath, QDir(into), error);
    unzClose(zip);
    return ok;
}

} // namespace flowdesk::batchzip
