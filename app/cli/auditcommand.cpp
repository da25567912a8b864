#include "command.h"

#include "store/auditlog.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace flowdesk::cli {

// `audit verify` needs no account: it only reads, and whoever holds the file can read it with sqlite3 anyway.
// What it protects against is changing history, which it reports.
int audit(const QStringList &args)
{
    if (args.isEmpty() || args.first() != u"verify") {
        err() << "Usage: flowdesk-cli audit verify --db PATH\n";
        return 2;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Recomputes the audit log's hash chain and reports the first entry that was changed, removed or\n"
        "reordered. Exit code 0: intact; 1: broken (or unreadable); 2: bad arguments."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(QStringList{QStringLiteral("flowdesk-cli audit verify")} + args.mid(1));
    const QString path = parser.value(dbOption);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        err() << "flowdesk-cli audit verify: --db PATH of an existing database is required.\n";
        return 2;
    }
    QString error;
    auto db = Database::open(path, &error);
    if (!db) {
        err() << "flowdesk-cli audit verify: " << error << "\n";
        return 1;
    }
    const AuditVerification result = AuditLog(*db).verify();
    (result.ok ? out() : err()) << result.message << "\n";
    return result.ok ? 0 : 1;
}

} // namespace flowdesk::cli
