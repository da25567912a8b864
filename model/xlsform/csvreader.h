#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

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

    static Result read(const QByteArray &bytes);
    static Result parse(QStringView text);
};

} // namespace flowdesk
