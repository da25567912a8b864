#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace flowdesk {

class Database;
class ExportLayout;

// Excel's sheet holds 1,048,575 rows under the header. Before an XLSX export writes anything, the rows each of
// its tables would get are counted from the store (ExportRowCounter); a table that would not fit refuses the
// export at once, naming the table, its rows, and how many interviews would fit, rather than after minutes of
// writing. False with `error` set when a table does not fit or the count failed.
bool checkXlsxRowLimit(Database &database, qint64 questionnaireId, const ExportLayout &layout,
                       const std::vector<qint64> &interviewIds, QString *error);

// The rows each table of `layout` would get for these interviews, in table order, counted from the store.
std::optional<std::vector<qint64>> countTableRows(Database &database, qint64 questionnaireId,
                                                  const ExportLayout &layout, const std::vector<qint64> &interviewIds,
                                                  QString *error);

// The rule alone, for a table of `rows` rows in an export of `interviews` interviews.
bool fitsXlsxSheet(const QString &table, qint64 rows, qint64 interviews, QString *error);

} // namespace flowdesk
