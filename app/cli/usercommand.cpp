#include "command.h"

#include "clisession.h"

#include "accounts/accounts.h"
#include "store/database.h"

#include <QCommandLineParser>

namespace flowdesk::cli {

namespace {

const char *const kUsage = "Usage: flowdesk-cli user add|list|disable|enable|reset-password --db PATH --user ADMIN "
                           "[--name NAME] [--role ROLE] [--display-name TEXT]\n";

} // namespace

// Account management for administrators. On a database without accounts, `user add` makes the first
// administrator (no --user needed), as the GUI does on first start.
int user(const QStringList &args)
{
    if (args.isEmpty()) {
        err() << kUsage;
        return 2;
    }
    const QString verb = args.first();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Manages accounts (administrators only). Passwords: FLOWDESK_PASSWORD for --user, FLOWDESK_NEW_PASSWORD\n"
        "for the new or reset password, else asked on the terminal."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("The administrator acting."),
                                        QStringLiteral("ADMIN"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("The account's login name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        QStringLiteral("enumerator, reviewer, supervisor or administrator."),
                                        QStringLiteral("ROLE"), QStringLiteral("enumerator"));
    const QCommandLineOption displayOption(QStringLiteral("display-name"), QStringLiteral("Full name shown."),
                                           QStringLiteral("TEXT"));
    parser.addOptions({dbOption, userOption, nameOption, roleOption, displayOption});
    parser.process(QStringList{QStringLiteral("flowdesk-cli user ") + verb} + args.mid(1));

    const QString path = parser.value(dbOption);
    const QString name = parser.value(nameOption);
    if (path.isEmpty() || (verb != u"list" && name.isEmpty())) {
        err() << kUsage;
        return 2;
    }
    bool roleOk = false;
    const Role role = roleFromName(parser.value(roleOption), &roleOk);
    if (!roleOk) {
        err() << "flowdesk-cli user: unknown role '" << parser.value(roleOption)
              << "' (enumerator, reviewer, supervisor, administrator).\n";
        return 2;
    }
    QString error;
    auto db = Database::open(path, &error);
    if (!db) {
        err() << "flowdesk-cli user: " << error << "\n";
        return 1;
    }
    Accounts accounts(*db);
    if (verb == u"add" && accounts.needsFirstAdministrator()) {
        if (role != Role::Administrator) {
            err() << "flowdesk-cli user add: the first account of a database is its administrator (--role "
                     "administrator).\n";
            return 1;
        }
        const QString password = newPassword("user add");
        if (password.isEmpty() || !accounts.createFirstAdministrator(name, password, &error)) {
            err() << "flowdesk-cli user add: " << error << "\n";
            return 1;
        }
        out() << "Added the first administrator '" << name << "'.\n";
        return 0;
    }
    const auto session = logIn(*db, parser.value(userOption), "user");
    if (!session)
        return 1;
    bool ok = false;
    if (verb == u"add") {
        const QString password = newPassword("user add");
        ok = !password.isEmpty() &&
             accounts.add(*session, name, parser.value(displayOption), role, password, &error).has_value();
    } else if (verb == u"list") {
        const auto list = accounts.list(*session, &error);
        ok = error.isEmpty();
        for (const AccountInfo &a : list) {
            out() << a.name << "\t" << roleName(a.role) << "\t" << a.displayName << "\t"
                  << (a.disabled ? "disabled" : a.locked ? "locked" : "active") << "\n";
        }
    } else if (verb == u"disable" || verb == u"enable") {
        ok = accounts.setDisabled(*session, name, verb == u"disable", &error);
    } else if (verb == u"reset-password") {
        const QString password = newPassword("user reset-password");
        ok = !password.isEmpty() && accounts.resetPassword(*session, name, password, &error);
    } else {
        err() << kUsage;
        return 2;
    }
    if (!ok) {
        err() << "flowdesk-cli user " << verb << ": " << error << "\n";
        return 1;
    }
    if (verb != u"list")
        out() << "Done: " << verb << " " << name << ".\n";
    return 0;
}

} // namespace flowdesk::cli
