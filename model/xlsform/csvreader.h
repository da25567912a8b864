#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>
#include <vector>

namespace flowdesk {

// An RFC 4180 reader for the CSV sheets of an XLSForm: comma-separated, fields optionally in double quotes,
// "" for a quote inside quotes, commas and line breaks allowed inside quotes, CRLF or LF line ends,
// UTF-8 with or without a byte order mark. Stateless and thread-safe.
class CsvReader
{
public:
    struct Error
    {
        int line = 0; // 1-based text line where the problem starts
        QString message;
    };
    // One entry per record, in order. Record n is what a spreadsheet program shows as row n.
    using Result = std::variant<std::vector<QStringList>, Error>;
    // Takes each record as it is read (it may keep the fields); returning false stops reading.
    using RecordSink = std::function<bool(QStringList &fields)>;

    // Whole files, refused past Excel's limits (1,048,576 rows, 16,384 fields in a row) or a workbook's budget
    // of cells and text (see WorkbookBudget).
    static Result read(const QByteArray &bytes);
    static Result parse(QStringView text);
    // Streaming: nothing is kept but the record being read; a record past 16,384 fields is refused.
    static std::optional<Error> read(const QByteArray &bytes, const RecordSink &sink);
    static std::optional<Error> parse(QStringView text, const RecordSink &sink);
};

} // namespace flowdesk
