#pragma once

#include <xlsxwriter.h>

#include <QString>

namespace flowdesk {

// libxlsxwriter, loaded on first use with RTLD_DEEPBIND so that its zip calls reach the minizip it was built
// with. Linked the ordinary way they would resolve to QuaZip's copies of minizip (same names, QIODevice-based
// arguments; QuaZip is loaded first), and workbook_close() crashed in QuaZip's open function. RTLD_LOCAL keeps
// that minizip out of the global scope, so QuaZip keeps its own.
struct XlsxWriterLibrary
{
    lxw_workbook *(*workbookNew)(const char *, lxw_workbook_options *) = nullptr;
    lxw_worksheet *(*addWorksheet)(lxw_workbook *, const char *) = nullptr;
    lxw_error (*writeString)(lxw_worksheet *, lxw_row_t, lxw_col_t, const char *, lxw_format *) = nullptr;
    lxw_error (*setProperties)(lxw_workbook *, lxw_doc_properties *) = nullptr;
    lxw_error (*close)(lxw_workbook *) = nullptr;
    char *(*strerror)(lxw_error) = nullptr;

    // The loaded library, or nullptr with `error` saying why.
    static const XlsxWriterLibrary *get(QString *error);
};

} // namespace flowdesk
