#include "clisession.h"

#include "command.h"

#include "accounts/accounts.h"

#include <termios.h>
#include <unistd.h>

#include <cstdio>

namespace flowdesk::cli {

namespace {

QString prompt(const QString &question)
{
    err() << question;
    err().flush();
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char buffer[512];
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err() << "\n";
    }
    QString answer = read ? QString::fromLocal8Bit(buffer) : QString();
    while (answer.endsWith(u'\n') || answer.endsWith(u'\r'))
        answer.chop(1);
    return answer;
}

} // namespace

std::optional<Session> logIn(Database &database, const QString &user, const char *command)
{
    if (user.isEmpty()) {
        err() << "flowdesk-cli " << command << ": --user NAME is required (this command acts as an account).\n";
        return std::nullopt;
    }
    QString password = qEnvironmentVariable("FLOWDESK_PASSWORD");
    if (password.isEmpty())
        password = prompt(QStringLiteral("Password for %1: ").arg(user));
    QString error;
    auto session = Accounts(database).login(user, password, &error);
    if (!session)
        err() << "flowdesk-cli " << command << ": " << error << "\n";
    return session;
}

QString newPassword(const char *command)
{
    const QString given = qEnvironmentVariable("FLOWDESK_NEW_PASSWORD");
    if (!given.isEmpty())
        return given;
    const QString first = prompt(QStringLiteral("New password: "));
    const QString second = prompt(QStringLiteral("New password again: "));
    if (first != second) {
        err() << "flowdesk-cli " << command << ": the two passwords differ; nothing was changed.\n";
        return QString();
    }
    return first;
}

} // namespace flowdesk::cli
