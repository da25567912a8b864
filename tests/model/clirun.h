#pragma once

// Runs flowdesk-cli as a user does, for the CLI tests.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace flowdesk::testing {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

inline CliRun cli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(FLOWDESK_CLI), args);
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace flowdesk::testing
