#include "xlsxwriterlibrary.h"

#include <dlfcn.h>

namespace flowdesk {

namespace {

template<typename Function>
bool resolve(void *library, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(dlsym(library, name));
    return function != nullptr;
}

} // namespace

const XlsxWriterLibrary *XlsxWriterLibrary::get(QString *error)
{
    static QString problem;
    static const XlsxWriterLibrary *loaded = []() -> const XlsxWriterLibrary * {
        void *library = dlopen(FLOWDESK_XLSXWRITER_LIBRARY, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (!library) {
            problem = QStringLiteral("Cannot write XLSX files: %1 (install libxlsxwriter4).")
                          .arg(QString::fromLocal8Bit(dlerror()));
            return nullptr;
        }
        auto *l = new XlsxWriterLibrary; // lives as long as the process, like the library
        if (!resolve(library, "workbook_new_opt", l->workbookNew)
            || !resolve(library, "workbook_add_worksheet", l->addWorksheet)
            || !resolve(library, "worksheet_write_string", l->writeString)
            || !resolve(library, "workbook_set_properties", l->setProperties)
            || !resolve(library, "workbook_close", l->close) || !resolve(library, "lxw_strerror", l->strerror)) {
            problem = QStringLiteral("Cannot write XLSX files: %1 lacks a function this build needs.")
                          .arg(QStringLiteral(FLOWDESK_XLSXWRITER_LIBRARY));
            delete l;
            return nullptr;
        }
        return l;
    }();
    if (!loaded && error)
        *error = problem;
    return loaded;
}

} // namespace flowdesk
