#include "command.h"

#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

namespace flowdesk::cli {

// Works out the case-list rows still marked stale: a database migrated from before the case list, or interviews
// written by another tool. Derived data only (no account needed, as in the GUI, which does the same at open).
// Each batch commits, so an interrupted run resumes where it stopped.
int refresh(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Works out the case list's label, columns, error and warning counts and duration for interviews whose\n"
        "row is out of date (a database from before the case list, or written by another tool). Interrupting it\n"
        "loses nothing: the next run continues. Exit code 0: up to date; 1: failed; 2: bad arguments."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(QStringList{QStringLiteral("flowdesk-cli refresh")} + args);
    const QString path = parser.value(dbOption);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        err() << "flowdesk-cli refresh: --db PATH of an existing database is required.\n";
        return 2;
    }
    QString error;
    auto workspace = Workspace::open(path, OpenMode::ReadWrite, &error);
    if (!workspace) {
        err() << "flowdesk-cli refresh: " << error << "\n";
        return 1;
    }
    if (!workspace->database().readOnlyReason().isEmpty()) {
        err() << "flowdesk-cli refresh: " << workspace->database().readOnlyReason() << "\n";
        return 1;
    }
    InterviewWorkflow *workflow = workspace->workflow();
    const qint64 stale = workflow ? workflow->staleCaseListRows() : 0;
    if (stale == 0) {
        out() << "The case list is up to date.\n";
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 lastShown = 0;
    const qint64 done = workflow->refreshCaseList(
        [&](qint64 n, qint64 total) {
            if (n - lastShown >= 10000 || n == total) {
                err() << "  " << n << " of " << total << " rows...\n";
                err().flush();
                lastShown = n;
            }
            return true;
        },
        &error);
    if (done < 0) {
        err() << "flowdesk-cli refresh: " << error << "\n";
        return 1;
    }
    out() << "Refreshed " << done << " case-list rows in " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1)
          << " s.\n";
    return 0;
}

} // namespace flowdesk::cli
