#include "command.h"

#include "clisession.h"

#include "batch/batchexporter.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace flowdesk::cli {

// A batch for headquarters: the tables in the chosen formats, interviews.jsonl, the questionnaire, a signed
// datapackage.json, as a folder and a .zip; the interviews move to exported.
int exportBatch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exports approved interviews not yet exported as a signed batch <DIR>/<batch id>/ and <batch id>.zip\n"
        "(supervisors and administrators), and marks them exported. --batch ID writes an earlier batch again\n"
        "(same interviews and options, byte-identical data files), marking nothing."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("The supervisor acting."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("csv,xlsx,dta,sav (default csv)."),
                                          QStringLiteral("LIST"), QStringLiteral("csv"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Destination folder."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption fromOption(QStringLiteral("from"), QStringLiteral("Interviews from this day."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("Interviews up to this day."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption locationOption(QStringLiteral("location"),
                                            QStringLiteral("Only this flow monitoring point (choice name)."),
                                            QStringLiteral("X"));
    const QCommandLineOption enumeratorOption(QStringLiteral("enumerator"), QStringLiteral("Only this enumerator."),
                                              QStringLiteral("LOGIN"));
    const QCommandLineOption piiOption(QStringLiteral("include-pii"),
                                       QStringLiteral("Include questions marked pii (audited, stated in the manifest)."));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QStringLiteral("kobo (default), odk or wide."),
                                           QStringLiteral("NAME"), QStringLiteral("kobo"));
    const QCommandLineOption layoutOption(
        QStringLiteral("layout"),
        QStringLiteral("long (default: one table per repeat group) or wide (repeat answers as numbered columns "
                       "q_1, q_2, ... in the main table; the same as --profile wide)."),
        QStringLiteral("LAYOUT"), QStringLiteral("long"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Write batch ID again."),
                                         QStringLiteral("ID"));
    const QCommandLineOption groupPathsOption(QStringLiteral("group-paths"),
                                              QStringLiteral("CSV/XLSX column names with their groups: grp/q."));
    const QCommandLineOption labelsOption(
        QStringLiteral("labels"),
        QStringLiteral("CSV/XLSX column names are the questions' labels in this language (a language of the "
                       "questionnaire, e.g. fr) instead of their names."),
        QStringLiteral("LANG"));
    const QCommandLineOption separatorOption(QStringLiteral("separator"),
                                             QStringLiteral("The CSV separator: comma (default), semicolon or tab."),
                                             QStringLiteral("SEP"), QStringLiteral("comma"));
    const QCommandLineOption quoteAllOption(QStringLiteral("quote-all"),
                                            QStringLiteral("Quote every CSV field (default: only where needed)."));
    const QCommandLineOption bomOption(QStringLiteral("bom"),
                                       QStringLiteral("Start each CSV with a UTF-8 byte order mark, for Excel."));
    parser.addOptions({dbOption, userOption, formatOption, outOption, fromOption, toOption, locationOption,
                       enumeratorOption, piiOption, profileOption, layoutOption, groupPathsOption, labelsOption,
                       separatorOption, quoteAllOption, bomOption, batchOption});
    parser.process(QStringList{QStringLiteral("flowdesk-cli export")} + args);

    BatchExportRequest request;
    request.formats.clear();
    for (const QString &name : parser.value(formatOption).split(u',', Qt::SkipEmptyParts)) {
        const auto format = BatchExporter::formatFromName(name.trimmed());
        if (!format) {
            err() << "flowdesk-cli export: unknown format '" << name << "' (csv, xlsx, dta, sav).\n";
            return 2;
        }
        request.formats.push_back(*format);
    }
    const auto profile = BatchExporter::profileFromName(parser.value(profileOption));
    if (!profile) {
        err() << "flowdesk-cli export: unknown profile '" << parser.value(profileOption) << "' (kobo, odk, wide).\n";
        return 2;
    }
    request.profile = *profile;
    const QString layout = parser.value(layoutOption).toLower();
    if (layout == u"wide") {
        request.profile = ExportProfile::Wide;
    } else if (layout != u"long") {
        err() << "flowdesk-cli export: unknown layout '" << parser.value(layoutOption) << "' (long, wide).\n";
        return 2;
    }
    request.from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
    request.to = QDate::fromString(parser.value(toOption), Qt::ISODate);
    if ((parser.isSet(fromOption) && !request.from.isValid()) || (parser.isSet(toOption) && !request.to.isValid())) {
        err() << "flowdesk-cli export: --from and --to take dates as YYYY-MM-DD.\n";
        return 2;
    }
    const auto separator = BatchExporter::separatorFromName(parser.value(separatorOption));
    if (!separator) {
        err() << "flowdesk-cli export: unknown separator '" << parser.value(separatorOption)
              << "' (comma, semicolon, tab).\n";
        return 2;
    }
    request.presentation.csvSeparator = *separator;
    request.presentation.csvQuoteAll = parser.isSet(quoteAllOption);
    request.presentation.csvBom = parser.isSet(bomOption);
    request.presentation.groupPaths = parser.isSet(groupPathsOption);
    request.presentation.labelLanguage = parser.value(labelsOption);
    request.location = parser.value(locationOption);
    request.enumerator = parser.value(enumeratorOption);
    request.includePii = parser.isSet(piiOption);
    request.batch = parser.value(batchOption);
    request.outDir = parser.value(outOption);
    if (parser.value(dbOption).isEmpty() || request.outDir.isEmpty()) {
        err() << "flowdesk-cli export: --db PATH, --user NAME and --out DIR are required.\n";
        return 2;
    }
    QString error;
    auto workspace = Workspace::open(parser.value(dbOption), OpenMode::ReadWrite, &error);
    if (!workspace) {
        err() << "flowdesk-cli export: " << error << "\n";
        return 1;
    }
    const auto session = logIn(workspace->database(), parser.value(userOption), "export");
    if (!session)
        return 1;
    QElapsedTimer timer;
    timer.start();
    qint64 lastShown = -1;
    const auto progress = [&](qint64 done, qint64 total, const QString &stage) {
        const qint64 percent = total > 0 ? done * 100 / total : 100;
        if (percent != lastShown || stage == u"done") {
            err() << "\r" << stage << ": " << done << " / " << total << " (" << percent << "%)   ";
            err().flush();
            lastShown = percent;
        }
        return true;
    };
    BatchExporter exporter(*workspace);
    const auto result = exporter.run(*session, request, progress, &error);
    err() << "\n";
    if (!result) {
        err() << "flowdesk-cli export: " << error << "\n";
        return 1;
    }
    out() << "Batch " << result->batchId << ": " << result->interviews << " interview(s) in "
          << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s (tables "
          << QString::number(double(result->tablesMs) / 1000.0, 'f', 1) << " s, the rest of the batch "
          << QString::number(double(result->totalMs - result->tablesMs) / 1000.0, 'f', 1) << " s)\n"
          << "  folder " << result->folder << "\n  zip    " << result->zip << "\n";
    return 0;
}

} // namespace flowdesk::cli
