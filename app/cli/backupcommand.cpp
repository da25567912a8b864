#include "command.h"

#include "store/backup.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

namespace flowdesk::cli {

int backup(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a consistent copy of a database, also while FlowDesk has it open, named with the time\n"
        "(<name>-<yyyyMMdd-HHmmss-zzz>.flowdesk, UTC). A damaged database is refused, so it never replaces a good\n"
        "backup. The database is only read."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QStringLiteral("Backup folder (default: <database>.backups beside it)."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Then delete all but the newest N backups (those made "
                                                       "before upgrades are kept)."),
                                        QStringLiteral("N"));
    parser.addOptions({dbOption, toOption, keepOption});
    parser.process(QStringList{QStringLiteral("flowdesk-cli backup")} + args);
    const QString path = parser.value(dbOption);
    bool keepOk = true;
    const int keep = parser.isSet(keepOption) ? parser.value(keepOption).toInt(&keepOk) : 0;
    if (path.isEmpty() || !keepOk || keep < 0) {
        err() << "flowdesk-cli backup: --db PATH is required; --keep takes a whole number.\n";
        return 2;
    }
    const QString folder = parser.isSet(toOption) ? parser.value(toOption) : Backup::defaultFolder(path);
    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::optional<QString> written = Backup::write(path, folder, &error);
    if (!written) {
        err() << "flowdesk-cli backup: " << error << "\n";
        return 1;
    }
    out() << "Backed up " << path << " to " << *written << " ("
          << QString::number(double(QFileInfo(*written).size()) / 1048576.0, 'f', 1) << " MiB in "
          << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s).\n";
    if (parser.isSet(keepOption)) {
        const int removed = Backup::prune(path, folder, keep);
        if (removed > 0)
            out() << "Deleted " << removed << " older backup(s), keeping the newest " << keep << ".\n";
    }
    return 0;
}

} // namespace flowdesk::cli
