#include "ziparchive.h"

#include "workbookbudget.h"

// zlib's minizip, not QuaZip: libxlsxwriter links the system minizip, and QuaZip exports functions of the same
// names with other arguments (zipOpen3 takes a QIODevice), so a process holding both called the wrong one and
// crashed writing an .xlsx. One minizip in the process for reading and writing.
#include <minizip/unzip.h>
#include <minizip/zip.h>

#include <cstring>

namespace flowdesk {

namespace {

constexpr int storedMethod = 0;
constexpr int deflateMethod = 8;
constexpr int caseInsensitive = 2; // minizip's iCaseSensitivity

using Stream = ZipArchive::Stream;

// minizip's I/O callbacks on a QByteArray: `opaque` is the Stream.
voidpf ZCALLBACK openStream(voidpf opaque, const void *, int)
{
    static_cast<Stream *>(opaque)->position = 0;
    return opaque;
}

uLong ZCALLBACK readStream(voidpf, voidpf stream, void *buffer, uLong size)
{
    auto *s = static_cast<Stream *>(stream);
    const qint64 available = s->bytes->size() - s->position;
    const qint64 n = std::max<qint64>(0, std::min<qint64>(available, static_cast<qint64>(size)));
    if (n > 0)
        std::memcpy(buffer, s->bytes->constData() + s->position, static_cast<size_t>(n));
    s->position += n;
    return static_cast<uLong>(n);
}

uLong ZCALLBACK writeStream(voidpf, voidpf stream, const void *buffer, uLong size)
{
    auto *s = static_cast<Stream *>(stream);
    const qint64 end = s->position + static_cast<qint64>(size);
    if (end > s->bytes->size())
        s->bytes->resize(end);
    std::memcpy(s->bytes->data() + s->position, buffer, size);
    s->position = end;
    return size;
}

ZPOS64_T ZCALLBACK tellStream(voidpf, voidpf stream)
{
    return static_cast<ZPOS64_T>(static_cast<Stream *>(stream)->position);
}

long ZCALLBACK seekStream(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *s = static_cast<Stream *>(stream);
    qint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        base = 0;
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        base = s->position;
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        base = s->bytes->size();
        break;
    default:
        return -1;
    }
    const qint64 target = base + static_cast<qint64>(offset);
    if (target < 0 || target > s->bytes->size())
        return -1;
    s->position = target;
    return 0;
}

int ZCALLBACK closeStream(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK streamError(voidpf, voidpf)
{
    return 0;
}

zlib_filefunc64_def memoryFunctions(Stream *stream)
{
    zlib_filefunc64_def functions{};
    functions.zopen64_file = openStream;
    functions.zread_file = readStream;
    functions.zwrite_file = writeStream;
    functions.ztell64_file = tellStream;
    functions.zseek64_file = seekStream;
    functions.zclose_file = closeStream;
    functions.zerror_file = streamError;
    functions.opaque = stream;
    return functions;
}

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
    m_stream.bytes = &m_bytes;
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        unzClose(static_cast<unzFile>(m_zip));
}

bool ZipArchive::open(QString &error)
{
    zlib_filefunc64_def functions = memoryFunctions(&m_stream);
    m_zip = unzOpen2_64("memory", &functions);
    if (!m_zip) {
        // A zip begins with a local file header and ends with its table of contents: with the first and without
        // the second, the file was cut short.
        error = m_bytes.startsWith("PK\x03\x04")
                    ? QStringLiteral("the file is damaged or was cut short (the zip archive's table of contents at "
                                     "its end is missing); copy or download it again")
                    : QStringLiteral("it is not a zip archive (an .xlsx file is one), or the archive is damaged");
        return false;
    }
    return true;
}

bool ZipArchive::contains(const QString &entry) const
{
    return m_zip && unzLocateFile(static_cast<unzFile>(m_zip), entry.toUtf8().constData(), caseInsensitive) == UNZ_OK;
}

std::optional<QByteArray> ZipArchive::read(const QString &entry, QString &error, WorkbookBudget &budget)
{
    if (!contains(entry)) {
        error = QStringLiteral("the part %1 is missing").arg(entry);
        return std::nullopt;
    }
    auto *zip = static_cast<unzFile>(m_zip);
    unz_file_info64 info{};
    const int infoError = unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0);
    if (infoError != UNZ_OK) {
        error = QStringLiteral("the part %1 cannot be read: %2").arg(entry, describeZipError(infoError));
        return std::nullopt;
    }
    if (info.flag & 1u) {
        error = QStringLiteral("the part %1 is encrypted; remove the password (in Excel: File, Info, Protect "
                               "Workbook) and save again")
                    .arg(entry);
        return std::nullopt;
    }
    const int method = static_cast<int>(info.compression_method);
    if (method != storedMethod && method != deflateMethod) {
        error = QStringLiteral("the part %1 is packed with a compression method FlowDesk cannot unpack (method %2); "
                               "open the file in Excel or LibreOffice and save it again as .xlsx")
                    .arg(entry)
                    .arg(method);
        return std::nullopt;
    }
    const int openError = unzOpenCurrentFile(zip);
    if (openError != UNZ_OK) {
        error = QStringLiteral("the part %1 cannot be unpacked: %2").arg(entry, describeZipError(openError));
        return std::nullopt;
    }
    // The sizes in the archive's headers may lie, so what is spent is what actually comes out.
    QByteArray content;
    char chunk[64 * 1024];
    int got = 0;
    while ((got = unzReadCurrentFile(zip, chunk, sizeof chunk)) > 0) {
        if (!budget.spendBytes(got, error)) {
            unzCloseCurrentFile(zip);
            error = QStringLiteral("the part %1: %2").arg(entry, error);
            return std::nullopt;
        }
        content.append(chunk, got);
    }
    // A damaged deflate stream shows up while reading, a checksum mismatch only on close.
    const int closeError = unzCloseCurrentFile(zip);
    const int zipError = got < 0 ? got : closeError;
    if (zipError != UNZ_OK) {
        error = QStringLiteral("the part %1 is damaged: %2").arg(entry, describeZipError(zipError));
        return std::nullopt;
    }
    return content;
}

QByteArray ZipArchive::write(const std::map<QString, QByteArray> &entries)
{
    QByteArray bytes;
    Stream stream{&bytes, 0};
    zlib_filefunc64_def functions = memoryFunctions(&stream);
    zipFile zip = zipOpen2_64("memory", APPEND_STATUS_CREATE, nullptr, &functions);
    if (!zip)
        return {};
    bool ok = true;
    for (const auto &[name, content] : entries) {
        zip_fileinfo info{}; // no dates: the same entries give the same bytes
        ok = zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                   Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0) == ZIP_OK
             && zipWriteInFileInZip(zip, content.constData(), static_cast<unsigned>(content.size())) == ZIP_OK
             && zipCloseFileInZip(zip) == ZIP_OK;
        if (!ok)
            break;
    }
    if (zipClose(zip, nullptr) != ZIP_OK || !ok)
        return {};
    return bytes;
}

} // namespace flowdesk
