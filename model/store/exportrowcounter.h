#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace flowdesk {

class Database;

// The rows an export's tables will get, counted from the store before anything is written: the instances of a
// repeat and the workflow records of the chosen interviews. A sheet format with a row limit (an Excel sheet holds
// 1,048,575) can then refuse at once rather than after minutes of writing. Counts through the indexes when the
// interviews are one run of ids, else by one pass over the candidate rows' ids (a second or two at a million).
class ExportRowCounter
{
public:
    // `interviewIds` ascending, as the exporter takes them.
    ExportRowCounter(Database &database, const std::vector<qint64> &interviewIds);

    // The instances of the repeat whose field is `repeatFieldId`: every stored instance has a row of its own.
    std::optional<qint64> repeatInstances(qint64 repeatFieldId, QString *error) const;
    // Status changes, leaving out the batches' own "exported" (the export writes those as a column instead).
    std::optional<qint64> statusChanges(QString *error) const;
    std::optional<qint64> comments(QString *error) const;
    std::optional<qint64> acceptedWarnings(QString *error) const;

private:
    // `statement` selects interview_id with ?1 a parameter of the table's own, ?2..?3 the id range; `countStatement`
    // is the same as a COUNT(*).
    std::optional<qint64> count(const char *statement, const char *countStatement, const QVariant &parameter,
                                QString *error) const;

    Database &m_database;
    const std::vector<qint64> &m_ids;
};

} // namespace flowdesk
