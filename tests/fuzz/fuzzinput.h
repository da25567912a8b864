#pragma once

// How the fuzz targets turn raw bytes into files. Shared with tests/model/fuzz_regression_test.cpp, which replays
// the kept inputs through the same path in the normal build.

#include "questionnaire/xlsformparser.h"
#include "xlsform/workbookreader.h"
#include "xlsform/ziparchive.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>

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

// What reading one input came to: the reader's refusal, or the parsed form.
struct Outcome
{
    std::optional<WorkbookError> refused;
    ParsedForm parsed;
};

inline Outcome parse(WorkbookReader::Result read)
{
    if (const auto *error = std::get_if<WorkbookError>(&read))
        return {*error, {}};
    return {std::nullopt, XlsFormParser::parse(std::get<Workbook>(read))};
}

// An input that starts with "PK" is the file itself; any other is a list of package parts, zipped first.
inline Outcome runXlsx(const QByteArray &input)
{
    const QByteArray package = input.startsWith("PK") ? input : ZipArchive::write(namedParts(input));
    return parse(WorkbookReader::readXlsx(package, QStringLiteral("fuzz.xlsx")));
}

inline Outcome runCsvSheets(const QByteArray &input)
{
    return parse(WorkbookReader::readCsvSheets(csvSheets(input), QStringLiteral("fuzz")));
}

} // namespace flowdesk::fuzz
