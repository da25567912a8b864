#include "csvreader.h"

#include "workbookbudget.h"

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

// Keeps every record, within Excel's row limit and a workbook's budget; `error` says why it stopped.
CsvReader::RecordSink collector(std::vector<QStringList> &records, WorkbookBudget &budget,
                                std::optional<CsvReader::Error> &error)
{
    return [&records, &budget, &error](QStringList &fields) {
        QString message;
        if (records.size() == size_t(WorkbookBudget::maxRows)) {
            message = QStringLiteral("the file has more than %1 rows (Excel's limit)")
                          .arg(WorkbookBudget::number(WorkbookBudget::maxRows));
        }
        for (const QString &field : fields) {
            if (message.isEmpty() && !budget.spendCell(field.size(), message))
                break;
        }
        if (!message.isEmpty()) {
            error = CsvReader::Error{int(records.size()) + 1, message};
            return false;
        }
        records.push_back(std::move(fields));
        return true;
    };
}

// Runs a streaming read into a collector: the records, or the first error.
template <typename Read>
CsvReader::Result collect(Read read)
{
    std::vector<QStringList> records;
    WorkbookBudget budget;
    std::optional<CsvReader::Error> error;
    const std::optional<CsvReader::Error> readError = read(collector(records, budget, error));
    if (readError || error)
        return readError ? *readError : *error;
    return records;
}

} // namespace

CsvReader::Result CsvReader::read(const QByteArray &bytes)
{
    return collect([&](const RecordSink &sink) { return read(bytes, sink); });
}

CsvReader::Result CsvReader::parse(QStringView text)
{
    return collect([&](const RecordSink &sink) { return parse(text, sink); });
}

std::optional<CsvReader::Error> CsvReader::read(const QByteArray &bytes, const RecordSink &sink)
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
    return parse(text, sink);
}

std::optional<CsvReader::Error> CsvReader::parse(QStringView text, const RecordSink &sink)
{
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool recordStarted = false;
    bool stopped = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    std::optional<Error> error;

    const auto endField = [&] {
        if (fields.size() == WorkbookBudget::maxColumns) {
            error = Error{recordLine, QStringLiteral("the row has more than %1 fields (Excel's limit)")
                                          .arg(WorkbookBudget::number(WorkbookBudget::maxColumns))};
        }
        fields.append(field);
        field.clear();
    };
    const auto endRecord = [&] {
        endField();
        stopped = error || !sink(fields);
        fields = QStringList();
        recordStarted = false;
        recordLine = line + 1;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n && !stopped && !error; ++i) {
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
    if (error || stopped)
        return error;
    if (inQuotes) {
        return Error{
            quoteLine,
            QStringLiteral("a quoted field that starts on this line is never closed (a \" is missing)")};
    }
    if (recordStarted)
        endRecord();
    return error;
}

} // namespace flowdesk
