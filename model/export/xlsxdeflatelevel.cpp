#include "xlsxdeflatelevel.h"

#include <dlfcn.h>
#include <minizip/zip.h>

namespace flowdesk {

namespace {
thread_local int t_level = Z_DEFAULT_COMPRESSION;
}

XlsxDeflateLevel::XlsxDeflateLevel(int level) : m_previous(t_level)
{
    t_level = level;
}

XlsxDeflateLevel::~XlsxDeflateLevel()
{
    t_level = m_previous;
}

int XlsxDeflateLevel::current()
{
    return t_level;
}

} // namespace flowdesk

// minizip's own, found past this definition (RTLD_NEXT); see xlsxdeflatelevel.h for why this one exists.
extern "C" int zipOpenNewFileInZip4_64(zipFile file, const char *filename, const zip_fileinfo *zipfi,
                                       const void *extrafield_local, uInt size_extrafield_local,
                                       const void *extrafield_global, uInt size_extrafield_global,
                                       const char *comment, int method, int level, int raw, int windowBits,
                                       int memLevel, int strategy, const char *password, uLong crcForCrypting,
                                       uLong versionMadeBy, uLong flagBase, int zip64)
{
    using Open = decltype(&zipOpenNewFileInZip4_64);
    static const auto minizip = reinterpret_cast<Open>(dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64"));
    if (!minizip)
        return ZIP_INTERNALERROR;
    if (level == Z_DEFAULT_COMPRESSION && method == Z_DEFLATED)
        level = flowdesk::XlsxDeflateLevel::current();
    return minizip(file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global,
                   size_extrafield_global, comment, method, level, raw, windowBits, memLevel, strategy, password,
                   crcForCrypting, versionMadeBy, flagBase, zip64);
}
