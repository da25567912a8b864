#include "integritycheck.h"

#include "databasefile.h"
#include "sqlsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlError>

namespace flowdesk {

namespace {

// sqlite_schema first: every other table is found through it.
constexpr auto kTables = R"sql(
SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name = 'sqlite_schema' DESC, name)sql";
// The table-valued form of PRAGMA integrity_check, so the table name is bound. At most 100 problems per table.
constexpr auto kCheckTable = R"sql(SELECT integrity_check FROM pragma_integrity_check(?))sql";
constexpr auto kQuickCheck = R"sql(PRAGMA quick_check)sql";

QStringList tables(const QString &connection, QStringList *problems)
{
    QStringList names{QStringLiteral("sqlite_schema")};
    QSqlQuery q = sql::query(connection, true);
    QString error;
    if (!sql::prepare(q, kTables, &error) || !sql::exec(q, u"Reading the list of tables", &error)) {
        problems->append(error);
        return names;
    }
    while (q.next())
        names.append(q.value(0).toString());
    if (!sql::endOfRows(q, u"Reading the list of tables", &error))
        problems->append(error);
    return names;
}

// Runs a prepared check and adds every row that is not "ok", prefixed with `where`. Failures here are
// findings too: the check itself reading a page it cannot make sense of.
void collect(QSqlQuery &q, const QString &where, QStringList *problems)
{
    const auto add = [&](const QString &problem) {
        problems->append(where.isEmpty() ? problem : QStringLiteral("%1: %2").arg(where, problem));
    };
    if (!q.exec()) {
        add(q.lastError().databaseText());
        return;
    }
    while (q.next()) {
        const QString row = q.value(0).toString();
        if (row != u"ok")
            add(row);
    }
    if (q.lastError().isValid())
        add(q.lastError().databaseText());
}

void check(const QString &connection, const char *statement, const QString &table, QStringList *problems)
{
    QSqlQuery q = sql::query(connection, true);
    QString error;
    if (!sql::prepare(q, statement, &error)) {
        problems->append(error);
        return;
    }
    if (!table.isEmpty())
        q.addBindValue(table);
    collect(q, table, problems);
}

// Opens `path` read-only for a check, after refusing what cannot be checked; a header problem of an SQLite
// file is the first finding.
bool openForCheck(const QString &path, const QString &connection, IntegrityReport *report, QString *error)
{
    const DatabaseFile file = DatabaseFile::inspect(path);
    const QString shown = QDir::toNativeSeparators(path);
    switch (file.kind()) {
    case DatabaseFile::Kind::Missing:
        return sql::fail(error, QStringLiteral("'%1' does not exist.").arg(shown));
    case DatabaseFile::Kind::Empty:
        return sql::fail(error, QStringLiteral("'%1' is an empty file: it is not a FlowDesk database.").arg(shown));
    case DatabaseFile::Kind::Folder:
    case DatabaseFile::Kind::Special:
        return sql::fail(error, QStringLiteral("'%1' is not a regular file.").arg(shown));
    case DatabaseFile::Kind::Regular:
        break;
    }
    if (!file.isSqlite())
        return sql::fail(error, file.headerProblem());
    if (!file.headerProblem().isEmpty())
        report->problems.append(file.headerProblem());
    const bool immutable = !file.walHasContent() && (!file.fileWritable() || !file.folderWritable());
    return sql::open(connection, path, true, immutable, error);
}

// Opens the file for `checks(connection, report)`, closes it after, and times the whole.
template<typename Checks>
std::optional<IntegrityReport> timed(const QString &path, QString *error, Checks checks)
{
    QElapsedTimer timer;
    timer.start();
    IntegrityReport report;
    const QString connection = sql::uniqueConnectionName();
    if (!openForCheck(path, connection, &report, error))
        return std::nullopt;
    checks(connection, report);
    sql::close(connection);
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace

std::optional<IntegrityReport> IntegrityCheck::run(const QString &path, const Progress &progress, QString *error)
{
    return timed(path, error, [&](const QString &connection, IntegrityReport &report) {
        const QStringList names = tables(connection, &report.problems);
        report.tables = int(names.size());
        for (int i = 0; i < names.size(); ++i) {
            if (progress)
                progress(i, int(names.size()), names[i]);
            check(connection, kCheckTable, names[i], &report.problems);
        }
        if (progress)
            progress(int(names.size()), int(names.size()), QString());
    });
}

std::optional<IntegrityReport> IntegrityCheck::quick(const QString &path, QString *error)
{
    return timed(path, error, [](const QString &connection, IntegrityReport &report) {
        check(connection, kQuickCheck, QString(), &report.problems);
    });
}

} // namespace flowdesk
