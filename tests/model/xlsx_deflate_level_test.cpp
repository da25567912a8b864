// The .xlsx sheets are deflated at zlib's fastest level (the export's largest cost otherwise), and only they:
// a batch's .zip, and zips made on other threads, keep the default level.

#include "export/xlsxdeflatelevel.h"
#include "table_export_fixture.h"

#include <QDir>

#include <minizip/unzip.h>
#include <minizip/zip.h>

#include <map>
#include <thread>

using namespace flowdesk;
using namespace flowdesk::testing;

namespace {

// The general purpose flag's bits 1-2 for deflate say the level: 0 normal, 2 maximum, 4 fast, 6 fastest (minizip
// sets 6 for level 1). Each entry is read through, so a CRC error fails too.
std::map<std::string, int> levelBits(const QString &path)
{
    std::map<std::string, int> bits;
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    EXPECT_NE(zip, nullptr) << path.toStdString();
    if (!zip)
        return bits;
    for (int rc = unzGoToFirstFile(zip); rc == UNZ_OK; rc = unzGoToNextFile(zip)) {
        unz_file_info64 info{};
        char name[512];
        EXPECT_EQ(unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0), UNZ_OK);
        EXPECT_EQ(unzOpenCurrentFile(zip), UNZ_OK) << name;
        char buffer[65536];
        while (unzReadCurrentFile(zip, buffer, sizeof buffer) > 0) {
        }
        EXPECT_EQ(unzCloseCurrentFile(zip), UNZ_OK) << name << ": CRC";
        bits[name] = int(info.flag & 6);
    }
    unzClose(zip);
    return bits;
}

// A one-entry zip written with minizip's default level, as batchzip.cpp writes a batch.
void writeZip(const QString &path)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    ASSERT_NE(zip, nullptr);
    zip_fileinfo info{};
    ASSERT_EQ(zipOpenNewFileInZip4_64(zip, "data.csv", &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                      Z_DEFAULT_COMPRESSION, 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY,
                                      nullptr, 0, 0, 0, 1),
              ZIP_OK);
    const QByteArray data = QByteArray("id,name\n").repeated(5000);
    ASSERT_EQ(zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())), ZIP_OK);
    ASSERT_EQ(zipCloseFileInZip(zip), ZIP_OK);
    ASSERT_EQ(zipClose(zip, nullptr), ZIP_OK);
}

} // namespace

TEST(XlsxDeflateLevel, TheWorkbooksSheetsAreDeflatedFastestAndReadBack)
{
    ExportDatabase data;
    QString error;
    ASSERT_TRUE(data.makeBundled(20, &error)) << error.toStdString();
    TableExportOptions options;
    options.formats = {ExportFormat::Xlsx};
    TableExportResult result;
    const QString folder = data.dir.filePath(QStringLiteral("out"));
    ASSERT_TRUE(data.exportTo(folder, options, result, &error)) << error.toStdString();
    const QStringList books = QDir(folder).entryList({QStringLiteral("*.xlsx")});
    ASSERT_EQ(books.size(), 1);
    const auto bits = levelBits(QDir(folder).filePath(books.front()));
    ASSERT_TRUE(bits.count("xl/worksheets/sheet1.xml"));
    for (const auto &[name, level] : bits)
        EXPECT_EQ(level, 6) << name;
}

TEST(XlsxDeflateLevel, OtherZipsAndOtherThreadsKeepTheDefaultLevel)
{
    QTemporaryDir dir;
    const QString before = dir.filePath(QStringLiteral("before.zip"));
    writeZip(before);
    EXPECT_EQ(levelBits(before)["data.csv"], 0);
    const XlsxDeflateLevel fast(1);
    const QString within = dir.filePath(QStringLiteral("within.zip"));
    writeZip(within);
    EXPECT_EQ(levelBits(within)["data.csv"], 6);
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere.zip"));
    std::thread other([&] { writeZip(elsewhere); });
    other.join();
    EXPECT_EQ(levelBits(elsewhere)["data.csv"], 0);
}
