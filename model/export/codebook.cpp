#include "codebook.h"

#include "questionnaire/questionnaire.h"
#include "statisticaltablewriter.h"

#include <QDir>
#include <QSaveFile>

namespace flowdesk {

namespace {

QString typeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Integer:
        return QStringLiteral("integer");
    case ColumnType::Number:
        return QStringLiteral("number");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::DateTime:
        return QStringLiteral("datetime");
    case ColumnType::SelectOne:
        return QStringLiteral("select_one");
    case ColumnType::Flag:
        return QStringLiteral("choice 0/1");
    }
    return {};
}

} // namespace

QString quotedCsvField(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

bool writeCodebook(const Questionnaire &questionnaire, const ExportLayout &layout, const StatisticalPlan &plan,
                   const StatisticalTableWriter *statistical, const QString &folder, QStringList *files,
                   QString *error)
{
    const QString name = QStringLiteral("codebook.csv");
    QSaveFile file(QDir(folder).filePath(name));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("Cannot write '%1' in '%2'.").arg(name, QDir::toNativeSeparators(folder));
        return false;
    }
    QString text;
    const auto line = [&text](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << quotedCsvField(f);
        text += quoted.join(u',') + QStringLiteral("\r\n");
    };
    line({QStringLiteral("table"), QStringLiteral("column"), QStringLiteral("question"), QStringLiteral("type"),
          QStringLiteral("label"), QStringLiteral("stata_name"), QStringLiteral("spss_name"),
          QStringLiteral("stored_as"), QStringLiteral("codes")});
    for (size_t t = 0; t < layout.tables().size(); ++t) {
        const ExportTableLayout &table = layout.tables()[t];
        for (size_t c = 0; c < table.columns.size(); ++c) {
            const ExportColumn &column = table.columns[c];
            const StatisticalVariable &variable = plan.variable(int(t), int(c));
            QString stored = variable.numeric ? QStringLiteral("number") : QStringLiteral("text");
            if (statistical && variable.numeric && !statistical->writtenAsNumber(int(t), int(c)))
                stored = QStringLiteral("text (a value did not convert to a number or code)");
            QStringList codes;
            for (const auto &[code, label] : variable.codes)
                codes << QStringLiteral("%1=%2").arg(code).arg(label);
            if (variable.numeric) {
                codes << QStringLiteral(".a / %1=skipped (not relevant)").arg(qint64(StatisticalPlan::kSpssSkipped))
                      << QStringLiteral(".b / %1=not answered").arg(qint64(StatisticalPlan::kSpssUnanswered));
            }
            line({table.name, column.header,
                  column.item >= 0 ? questionnaire.path(column.item) : QString(), typeName(column.type), column.label,
                  variable.stataName, variable.spssName, stored, codes.join(QStringLiteral("; "))});
        }
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        *error = QStringLiteral("Cannot write '%1' in '%2'.").arg(name, QDir::toNativeSeparators(folder));
        return false;
    }
    *files << name;
    return true;
}

} // namespace flowdesk
