#pragma once

#include "exportrows.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace flowdesk {

// Writes the rows of every table of an export in one format, as they stream. A failed call leaves `error` set;
// the caller then stops and removes the folder.
class TableWriter
{
public:
    virtual ~TableWriter() = default;
    // The time stamped inside files that carry one (XLSX, .dta, .sav): the export's own data, so the same
    // interviews give the same bytes.
    void setTimestamp(qint64 secondsSinceEpoch) { m_timestamp = secondsSinceEpoch; }
    virtual bool row(int table, const ExportRow &row, QString *error) = 0;
    // Completes the files; appends table t's file(s) (relative to the folder) to `files[t]`.
    virtual bool finish(std::vector<QStringList> &files, QString *error) = 0;

protected:
    qint64 m_timestamp = 0;
};

} // namespace flowdesk
