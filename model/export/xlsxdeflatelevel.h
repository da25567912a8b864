#pragma once

namespace flowdesk {

// The zlib level of the .xlsx packages that libxlsxwriter zips on this thread while one of these lives.
//
// Why: deflating the sheets in workbook_close is the largest single cost of an XLSX export (a sheet's XML is
// about five times the CSV's bytes, all of it inline strings), it runs on one core after every row is written,
// and libxlsxwriter 1.1.4 hard-codes zlib's default level (6) with no option. At level 1 the same XML deflates
// about three times as fast for files about a fifth larger. libxlsxwriter calls minizip's
// zipOpenNewFileInZip4_64 through the dynamic linker, so xlsxdeflatelevel.cpp defines that function (same
// signature, checked against <minizip/zip.h>) to pass every call on to minizip's own, with this thread's level
// in place of the default. Other zips (batches) and other threads keep their level.
class XlsxDeflateLevel
{
public:
    explicit XlsxDeflateLevel(int level);
    ~XlsxDeflateLevel();
    XlsxDeflateLevel(const XlsxDeflateLevel &) = delete;
    XlsxDeflateLevel &operator=(const XlsxDeflateLevel &) = delete;

    // The level in force on this thread; zlib's Z_DEFAULT_COMPRESSION (-1) when none is set.
    static int current();

private:
    int m_previous;
};

} // namespace flowdesk
