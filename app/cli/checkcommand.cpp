#include "command.h"

#include "store/databasefile.h"
#include "store/integritycheck.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

namespace flowdesk::cli {

namespace {

// Runs the check (with one progress line per table on stderr), or the quick check; nullopt (message printed)
// when it cannot run.
std::optional<IntegrityReport> runCheck(const QString &path, const QString &who, bool quick)
{
    QElapsedTimer timer;
    timer.start();
    const double megabytes = double(QFileInfo(path).size()) / 1048576.0;
    err() << "Checking " << path << " (" << QString::number(megabytes, 'f', 0) << " MiB)...\n";
    QString error;
    auto report = quick ? IntegrityCheck::quick(path, &error) : IntegrityCheck::run(
        path,
        [&](int done, int total, const QString &table) {
            if (table.isEmpty())
                return;
            err() << "  [" << done + 1 << "/" << total << "] " << table << " (at "
                  << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s)\n";
            err().flush();
        },
        &error);
    if (!report)
        err() << who << ": " << error << "\n";
    return report;
}

void printProblems(const IntegrityReport &report, int limit)
{
    for (int i = 0; i < report.problems.size() && i < limit; ++i)
        out() << "  " << report.problems[i] << "\n";
    if (report.problems.size() > limit)
        out() << "  ... and " << report.problems.size() - limit << " more\n";
}

} // namespace

bool checkBeforeWriting(const QString &path, const QString &who)
{
    const std::optional<IntegrityReport> report = runCheck(path, who, true);
    if (!report)
        return false;
    if (report->ok())
        return true;
    err() << who << ": " << DatabaseFile::damagedMessage(path, report->problems.first()) << "\n";
    return false;
}

int check(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs SQLite's integrity check on a database, table by table with progress, reading the file without\n"
        "writing to it. Exit code 0 when the file is whole, 1 when it is damaged (the problems are listed) or\n"
        "is not a database. --quick checks every page's structure but not that indexes match their tables\n"
        "(finds zeroed and missing pages, about 20 times faster)."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QStringLiteral("How many problems to list (default 50)."),
                                         QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("SQLite's quick_check instead."));
    parser.addOptions({dbOption, limitOption, quickOption});
    parser.process(QStringList{QStringLiteral("flowdesk-cli check")} + args);
    const QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        err() << "flowdesk-cli check: --db PATH is required.\n";
        return 2;
    }
    const std::optional<IntegrityReport> report =
        runCheck(path, QStringLiteral("flowdesk-cli check"), parser.isSet(quickOption));
    if (!report)
        return 1;
    const QString seconds = QString::number(report->seconds, 'f', 1);
    if (report->ok()) {
        out() << path << ": ok (" << (parser.isSet(quickOption) ? QStringLiteral("quick check")
                                                                : QStringLiteral("%1 tables checked").arg(report->tables))
              << " in " << seconds << " s).\n";
        return 0;
    }
    out() << path << ": DAMAGED, " << report->problems.size() << " problem(s) found in " << seconds
          << " s. Restore it from a backup ('flowdesk-cli restore --from BACKUP --db " << path
          << "'), and do not write to it.\n";
    printProblems(*report, parser.value(limitOption).toInt());
    return 1;
}

} // namespace flowdesk::cli
