#include "xlsxrowlimit.h"

#include "exportlayout.h"
#include "store/exportrowcounter.h"
#include "store/questionnairestore.h"

#include <QLocale>

#include <algorithm>

#include <xlsxwriter.h>

namespace flowdesk {

bool fitsXlsxSheet(const QString &table, qint64 rows, qint64 interviews, QString *error)
{
    constexpr qint64 kMaxRows = qint64(LXW_ROW_MAX) - 1; // the header takes one
    if (rows <= kMaxRows)
        return true;
    const QLocale english(QLocale::English, QLocale::UnitedStates); // model messages are English: 1,048,575
    // Rows grow with the interviews, so about this many interviews at a time fit (rounded down to a thousand).
    const qint64 fitting = interviews * kMaxRows / rows / 1000 * 1000;
    const QString advice = fitting > 0 ? QStringLiteral("Export about %1 interviews at a time, or choose CSV, Stata or "
                                                        "SPSS, which have no such limit.")
                                             .arg(english.toString(fitting))
                                       : QStringLiteral("Choose CSV, Stata or SPSS, which have no such limit.");
    *error = QStringLiteral("An XLSX file cannot hold this export: table '%1' would have %2 rows and an Excel sheet "
                            "holds at most %3. %4")
                 .arg(table, english.toString(rows), english.toString(kMaxRows), advice);
    return false;
}

std::optional<std::vector<qint64>> countTableRows(Database &database, qint64 questionnaireId,
                                                  const ExportLayout &layout, const std::vector<qint64> &interviewIds,
                                                  QString *error)
{
    const ExportRowCounter counter(database, interviewIds);
    std::vector<StoredField> fields;
    std::vector<qint64> counts;
    for (const ExportTableLayout &table : layout.tables()) {
        std::optional<qint64> rows;
        switch (table.kind) {
        case TableKind::Data:
            if (table.repeat < 0) {
                rows = qint64(interviewIds.size());
                break;
            }
            if (fields.empty())
                fields = QuestionnaireStore(database).fields(questionnaireId, error);
            for (const StoredField &field : fields) {
                if (field.itemIndex == table.repeat)
                    rows = counter.repeatInstances(field.id, error);
            }
            if (!rows && error->isEmpty())
                *error = QStringLiteral("The repeat '%1' has no stored field.").arg(table.name);
            break;
        case TableKind::AcceptedWarnings:
            rows = counter.acceptedWarnings(error);
            break;
        case TableKind::Comments:
            rows = counter.comments(error);
            break;
        case TableKind::StatusHistory:
            rows = counter.statusChanges(error);
            break;
        }
        if (!rows)
            return std::nullopt;
        counts.push_back(*rows);
    }
    return counts;
}

bool checkXlsxRowLimit(Database &database, qint64 questionnaireId, const ExportLayout &layout,
                       const std::vector<qint64> &interviewIds, QString *error)
{
    const auto counts = countTableRows(database, questionnaireId, layout, interviewIds, error);
    if (!counts)
        return false;
    // The largest table decides: it names the limit, and how many interviews at a time fit every sheet.
    const auto largest = std::max_element(counts->begin(), counts->end());
    if (largest == counts->end())
        return true;
    return fitsXlsxSheet(layout.tables()[size_t(largest - counts->begin())].name, *largest,
                         qint64(interviewIds.size()), error);
}

} // namespace flowdesk
