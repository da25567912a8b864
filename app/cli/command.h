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
int check(const QStringList &args);
int backup(const QStringList &args);
int restore(const QStringList &args);

// Before a bulk write into an existing database: SQLite's integrity check with progress on stderr, since a
// bulk write touches only the end of the file and would not meet damage elsewhere. False (the problems
// printed, prefixed with `who`) when the file is damaged or cannot be checked.
bool checkBeforeWriting(const QString &path, const QString &who);
int user(const QStringList &args);
int audit(const QStringList &args);
int review(const QStringList &args);
int refresh(const QStringList &args);
int report(const QStringList &args); // issue 11: profile PDF/CSV (needs a QGuiApplication)
// Batches (issue 10): keycommand.cpp, exportcommand.cpp, importcommand.cpp.
int key(const QStringList &args);
int exportBatch(const QStringList &args);
int importBatch(const QStringList &args);
int conflicts(const QStringList &args);

} // namespace flowdesk::cli
