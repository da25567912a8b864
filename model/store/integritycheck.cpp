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

void checkTable(const QString &connection, const QString &table, QStringList *problems)
{
    QSqlQuery q = sql::query(connection, true);
    QString error;
    if (!sql::prepare(q, kCheckTable, &error)) {
        problems->append(error);
        return;
    }
    q.addBindValue(table);
    // Failures here are findings: the check itself reading a page it cannot make sense of.
    if (!q.exec()) {
        problems->append(QStringLiteral("%1: %2").arg(table, q.lastError().databaseText()));
        return;
    }
    while (q.next()) {
        const QString row = q.value(0).toString();
        if (row != u"ok")
            problems->append(QStringLiteral("%1: %2").arg(table, row));
    }
    if (q.lastError().isValid())
        problems->append(QStringLiteral("%1: %2").arg(table, q.lastError().databaseText()));
}

} // namespace

std::optional<IntegrityReport> IntegrityCheck::run(const QString &path, const Progress &progress, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    const DatabaseFile file = DatabaseFile::inspect(path);
    const QString shown = QDir::toNativeSeparators(path);
    switch (file.kind()) {
    case DatabaseFile::Kind::Missing:
        sql::fail(error, QStringLiteral("'%1' does not exist.").arg(shown));
        return std::nullopt;
    case DatabaseFile::Kind::Empty:
        sql::fail(error, QStringLiteral("'%1' is an empty file: it is not a FlowDesk database.").arg(shown));
        return std::nullopt;
    case DatabaseFile::Kind::Folder:
    case DatabaseFile::Kind::Special:
        sql::fail(error, QStringLiteral("'%1' is not a regular file.").arg(shown));
        return std::nullopt;
    case DatabaseFile::Kind::Regular:
        break;
    }
    if (!file.isSqlite()) {
        sql::fail(error, file.headerProblem());
        return std::nullopt;
    }
    IntegrityReport report;
    if (!file.headerProblem().isEmpty())
        report.problems.append(file.headerProblem());
    const QString connection = sql::uniqueConnectionName();
    const bool immutable = !file.walHasContent() && (!file.fileWritable() || !file.folderWritable());
    if (!sql::open(connection, path, true, immutable, error))
        return std::nullopt;
    const QStringList names = tables(connection, &report.problems);
    report.tables = int(names.size());
    for (int i = 0; i < names.size(); ++i) {
        if (progress)
            progress(i, int(names.size()), names[i]);
        checkTable(connection, names[i], &report.problems);
    }
    if (progress)
        progress(int(names.size()), int(names.size()), QString());
    sql::close(connection);
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace flowdesk
