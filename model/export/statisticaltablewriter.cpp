#include "statisticaltablewriter.h"

#include "statisticalnames.h"

#include <readstat.h>

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <cmath>
#include <cstring>
#include <memory>

namespace flowdesk {

namespace {

constexpr int kStataStrMax = 2045;     // longer text is a strL
constexpr int kStataVariables = 32767; // format 118
constexpr int kStataLabelBytes = 320;  // 80 characters of UTF-8 in format 118
constexpr int kStataValueLabelBytes = 32000;
constexpr int kSpssStringMax = 32767;
constexpr int kSpssLabelBytes = 255;
constexpr int kSpssValueLabelBytes = 120;
constexpr qint64 kStataEpochMs = 315619200000LL; // 1960-01-01 to 1970-01-01
const QDate kStataEpoch(1960, 1, 1);
const QDate kSpssEpoch(1582, 10, 14);
const qint64 kSpssEpochSeconds = kSpssEpoch.daysTo(QDate(1970, 1, 1)) * 86400LL;

// A cell converted for a numeric variable; false when it does not convert.
bool toNumber(const ExportColumn &column, const StatisticalVariable &variable, const QString &text, bool stata,
              double *number)
{
    switch (column.type) {
    case ColumnType::Integer:
    case ColumnType::Number:
    case ColumnType::Flag: {
        bool ok = false;
        *number = text.toDouble(&ok);
        return ok && std::isfinite(*number);
    }
    case ColumnType::SelectOne: {
        const auto code = variable.codeOf.constFind(text);
        if (code == variable.codeOf.cend())
            return false;
        *number = *code;
        return true;
    }
    case ColumnType::Date: {
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        if (!date.isValid() || text.size() != 10)
            return false;
        *number = stata ? double(kStataEpoch.daysTo(date)) : double(kSpssEpoch.daysTo(date)) * 86400.0;
        return true;
    }
    case ColumnType::DateTime: {
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!time.isValid())
            return false;
        const qint64 ms = time.toMSecsSinceEpoch();
        *number = stata ? double(ms + kStataEpochMs) : double(ms) / 1000.0 + double(kSpssEpochSeconds);
        return true;
    }
    case ColumnType::Text:
        break;
    }
    return false;
}

ssize_t writeBytes(const void *data, size_t length, void *context)
{
    return std::fwrite(data, 1, length, static_cast<std::FILE *>(context)) == length ? ssize_t(length) : -1;
}

struct WriterDeleter
{
    void operator()(readstat_writer_t *writer) const { readstat_writer_free(writer); }
};

void putLength(QByteArray &out, quint32 length)
{
    out.append(reinterpret_cast<const char *>(&length), sizeof length);
}

} // namespace

StatisticalTableWriter::StatisticalTableWriter(const ExportLayout &layout, const StatisticalPlan &plan,
                                               const QString &folder, const QString &title, bool stata, bool spss)
    : m_layout(layout), m_plan(plan), m_folder(folder), m_title(title), m_stata(stata), m_spss(spss)
{
}

StatisticalTableWriter::~StatisticalTableWriter()
{
    for (Spool &spool : m_tables) {
        if (spool.file)
            std::fclose(spool.file);
        if (!spool.path.isEmpty())
            QFile::remove(spool.path);
    }
}

bool StatisticalTableWriter::open(QString *error)
{
    m_tables.resize(m_layout.tables().size());
    for (size_t t = 0; t < m_tables.size(); ++t) {
        Spool &spool = m_tables[t];
        const size_t columns = m_layout.tables()[t].columns.size();
        spool.maxBytes.assign(columns, 0);
        spool.numeric.resize(columns);
        for (size_t c = 0; c < columns; ++c)
            spool.numeric[c] = m_plan.variable(int(t), int(c)).numeric;
        spool.path = QDir(m_folder).filePath(QStringLiteral(".spool-%1").arg(t));
        spool.file = std::fopen(QFile::encodeName(spool.path).constData(), "w+b");
        if (!spool.file) {
            *error = QStringLiteral("Cannot write a temporary file in '%1'.").arg(QDir::toNativeSeparators(m_folder));
            return false;
        }
        std::setvbuf(spool.file, nullptr, _IOFBF, 1 << 16);
    }
    return true;
}

