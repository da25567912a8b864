#include "csvreader.h"

#include <QStringDecoder>

namespace flowdesk {

namespace {

// The first line whose bytes are not valid UTF-8, so the message can point at it.
int firstBadUtf8Line(const QByteArray &bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString ignored = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError())
            return line;
        ++line;
        start = end + 1;
    }
    return line;
}

} // namespace

CsvReader::Result CsvReader::read(const QByteArray &bytes)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(view);
    if (decoder.hasError()) {
        return Error{firstBadUtf8Line(view.toByteArray()),
                     QStringLiteral("the text is not UTF-8; save the sheet as \"CSV UTF-8\"")};
    }
    return parse(text);
}

CsvReader::Result CsvReader::parse(QStringView text)
{
    std::vector<QStringList> records;
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool recordStarted = false;
    int line = 1;
    int quoteLine = 0;

    const auto endField = [&] {
        fields.append(field);
        field.clear();
    };
    const auto endRecord = [&] {
        endField();
        records.push_back(std::move(fields));
        fields = QStringList();
        recordStarted = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == u'\r') {
                // Keep line breaks inside a cell as Excel does: a bare LF.
                if (i + 1 < n && text[i + 1] == u'\n')
                    ++i;
                field.append(u'\n');
                ++line;
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"') {
            // A quote opens a quoted section only at the start of a field; elsewhere it is literal text,
            // the lenient reading spreadsheet programs apply.
            if (field.isEmpty()) {
                inQuotes = true;
                quoteLine = line;
            } else {
                field.append(c);
            }
            recordStarted = true;
        } else if (c == u',') {
            endField();
            recordStarted = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            endRecord();
            ++line;
        } else {
            field.append(c);
            recordStarted = true;
        }
    }
    if (inQuotes) {
        return Error{
            quoteLine,
            QStringLiteral("a quoted field that starts on this line is never closed (a \" is missing)")};
    }
    if (recordStarted)
        endRecord();
    return records;
}

} // namespace flowdesk
