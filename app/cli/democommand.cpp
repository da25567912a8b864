#include "command.h"

#include "demo/demodatabase.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace flowdesk::cli {

int demo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Creates a demo database: the bundled Flow Monitoring Survey and generated interviews whose answers follow\n"
        "its skip logic, with a realistic mix of statuses, enumerators, dates and some keying errors.\n"
        "The same seed gives the same interviews."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file to create."), QStringLiteral("PATH"));
    const QCommandLineOption countOption(QStringLiteral("interviews"), QStringLiteral("How many interviews (default 300)."),
                                         QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption appendOption(QStringLiteral("append"),
                                          QStringLiteral("Add to an existing database instead of refusing."));
    parser.addOptions({dbOption, countOption, seedOption, appendOption});
    parser.process(QStringList{QStringLiteral("flowdesk-cli demo")} + args);

    const QString path = parser.value(dbOption);
    bool countOk = false, seedOk = false;
    const qint64 count = parser.value(countOption).toLongLong(&countOk);
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (path.isEmpty() || !countOk || count < 0 || !seedOk) {
        err() << "flowdesk-cli demo: --db PATH is required; --interviews and --seed take whole numbers.\n";
        return 2;
    }
    if (QFileInfo::exists(path) && !parser.isSet(appendOption)) {
        err() << "flowdesk-cli demo: " << path << " already exists; use --append to add to it, or choose another path.\n";
        return 1;
    }
    QString error;
    if (QFileInfo(path).size() > 0 && !checkBeforeWriting(path, QStringLiteral("flowdesk-cli demo")))
        return 1;
    qint64 lastShown = 0;
    const auto report = DemoDatabase::fill(path, count, seed, &error, [&](qint64 done) {
        if (done - lastShown >= 100000) {
            err() << "  " << done << " interviews...\n";
            err().flush();
            lastShown = done;
        }
        return true;
    });
    if (!report) {
        err() << "flowdesk-cli demo: " << error << "\n";
        return 1;
    }
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    out() << "Wrote " << report->interviews << " interviews to " << path << " in "
          << QString::number(report->seconds, 'f', 1) << " s ("
          << QString::number(report->interviews / std::max(report->seconds, 1e-9), 'f', 0) << " interviews/s, "
          << QString::number(bytes / 1048576.0, 'f', 1) << " MiB).\n";
    return 0;
}

} // namespace flowdesk::cli
