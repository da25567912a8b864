#include "batchzip.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

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
    const QDateTime stamp(QDate(2000, 1, 1), QTime(0, 0));
    bool ok = true;
    {
        QuaZip zip(partial);
        zip.setZip64Enabled(true);
        if (!zip.open(QuaZip::mdCreate))
            return fail(error, QStringLiteral("Cannot create %1.").arg(QDir::toNativeSeparators(partial)));
        for (const QString &relative : files) {
            QFile in(root.filePath(relative));
            if (!in.open(QIODevice::ReadOnly)) {
                ok = fail(error, QStringLiteral("Cannot read %1.").arg(QDir::toNativeSeparators(in.fileName())));
                break;
            }
            QuaZipNewInfo info(prefix + relative);
            info.dateTime = stamp;
            QuaZipFile out(&zip);
            if (!out.open(QIODevice::WriteOnly, info)) {
                ok = fail(error, QStringLiteral("Cannot add %1 to the zip.").arg(relative));
                break;
            }
            char chunk[256 * 1024];
            qint64 got = 0;
            while (ok && (got = in.read(chunk, sizeof chunk)) > 0) {
                if (out.write(chunk, got) != got)
                    ok = fail(error, QStringLiteral("Cannot write %1 (disk full?).").arg(partial));
            }
            out.close();
            if (got < 0 || out.getZipError() != ZIP_OK)
                ok = fail(error, QStringLiteral("Cannot write %1 into the zip.").arg(relative));
            if (!ok)
                break;
        }
        zip.close();
        if (ok && zip.getZipError() != ZIP_OK)
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
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return fail(error, looksLikeZip ? QStringLiteral("%1 is damaged or was cut short (the zip's table of contents "
                                                         "at its end is missing): copy it again.")
                                              .arg(QDir::toNativeSeparators(zipPath))
                                        : QStringLiteral("%1 is not a zip file.").arg(QDir::toNativeSeparators(zipPath)));
    const QDir root(into);
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return fail(error, QStringLiteral("%1 is damaged: an entry cannot be read.").arg(zipPath));
        if (!safeEntry(info.name))
            return fail(error, QStringLiteral("%1 holds an entry '%2' outside the batch folder: refused.")
                                   .arg(zipPath, info.name));
        if (info.isEncrypted())
            return fail(error, QStringLiteral("%1: entry %2 is encrypted.").arg(zipPath, info.name));
        if (info.name.endsWith(u'/')) {
            root.mkpath(info.name);
            continue;
        }
        const QString target = root.filePath(info.name);
        root.mkpath(QFileInfo(target).path());
        QFile out(target);
        QuaZipFile in(&zip);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return fail(error, QStringLiteral("%1: cannot unpack %2.").arg(zipPath, info.name));
        char chunk[256 * 1024];
        qint64 got = 0;
        while ((got = in.read(chunk, sizeof chunk)) > 0) {
            if (out.write(chunk, got) != got)
                return fail(error, QStringLiteral("Cannot write %1 (disk full?).").arg(target));
        }
        const int readError = in.getZipError();
        in.close();
        if (got < 0 || readError != UNZ_OK || in.getZipError() != UNZ_OK)
            return fail(error, QStringLiteral("%1: entry %2 is damaged (its checksum does not match).")
                                   .arg(zipPath, info.name));
    }
    if (zip.getZipError() != UNZ_OK && zip.getZipError() != UNZ_END_OF_LIST_OF_FILE)
        return fail(error, QStringLiteral("%1 is damaged.").arg(zipPath));
    return true;
}

} // namespace flowdesk::batchzip
