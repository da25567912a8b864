#pragma once

#include <QStringList>

#include <functional>
#include <optional>

namespace flowdesk {

struct IntegrityReport
{
    QStringList problems; // empty when the file is whole
    int tables = 0;
    double seconds = 0;
    bool ok() const { return problems.isEmpty(); }
};

// SQLite's integrity check of a database file, table by table (each table with its indexes), so a long check
// can report progress. Opens the file read-only and writes nothing. Unlike Database::open it does not stop at
// a truncated file's header: it lists what SQLite finds.
// Not checked, because only the whole-file check does it: pages no table uses (lost space, not lost rows).
class IntegrityCheck
{
public:
    // Called before each table: tables done so far, how many there are, the one starting.
    using Progress = std::function<void(int done, int total, const QString &table)>;

    // nullopt with `error` when the path cannot be checked at all (missing, empty, not a file, not SQLite).
    static std::optional<IntegrityReport> run(const QString &path, const Progress &progress, QString *error);

    // PRAGMA quick_check over the whole file: every page's structure, not whether indexes match their tables.
    // Finds zeroed and missing pages at a twentieth of the time (see DESIGN.md): for checking a fresh backup
    // copy and before bulk writes.
    static std::optional<IntegrityReport> quick(const QString &path, QString *error);
};

} // namespace flowdesk
