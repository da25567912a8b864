// flowdesk-cli: the batch jobs of FlowDesk without the GUI.
#include "command.h"

#include "platform/localtimezone.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace flowdesk::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace flowdesk::cli

namespace {

void usage(QTextStream &stream)
{
    stream << "Usage: flowdesk-cli COMMAND [options]\n\n"
              "Commands:\n"
              "  form check FILE|DIR   check an XLSForm (.xlsx, .xls or a folder of CSV sheets); exit 1 if invalid\n"
              "  demo                  fill a database with the bundled questionnaire and generated interviews\n"
              "  validate              validate every interview in a database\n"
              "  expr                  run expression conformance cases\n"
              "  bench                 measure speed and size figures\n"
              "  check                 check a database file for damage (SQLite's integrity check)\n"
              "  backup                write a consistent copy of a database, even while it is in use\n"
              "  restore               put a backup back in place of a database (the old file is kept aside)\n"
              "  user add|list|disable|enable|reset-password   manage accounts (administrators)\n"
              "  audit verify          check the audit log's hash chain; exit 1 if it is broken\n"
              "  review list|approve|reject|reopen|comment   the reviewer's decisions, as an account\n"
              "  refresh               work out case-list rows left out of date (an older database)\n"
              "  report                the flow monitoring profile as a PDF report and CSV tables\n"
              "  export                write approved interviews as a signed batch (folder + .zip) for headquarters\n"
              "  import                check and merge a batch from another office\n"
              "  conflicts             list and decide import conflicts (keep ours / take theirs)\n"
              "  key show|list|trust|untrust|office   the office's signing key and the keys it trusts\n\n"
              "Commands that change data act as an account: --user NAME, password from FLOWDESK_PASSWORD or a prompt.\n"
              "Run 'flowdesk-cli COMMAND --help' for a command's options.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    flowdesk::pinLocalTimeZone();
    // `report` paints (fonts, QPdfWriter): a QGuiApplication on the offscreen platform, so no display is needed.
    const bool paints = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(paints ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("flowdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOWDESK_VERSION));
    using namespace flowdesk::cli;

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
        usage(args.isEmpty() ? err() : out());
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == u"--version") {
        out() << "flowdesk-cli " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    const QString command = args.takeFirst();
    int code = 2;
    if (command == u"form") {
        if (!args.isEmpty() && args.first() == u"check") {
            code = formCheck(args.mid(1));
        } else {
            err() << "Usage: flowdesk-cli form check FILE|DIR\n";
        }
    } else if (command == u"demo") {
        code = demo(args);
    } else if (command == u"validate") {
        code = validate(args);
    } else if (command == u"expr") {
        code = expr(args);
    } else if (command == u"bench") {
        code = bench(args);
    } else if (command == u"check") {
        code = check(args);
    } else if (command == u"backup") {
        code = backup(args);
    } else if (command == u"restore") {
        code = restore(args);
    } else if (command == u"user") {
        code = user(args);
    } else if (command == u"audit") {
        code = audit(args);
    } else if (command == u"review") {
        code = review(args);
    } else if (command == u"refresh") {
        code = refresh(args);
    } else if (command == u"report") {
        code = report(args);
    } else if (command == u"export") {
        code = exportBatch(args);
    } else if (command == u"import") {
        code = importBatch(args);
    } else if (command == u"conflicts") {
        code = conflicts(args);
    } else if (command == u"key") {
        code = key(args);
    } else {
        err() << "Unknown command '" << command << "'.\n\n";
        usage(err());
    }
    out().flush();
    err().flush();
    return code;
}
