#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace flowdesk {

// Variable names the statistics packages accept, made from column names deterministically (the same columns
// give the same names) and unique within a table. The original -> new map goes to the codebook.
//  * Stata (format 118): ASCII letters, digits and '_', not starting with a digit, at most 32 characters, not
//    a reserved word (if, in, byte, _n, str12...), unique (case-sensitive).
//  * SPSS: starting with a letter, then letters, digits, '_' and '.', not ending with '.', at most 64 bytes,
//    not a reserved word (ALL, AND, BY, ...), unique ignoring case.
// Other characters (`/` of `q/choice`, '-', spaces, non-ASCII) become '_'; a name that cannot start as it is
// gets a "v" in front; a clash gets "_2", "_3"... (cut to fit).
QStringList stataNames(const QStringList &names);
QStringList spssNames(const QStringList &names);

// `text` cut to at most `bytes` bytes of UTF-8 without splitting a character (labels have byte limits).
QByteArray utf8Prefix(const QString &text, int bytes);

} // namespace flowdesk
