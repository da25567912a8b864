#pragma once

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>

namespace flowdesk {

class WorkbookBudget;

// A zip archive held in memory (an .xlsx package is one). Keeps a copy of the bytes for as long as it lives.
// Not thread-safe: one reader per thread.
class ZipArchive
{
public:
    explicit ZipArchive(const QByteArray &bytes);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // False when the bytes are not a readable zip; `error` then says why in words a user can act on.
    bool open(QString &error);
    // Entry names in zips written by different tools vary in case, so lookups ignore it.
    bool contains(const QString &entry) const;
    // The uncompressed entry, or nullopt with `error` set in words a user can act on (missing, damaged,
    // encrypted, packed in a way we cannot unpack, or over what `budget` has left: its bytes are spent from it).
    std::optional<QByteArray> read(const QString &entry, QString &error, WorkbookBudget &budget);

    // Builds a zip from entry name -> content. Used to write .xlsx packages (and test fixtures).
    static QByteArray write(const std::map<QString, QByteArray> &entries);

    // In-memory stream behind minizip's I/O callbacks (ziparchive.cpp).
    struct Stream
    {
        QByteArray *bytes = nullptr;
        qint64 position = 0;
    };

private:
    QByteArray m_bytes;
    Stream m_stream;
    void *m_zip = nullptr; // minizip's unzFile
};

} // namespace flowdesk
