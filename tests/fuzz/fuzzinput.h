#pragma once

// How the fuzz targets turn raw bytes into files. Shared with tests/model/fuzz_regression_test.cpp, which replays
// the kept inputs through the same path in the normal build.

#include "xlsform/workbook.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <map>

namespace flowdesk::fuzz {

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Form feed: no XLSForm cell or package part needs one, and it is a single byte the fuzzer finds easily.
inline QList<QByteArray> pieces(const QByteArray &bytes)
{
    return bytes.split('\f');
}

// "name\ncontent" pieces -> zip entries; a piece without a line break is an entry with no content.
inline std::map<QString, QByteArray> namedParts(const QByteArray &bytes)
{
    std::map<QString, QByteArray> parts;
    for (const QByteArray &piece : pieces(bytes)) {
        const qsizetype newline = piece.indexOf('\n');
        const QByteArray name = newline < 0 ? piece : piece.left(newline);
        parts[QString::fromUtf8(name)] = newline < 0 ? QByteArray() : piece.mid(newline + 1);
    }
    return parts;
}

// Pieces in order -> survey.csv, choices.csv, settings.csv, external_choices.csv, list1.csv, list2.csv...
inline SourceFiles csvSheets(const QByteArray &bytes)
{
    static const char *const names[] = {"survey.csv", "choices.csv", "settings.csv", "external_choices.csv"};
    SourceFiles files;
    int index = 0;
    for (const QByteArray &piece : pieces(bytes)) {
        const QString name = index < 4 ? QString::fromLatin1(names[index])
                                       : QStringLiteral("list%1.csv").arg(index - 3);
        files[name] = piece;
        ++index;
    }
    return files;
}

} // namespace flowdesk::fuzz
