#include "tableexport.h"

#include "codebook.h"
#include "csvtablewriter.h"
#include "exportlayout.h"
#include "exportrows.h"
#include "labelsyntax.h"
#include "questionnaire/constraintbounds.h"
#include "questionnaire/questionnaire.h"
#include "statisticalplan.h"
#include "statisticaltablewriter.h"
#include "store/interviewstream.h"
#include "xlsxrowlimit.h"
#include "xlsxtablewriter.h"

#include <QDir>

#include <algorithm>
#include <map>
#include <memory>

namespace flowdesk {

namespace {

constexpr qint64 kProgressEvery = 256;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool has(const std::vector<ExportFormat> &formats, ExportFormat format)
{
    return std::find(formats.begin(), formats.end(), format) != formats.end();
}

QString schemaType(const Questionnaire &questionnaire, const ExportColumn &column)
{
    switch (column.type) {
    case ColumnType::Integer:
    case ColumnType::Flag:
        return QStringLiteral("integer");
    case ColumnType::Number:
        return QStringLiteral("number");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::DateTime:
        return QStringLiteral("datetime");
    case ColumnType::SelectOne:
    case ColumnType::Text:
        break;
    }
    if (column.source == ColumnSource::Answer && column.item >= 0
        && questionnaire.item(column.item).type == QuestionType::Time) {
        return QStringLiteral("time");
    }
    return QStringLiteral("string");
}

// What a Table Schema can say of the question's constraint, for the types it fits: bounds on numbers and dates,
// length and pattern on text.
void addConstraints(const Item &item, ExportField &field)
{
    if (item.constraint.isNull())
        return;
    const bool numeric = field.type == u"integer" || field.type == u"number";
    const ConstraintBounds found = constraintBounds(item.constraint.source(), field.type == u"integer");
    const auto fits = [&](const QString &bound) {
        if (bound.isEmpty())
            return false;
        bool isNumber = false;
        bound.toDouble(&isNumber);
        return numeric ? isNumber : field.type == u"date" && !isNumber;
    };
    if (fits(found.minimum))
        field.minimum = found.minimum;
    if (fits(found.maximum))
        field.maximum = found.maximum;
    if (field.type == u"string") {
        field.minLength = found.minLength;
        field.maxLength = found.maxLength;
        field.pattern = found.pattern;
    }
}

ExportField describe(const Questionnaire &questionnaire, const ExportLayout &layout, const StatisticalPlan &plan,
                     int table, int c)
{
    const ExportColumn &column = layout.tables()[size_t(table)].columns[size_t(c)];
    ExportField field;
    field.name = column.header;
    field.type = schemaType(questionnaire, column);
    field.title = column.label;
    if (column.item >= 0) {
        const Item &item = questionnaire.item(column.item);
        field.question = item.name;
        if (column.source == ColumnSource::Answer) {
            field.description = item.hint.text(layout.language() >= 0 ? layout.language() : questionnaire.defaultLanguage,
                                               questionnaire.defaultLanguage);
            field.required = item.required.always && item.relevant.isNull();
            addConstraints(item, field);
        }
        if (column.type == ColumnType::SelectOne) {
            const ChoiceList &list = *questionnaire.choiceList(item);
            for (size_t k = 0; k < list.choices.size(); ++k)
                field.categories.emplace_back(list.choices[k].name, layout.choiceLabel(column.item, int(k)));
        }
    }
    if (column.source == ColumnSource::Meta && (column.meta == MetaColumn::Key || column.meta == MetaColumn::Id))
        field.required = !column.fromSubmission || column.meta == MetaColumn::Id;
    const StatisticalVariable &variable = plan.variable(table, c);
    field.stataName = variable.stataName;
    field.spssName = variable.spssName;
    return field;
}

void countInstances(const AnswerScope &scope, std::map<int, int> &counts)
{
    for (const RepeatAnswers &repeat : scope.repeats) {
        int &most = counts[repeat.repeatItem];
        most = std::max(most, int(repeat.instances.size()));
        for (const AnswerScope &instance : repeat.instances)
            countInstances(instance, counts);
    }
}

// The wide layout's first pass: the most instances of each repeat among the interviews (its column count).
// Reports no progress of its own but lets the caller cancel.
bool countInstances(Database &database, const Questionnaire &questionnaire, qint64 questionnaireId,
                    const std::vector<qint64> &interviewIds, std::map<int, int> &counts,
                    const std::function<bool(qint64, qint64)> &progress, QString *error)
{
    InterviewStream stream(database, questionnaireId, questionnaire);
    qint64 seen = 0;
    bool cancelled = false;
    const qint64 visited = stream.forEach(
        interviewIds,
        [&](StreamedInterview &interview) {
            countInstances(interview.interview.answers, counts);
            if (progress && ++seen % kProgressEvery == 0 && !progress(0, qint64(interviewIds.size()))) {
                cancelled = true;
                return false;
            }
            return true;
        },
        error);
    if (visited < 0)
        return false;
    if (cancelled)
        return fail(error, QStringLiteral("The export was cancelled."));
    return true;
}

} // namespace

bool exportTables(Database &database, const Questionnaire &questionnaire, qint64 questionnaireId,
                  const std::vector<qint64> &interviewIds, const TableExportOptions &options, const QString &outDir,
                  TableExportResult &result, const std::function<bool(qint64, qint64)> &progress, QString *error)
{
    result = TableExportResult();
    if (options.formats.empty())
        return fail(error, QStringLiteral("Choose at least one format to export."));
    if (!QDir(outDir).exists())
        return fail(error, QStringLiteral("The folder '%1' does not exist.").arg(QDir::toNativeSeparators(outDir)));
    if (const QString &language = options.presentation.labelLanguage;
        !language.isEmpty() && questionnaire.languageIndex(language) < 0) {
        return fail(error, QStringLiteral("The questionnaire has no language '%1' (it has: %2).")
                               .arg(language, questionnaire.languages.join(QStringLiteral(", "))));
    }
    if (!std::is_sorted(interviewIds.begin(), interviewIds.end()))
        return fail(error, QStringLiteral("The interviews to export must be given in ascending order."));

    QString message;
    std::map<int, int> instanceCounts;
    if (options.profile == ExportProfile::Wide
        && !countInstances(database, questionnaire, questionnaireId, interviewIds, instanceCounts, progress, &message)) {
        return fail(error, message);
    }
    const ExportLayout layout(questionnaire, options, instanceCounts);
    const StatisticalPlan plan(questionnaire, layout);
    const bool stata = has(options.formats, ExportFormat::Stata);
    const bool spss = has(options.formats, ExportFormat::Spss);

    if (has(options.formats, ExportFormat::Xlsx) && !checkXlsxRowLimit(database, questionnaireId, layout, interviewIds, &message))
        return fail(error, message);

    std::vector<std::unique_ptr<TableWriter>> writers;
    StatisticalTableWriter *statistical = nullptr;
    CsvTableWriter *csvWriter = nullptr;
    if (has(options.formats, ExportFormat::Csv)) {
        auto csv = std::make_unique<CsvTableWriter>(layout, options, outDir);
        if (!csv->open(&message))
            return fail(error, message);
        csvWriter = csv.get();
        writers.push_back(std::move(csv));
    }
    if (has(options.formats, ExportFormat::Xlsx)) {
        auto xlsx = std::make_unique<XlsxTableWriter>(layout, outDir, layout.tables().front().fileBase);
        if (!xlsx->open(&message))
            return fail(error, message);
        writers.push_back(std::move(xlsx));
    }
    if (stata || spss) {
        auto writer = std::make_unique<StatisticalTableWriter>(layout, plan, outDir, questionnaire.title, stata, spss);
        if (!writer->open(&message))
            return fail(error, message);
        statistical = writer.get();
        writers.push_back(std::move(writer));
    }

    std::vector<qint64> rowCounts(layout.tables().size(), 0);
    qint64 latest = 0; // the newest change among the interviews: the time stamped in the files
    ExportRows rows(questionnaire, layout);
    InterviewStream stream(database, questionnaireId, questionnaire);
    const qint64 total = qint64(interviewIds.size());
    bool cancelled = false;
    bool writeFailed = false;
    const qint64 visited = stream.forEach(
        interviewIds,
        [&](StreamedInterview &interview) {
            latest = std::max(latest, interview.interview.modified.toSecsSinceEpoch());
            const bool ok = rows.add(interview, [&](int table, const ExportRow &row) {
                ++rowCounts[size_t(table)];
                for (const auto &writer : writers) {
                    if (!writer->row(table, row, &message)) {
                        writeFailed = true;
                        return false;
                    }
                }
                return true;
            });
            if (!ok)
                return false;
            ++result.interviews;
            if (progress && result.interviews % kProgressEvery == 0 && !progress(result.interviews, total)) {
                cancelled = true;
                return false;
            }
            return true;
        },
        &message);
    if (visited < 0 || writeFailed)
        return fail(error, message);
    if (cancelled)
        return fail(error, QStringLiteral("The export was cancelled."));

    if (options.stampSecs > 0)
        latest = options.stampSecs;
    result.stampSecs = latest;
    std::vector<QStringList> files(layout.tables().size());
    for (const auto &writer : writers) {
        writer->setTimestamp(latest);
        if (!writer->finish(files, &message))
            return fail(error, message);
    }
    if (progress)
        progress(result.interviews, total);

    for (size_t t = 0; t < layout.tables().size(); ++t) {
        const ExportTableLayout &table = layout.tables()[t];
        ExportedTable described;
        described.name = table.name;
        if (table.parent >= 0)
            described.parentTable = layout.tables()[size_t(table.parent)].name;
        else if (table.kind != TableKind::Data)
            described.parentTable = layout.tables().front().name;
        for (size_t c = 0; c < table.columns.size(); ++c)
            described.fields.push_back(describe(questionnaire, layout, plan, int(t), int(c)));
        if (table.kind == TableKind::Data)
            described.primaryKey = QStringLiteral("KEY");
        if (table.kind != TableKind::Data || table.parent >= 0)
            described.parentKey = QStringLiteral("PARENT_KEY");
        described.rows = rowCounts[t];
        described.files = files[t];
        result.tables.push_back(std::move(described));
    }

    if (!writeCodebook(questionnaire, layout, plan, statistical, outDir, &result.extraFiles, &message))
        return fail(error, message);
    const auto width = [csvWriter](int table, int column) { return csvWriter->maxBytes(table, column); };
    if (csvWriter && !writeLabelSyntax(questionnaire, layout, plan, options, width, outDir, &result.extraFiles, &message)) {
        return fail(error, message);
    }
    return true;
}

} // namespace flowdesk
