// STUB: deleted when tables10 merges
// A throwaway exportTables() so the batch builds and runs before the table exporter lands: the main table only,
// as a CSV of top-level answers, described honestly (fields, types, categories, rows, files).
#include "tableexport.h"

#include "questionnaire/questionnaire.h"
#include "store/database.h"
#include "store/interviewstore.h"

#include <QDir>
#include <QFile>

namespace flowdesk {

namespace {
QString tableType(QuestionType type)
{
    switch (type) {
    case QuestionType::Integer:
        return QStringLiteral("integer");
    case QuestionType::Decimal:
    case QuestionType::Range:
        return QStringLiteral("number");
    case QuestionType::Date:
        return QStringLiteral("date");
    case QuestionType::DateTime:
        return QStringLiteral("datetime");
    case QuestionType::Time:
        return QStringLiteral("time");
    default:
        return QStringLiteral("string");
    }
}
QByteArray csvCell(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text.toUtf8();
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return '"' + quoted.toUtf8() + '"';
}
} // namespace

bool exportTables(Database &database, const Questionnaire &questionnaire, qint64 questionnaireId,
                  const std::vector<qint64> &interviewIds, const TableExportOptions &options, const QString &outDir,
                  TableExportResult &result, const std::function<bool(qint64, qint64)> &progress, QString *error)
{
    std::vector<int> items;
    ExportedTable table;
    table.name = QStringLiteral("main");
    table.primaryKey = QStringLiteral("KEY");
    for (const Item &item : questionnaire.items) {
        if (item.repeat >= 0 || item.type == QuestionType::Group || item.type == QuestionType::Repeat ||
            item.type == QuestionType::Note || (item.pii && !options.includePii))
            continue;
        items.push_back(item.id);
        ExportField field;
        field.name = item.name;
        field.question = item.name;
        field.type = tableType(item.type);
        field.title = item.label.text(questionnaire.defaultLanguage, questionnaire.defaultLanguage);
        field.required = item.required.always;
        if (item.type == QuestionType::SelectOne) {
            if (const ChoiceList *list = questionnaire.choiceList(item)) {
                for (const Choice &choice : list->choices)
                    field.categories.emplace_back(choice.name, choice.label.text(questionnaire.defaultLanguage));
            }
        }
        field.stataName = field.spssName = field.name;
        table.fields.push_back(std::move(field));
    }
    ExportField key;
    key.name = QStringLiteral("KEY");
    key.type = QStringLiteral("string");
    key.required = true;
    key.stataName = key.spssName = key.name;
    table.fields.push_back(key);

    QFile file(QDir(outDir).filePath(QStringLiteral("main.csv")));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    QByteArrayList header;
    for (const ExportField &field : table.fields)
        header << csvCell(field.name);
    file.write(header.join(',') + "\r\n");
    InterviewStore store(database, questionnaireId, questionnaire);
    qint64 done = 0;
    for (qint64 id : interviewIds) {
        const std::optional<Interview> interview = store.load(id, error);
        if (!interview)
            return false;
        QByteArrayList cells;
        for (int item : items)
            cells << csvCell(interview->answers.value(item));
        cells << csvCell(interview->uuid.toString(QUuid::WithoutBraces));
        file.write(cells.join(',') + "\r\n");
        ++table.rows;
        if (++done % 500 == 0 && progress && !progress(done, qint64(interviewIds.size()))) {
            if (error)
                *error = QStringLiteral("Cancelled.");
            return false;
        }
    }
    if (!file.flush() || file.error() != QFile::NoError) {
        if (error)
            *error = QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    table.files << QStringLiteral("main.csv");
    result.tables.push_back(std::move(table));
    result.interviews = done;
    if (progress)
        progress(done, qint64(interviewIds.size()));
    return true;
}

} // namespace flowdesk
