#pragma once

#include <QString>
#include <QStringList>

namespace flowdesk {

// A worksheet name by KoBo's rules (formpack's unique_name_for_xls): []:*?/\ become '_', so does an apostrophe
// at either end; at most 31 characters, cut with "..."; made unique (case-insensitively, as Excel compares)
// with " (1)", " (2)"...
QString uniqueSheetName(const QString &name, const QStringList &taken);

} // namespace flowdesk
