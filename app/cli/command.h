#pragma once

#include <QStringList>
#include <QTextStream>

namespace flowdesk::cli {

// Streams the commands write to; plain text, UTF-8.
QTextStream &out();
QTextStream &err();

// Each subcommand: `args` excludes the program and subcommand names. Returns the process exit code.
int formCheck(const QStringList &args);
int demo(const QStringList &args);
int validate(const QStringList &args);
int expr(const QStringList &args);
int bench(const QStringList &args);
int user(const QStringList &args);
int audit(const QStringList &args);

} // namespace flowdesk::cli
