#include "command.h"

#include "store/restore.h"

#include <QCommandLineParser>

namespace flowdesk::cli {

int restore(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Puts a backup back in place of a database, after checking it (SQLite's quick_check, a FlowDesk\n"
        "database, not newer than this FlowDesk). The file it replaces is renamed to <database>.replaced-<time>,\n"
        "never deleted. Close FlowDesk on this database first."));
    parser.addHelpOption();
    const QCommandLineOption fromOption(QStringLiteral("from"), QStringLiteral("Backup file."), QStringLiteral("BACKUP"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file to replace."),
                                      QStringLiteral("PATH"));
    parser.addOptions({fromOption, dbOption});
    parser.process(QStringList{QStringLiteral("flowdesk-cli restore")} + args);
    const QString from = parser.value(fromOption);
    const QString path = parser.value(dbOption);
    if (from.isEmpty() || path.isEmpty()) {
        err() << "flowdesk-cli restore: --from BACKUP and --db PATH are required.\n";
        return 2;
    }
    QString aside;
    QString error;
    if (!Restore::run(from, path, &aside, &error)) {
        err() << "flowdesk-cli restore: " << error << " Nothing was changed.\n";
        return 1;
    }
    out() << "Restored " << path << " from " << from << ".\n";
    if (!aside.isEmpty())
        out() << "The file it replaced is kept as " << aside << ".\n";
    return 0;
}

} // namespace flowdesk::cli