bool StatisticalTableWriter::row(int table, const ExportRow &row, QString *error)
{
    Spool &spool = m_tables[size_t(table)];
    const auto &columns = m_layout.tables()[size_t(table)].columns;
    m_buffer.resize(0);
    for (size_t c = 0; c < row.size(); ++c) {
        const ExportCell &cell = row[c];
        m_buffer.append(char(cell.state));
        if (cell.state != ExportCell::Value)
            continue;
        const QByteArray utf8 = cell.text.toUtf8();
        putLength(m_buffer, quint32(utf8.size()));
        m_buffer.append(utf8);
        spool.maxBytes[c] = std::max(spool.maxBytes[c], int(utf8.size()));
        double number = 0;
        if (spool.numeric[c] && !cell.text.isEmpty()
            && !toNumber(columns[c], m_plan.variable(table, int(c)), cell.text, true, &number)) {
            spool.numeric[c] = false;
        }
    }
    if (std::fwrite(m_buffer.constData(), 1, size_t(m_buffer.size()), spool.file) != size_t(m_buffer.size())) {
        *error = QStringLiteral("Cannot write a temporary file in '%1' (is the disk full?).")
                     .arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    ++spool.rows;
    return true;
}

bool StatisticalTableWriter::checkLimits(int table, QString *error) const
{
    const Spool &spool = m_tables[size_t(table)];
    const ExportTableLayout &layout = m_layout.tables()[size_t(table)];
    if (m_stata && layout.columns.size() > size_t(kStataVariables)) {
        *error = QStringLiteral("Table '%1' has %2 columns; a Stata file holds at most %3. Nothing was written.")
                     .arg(layout.name)
                     .arg(layout.columns.size())
                     .arg(kStataVariables);
        return false;
    }
    for (size_t c = 0; m_spss && c < layout.columns.size(); ++c) {
        if (!spool.numeric[c] && spool.maxBytes[c] > kSpssStringMax) {
            *error = QStringLiteral("Column '%1' of table '%2' holds a text of %3 bytes; an SPSS file holds at most "
                                    "%4 per value. Nothing was written; export it as CSV or Stata instead.")
                         .arg(layout.columns[c].header, layout.name)
                         .arg(spool.maxBytes[c])
                         .arg(kSpssStringMax);
            return false;
        }
    }
    return true;
}

bool StatisticalTableWriter::finish(std::vector<QStringList> &files, QString *error)
{
    for (size_t t = 0; t < m_tables.size(); ++t) {
        if (std::fflush(m_tables[t].file) != 0) {
            *error = QStringLiteral("Cannot write a temporary file in '%1' (is the disk full?).")
                         .arg(QDir::toNativeSeparators(m_folder));
            return false;
        }
        if (!checkLimits(int(t), error))
            return false;
    }
    for (size_t t = 0; t < m_tables.size(); ++t) {
        for (const bool stata : {true, false}) {
            if (!(stata ? m_stata : m_spss))
                continue;
            if (!writeFile(int(t), stata, error))
                return false;
            files[t] << m_layout.tables()[t].fileBase + (stata ? QStringLiteral(".dta") : QStringLiteral(".sav"));
        }
        std::fclose(m_tables[t].file);
        m_tables[t].file = nullptr;
        QFile::remove(m_tables[t].path);
        m_tables[t].path.clear();
    }
    return true;
}

bool StatisticalTableWriter::writeFile(int table, bool stata, QString *error)
{
    Spool &spool = m_tables[size_t(table)];
    const ExportTableLayout &layout = m_layout.tables()[size_t(table)];
    const QString name = layout.fileBase + (stata ? QStringLiteral(".dta") : QStringLiteral(".sav"));
    const auto failed = [&](readstat_error_t rc) {
        *error = QStringLiteral("Cannot write '%1': %2").arg(name, QString::fromUtf8(readstat_error_message(rc)));
        return false;
    };
    std::unique_ptr<readstat_writer_t, WriterDeleter> writer(readstat_writer_init());
    readstat_set_data_writer(writer.get(), &writeBytes);
    readstat_writer_set_file_timestamp(writer.get(), time_t(m_timestamp));
    readstat_writer_set_file_label(writer.get(),
                                   utf8Prefix(m_title + QStringLiteral(": ") + layout.name, 80).constData());
    if (stata)
        readstat_writer_set_file_format_version(writer.get(), 118);

    // Shared label sets: 0/1 for choice columns, and the two missing values for every other number.
    const int labelBytes = stata ? kStataValueLabelBytes : kSpssValueLabelBytes;
    const auto labelSet = [&](const char *labelName) {
        readstat_label_set_t *set = readstat_add_label_set(
            writer.get(), stata ? READSTAT_TYPE_INT32 : READSTAT_TYPE_DOUBLE, labelName);
        if (stata) {
            readstat_label_tagged_value(set, 'a', "skipped (not relevant)");
            readstat_label_tagged_value(set, 'b', "not answered");
        } else {
            readstat_label_double_value(set, StatisticalPlan::kSpssSkipped, "skipped (not relevant)");
            readstat_label_double_value(set, StatisticalPlan::kSpssUnanswered, "not answered");
        }
        return set;
    };
    const auto label = [&](readstat_label_set_t *set, int code, const QString &text) {
        const QByteArray bytes = utf8Prefix(text, labelBytes);
        if (stata)
            readstat_label_int32_value(set, code, bytes.constData());
        else
            readstat_label_double_value(set, code, bytes.constData());
    };
    readstat_label_set_t *missingSet = nullptr;
    readstat_label_set_t *flagSet = nullptr;

    std::vector<readstat_variable_t *> variables;
    std::vector<bool> strl(layout.columns.size(), false);
    for (size_t c = 0; c < layout.columns.size(); ++c) {
        const ExportColumn &column = layout.columns[c];
        const StatisticalVariable &plan = m_plan.variable(table, int(c));
        const QByteArray variableName = (stata ? plan.stataName : plan.spssName).toUtf8();
        readstat_variable_t *variable = nullptr;
        if (spool.numeric[c]) {
            variable = readstat_add_variable(writer.get(), variableName.constData(), READSTAT_TYPE_DOUBLE, 0);
            readstat_label_set_t *set = nullptr;
            if (column.type == ColumnType::SelectOne) {
                set = labelSet(stata ? variableName.constData() : "");
                for (const auto &[code, text] : plan.codes)
                    label(set, code, text);
            } else if (column.type == ColumnType::Flag) {
                if (!flagSet) {
                    flagSet = labelSet("_fd_yesno");
                    label(flagSet, 0, QStringLiteral("not chosen"));
                    label(flagSet, 1, QStringLiteral("chosen"));
                }
                set = flagSet;
            } else {
                if (!missingSet)
                    missingSet = labelSet("_fd_missing");
                set = missingSet;
            }
            readstat_variable_set_label_set(variable, set);
            if (!stata) {
                readstat_variable_add_missing_double_value(variable, StatisticalPlan::kSpssSkipped);
                readstat_variable_add_missing_double_value(variable, StatisticalPlan::kSpssUnanswered);
            }
            if (column.type == ColumnType::Date)
                readstat_variable_set_format(variable, stata ? "%td" : "DATE11");
            else if (column.type == ColumnType::DateTime)
                readstat_variable_set_format(variable, stata ? "%tc" : "DATETIME20");
            readstat_variable_set_measure(variable, column.type == ColumnType::SelectOne || column.type == ColumnType::Flag
                                                        ? READSTAT_MEASURE_NOMINAL
                                                        : READSTAT_MEASURE_SCALE);
        } else {
            const int width = std::max(1, spool.maxBytes[c]);
            strl[c] = stata && width > kStataStrMax;
            variable = readstat_add_variable(writer.get(), variableName.constData(),
                                             strl[c] ? READSTAT_TYPE_STRING_REF : READSTAT_TYPE_STRING,
                                             strl[c] ? 0 : size_t(width));
            readstat_variable_set_measure(variable, READSTAT_MEASURE_NOMINAL);
        }
        readstat_variable_set_label(variable,
                                    utf8Prefix(column.label, stata ? kStataLabelBytes : kSpssLabelBytes).constData());
        variables.push_back(variable);
    }

    // Reads one spooled row into `cells` (nullptr texts for missing cells).
    std::vector<QByteArray> texts(layout.columns.size());
    std::vector<unsigned char> states(layout.columns.size());
    const auto readRow = [&]() {
        for (size_t c = 0; c < layout.columns.size(); ++c) {
            const int state = std::fgetc(spool.file);
            if (state == EOF)
                return false;
            states[c] = static_cast<unsigned char>(state);
            if (state != ExportCell::Value)
                continue;
            quint32 length = 0;
            if (std::fread(&length, sizeof length, 1, spool.file) != 1)
                return false;
            texts[c].resize(qsizetype(length));
            if (length && std::fread(texts[c].data(), 1, length, spool.file) != length)
                return false;
        }
        return true;
    };
    const auto spoolError = [&] {
        *error = QStringLiteral("Cannot read back a temporary file in '%1'.").arg(QDir::toNativeSeparators(m_folder));
        return false;
    };

    // strL texts are stored after the rows, but their table is laid out before the first row: add them first.
    const bool anyStrl = std::find(strl.begin(), strl.end(), true) != strl.end();
    if (anyStrl) {
        std::rewind(spool.file);
        for (qint64 r = 0; r < spool.rows; ++r) {
            if (!readRow())
                return spoolError();
            for (size_t c = 0; c < strl.size(); ++c) {
                if (strl[c])
                    readstat_add_string_ref(writer.get(), states[c] == ExportCell::Value ? texts[c].constData() : "");
            }
        }
    }

    const QString path = QDir(m_folder).filePath(name);
    std::FILE *out = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!out) {
        *error = QStringLiteral("Cannot write '%1' in '%2'.").arg(name, QDir::toNativeSeparators(m_folder));
        return false;
    }
    std::setvbuf(out, nullptr, _IOFBF, 1 << 16);
    struct Close
    {
        std::FILE *file;
        ~Close()
        {
            if (file)
                std::fclose(file);
        }
    } close{out};
    readstat_error_t rc = stata ? readstat_begin_writing_dta(writer.get(), out, long(spool.rows))
                                : readstat_begin_writing_sav(writer.get(), out, long(spool.rows));
    if (rc != READSTAT_OK)
        return failed(rc);
    std::rewind(spool.file);
    int stringRef = 0;
    for (qint64 r = 0; r < spool.rows; ++r) {
        if (!readRow())
            return spoolError();
        if ((rc = readstat_begin_row(writer.get())) != READSTAT_OK)
            return failed(rc);
        for (size_t c = 0; c < layout.columns.size(); ++c) {
            readstat_variable_t *variable = variables[c];
            const bool missing = states[c] != ExportCell::Value;
            if (strl[c]) {
                rc = readstat_insert_string_ref(writer.get(), variable, readstat_get_string_ref(writer.get(), stringRef++));
            } else if (!spool.numeric[c]) {
                rc = readstat_insert_string_value(writer.get(), variable, missing ? "" : texts[c].constData());
            } else if (missing || texts[c].isEmpty()) {
                const bool skipped = states[c] == ExportCell::Skipped;
                rc = stata ? readstat_insert_tagged_missing_value(writer.get(), variable, skipped ? 'a' : 'b')
                           : readstat_insert_double_value(writer.get(), variable,
                                                          skipped ? StatisticalPlan::kSpssSkipped
                                                                  : StatisticalPlan::kSpssUnanswered);
            } else {
                double number = 0;
                toNumber(layout.columns[c], m_plan.variable(table, int(c)), QString::fromUtf8(texts[c]), stata,
                         &number);
                rc = readstat_insert_double_value(writer.get(), variable, number);
            }
            if (rc != READSTAT_OK)
                return failed(rc);
        }
        if ((rc = readstat_end_row(writer.get())) != READSTAT_OK)
            return failed(rc);
    }
    if ((rc = readstat_end_writing(writer.get())) != READSTAT_OK)
        return failed(rc);
    close.file = nullptr;
    if (std::fclose(out) != 0) {
        *error = QStringLiteral("Cannot write '%1' (is the disk full?).").arg(name);
        return false;
    }
    return true;
}

} // namespace flowdesk
