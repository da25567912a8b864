#include "labelsyntax.h"

#include "questionnaire/questionnaire.h"
#include "statisticalnames.h"

#include <QDir>
#include <QSaveFile>

namespace flowdesk {

namespace {

// A Stata compound-quoted string; `$` and the backquote would start a macro, so they are escaped.
QString stata(const QString &text, int bytes = 320)
{
    QString escaped = QString::fromUtf8(utf8Prefix(text, bytes));
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'$', QStringLiteral("\\$")).replace(u'`', QStringLiteral("\\`"));
    escaped.replace(QStringLiteral("\"'"), QStringLiteral("\" '"));
    escaped.replace(u'\n', u' ').replace(u'\r', u' ');
    return QStringLiteral("`\"") + escaped + QStringLiteral("\"'");
}

// An SPSS string: single quotes, doubled inside.
QString spss(const QString &text, int bytes = 255)
{
    QString escaped = QString::fromUtf8(utf8Prefix(text, bytes));
    escaped.replace(u'\'', QStringLiteral("''"));
    escaped.replace(u'\n', u' ').replace(u'\r', u' ');
    return u'\'' + escaped + u'\'';
}

bool save(const QString &folder, const QString &name, const QString &text, QStringList *files, QString *error)
{
    QSaveFile file(QDir(folder).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = QStringLiteral("Cannot write '%1' in '%2'.").arg(name, QDir::toNativeSeparators(folder));
        return false;
    }
    *files << name;
    return true;
}

QString doFile(const Questionnaire &questionnaire, const ExportLayout &layout, const StatisticalPlan &plan,
               const TableExportOptions &options)
{
    QString out;
    out += QStringLiteral("* Label syntax for the CSV files of \"%1\" (form %2, version %3), written by FlowDesk.\n")
               .arg(questionnaire.title, questionnaire.formId, questionnaire.version);
    out += QStringLiteral("* Run it in the folder that holds the CSV files: each table is saved as <table>_csv.dta.\n"
                          "* Select_one codes and missing values are those of the codebook (codebook.csv).\n"
                          "version 14\nset more off\n\n");
    const QChar separator = options.presentation.csvSeparator;
    const QString delimiter = separator == u'\t' ? QStringLiteral("tab") : QStringLiteral("\"%1\"").arg(separator);
    for (size_t t = 0; t < layout.tables().size(); ++t) {
        const ExportTableLayout &table = layout.tables()[t];
        out += QStringLiteral("* Table %1\n").arg(table.name);
        out += QStringLiteral("import delimited using %1, varnames(nonames) rowrange(2) stringcols(_all) "
                              "encoding(\"utf-8\") bindquote(strict) delimiters(%2) clear\n")
                   .arg(stata(table.fileBase + QStringLiteral(".csv")), delimiter);
        QStringList from, to;
        for (size_t c = 0; c < table.columns.size(); ++c) {
            from << QStringLiteral("v%1").arg(c + 1);
            to << plan.variable(int(t), int(c)).stataName;
        }
        out += QStringLiteral("rename (%1) ///\n    (%2)\n").arg(from.join(u' '), to.join(u' '));
        for (size_t c = 0; c < table.columns.size(); ++c) {
            const ExportColumn &column = table.columns[c];
            const StatisticalVariable &v = plan.variable(int(t), int(c));
            const QString &n = v.stataName;
            switch (column.type) {
            case ColumnType::Integer:
            case ColumnType::Number:
            case ColumnType::Flag:
                out += QStringLiteral("destring %1, replace\n").arg(n);
                break;
            case ColumnType::Date:
                out += QStringLiteral("generate double __fd = date(%1, \"YMD\")\nformat __fd %td\n"
                                      "drop %1\nrename __fd %1\n")
                           .arg(n);
                break;
            case ColumnType::SelectOne: {
                out += QStringLiteral("generate long __fd = .\n");
                QStringList labels;
                for (size_t k = 0; k < v.codes.size(); ++k) {
                    const Choice &choice = questionnaire.choiceList(questionnaire.item(column.item))->choices[k];
                    out += QStringLiteral("replace __fd = %1 if %2 == %3\n")
                               .arg(v.codes[k].first)
                               .arg(n, stata(choice.name, 2045));
                    labels << QStringLiteral("%1 %2").arg(v.codes[k].first).arg(stata(v.codes[k].second, 32000));
                }
                out += QStringLiteral("drop %1\nrename __fd %1\n").arg(n);
                out += QStringLiteral("label define %1 %2, replace\nlabel values %1 %1\n").arg(n, labels.join(u' '));
                break;
            }
            case ColumnType::DateTime:
            case ColumnType::Text:
                break;
            }
            out += QStringLiteral("label variable %1 %2\n").arg(n, stata(column.label));
        }
        out += QStringLiteral("order %1\n").arg(to.join(u' '));
        out += QStringLiteral("save %1, replace\n\n").arg(stata(table.fileBase + QStringLiteral("_csv.dta")));
    }
    return out;
}

QString spsFile(const Questionnaire &questionnaire, const ExportLayout &layout, const StatisticalPlan &plan,
                const TableExportOptions &options, const std::function<int(int, int)> &width)
{
    QString out;
    out += QStringLiteral("* Label syntax for the CSV files of \"%1\" (form %2, version %3), written by FlowDesk.\n")
               .arg(questionnaire.title, questionnaire.formId, questionnaire.version);
    out += QStringLiteral("* Run it in the folder that holds the CSV files: each table is saved as <table>_csv.sav.\n\n");
    const QChar separator = options.presentation.csvSeparator;
    const QString delimiter = separator == u'\t' ? QStringLiteral("'\\t'") : spss(QString(separator));
    for (size_t t = 0; t < layout.tables().size(); ++t) {
        const ExportTableLayout &table = layout.tables()[t];
        out += QStringLiteral("GET DATA /TYPE=TXT\n  /FILE=%1\n  /ENCODING='UTF8'\n  /ARRANGEMENT=DELIMITED\n"
                              "  /DELCASE=LINE\n  /FIRSTCASE=2\n  /DELIMITERS=%2\n  /QUALIFIER='\"'\n  /VARIABLES=\n")
                   .arg(spss(table.fileBase + QStringLiteral(".csv")), delimiter);
        QStringList variableLabels, valueLabels, dateFormats;
        for (size_t c = 0; c < table.columns.size(); ++c) {
            const ExportColumn &column = table.columns[c];
            const StatisticalVariable &v = plan.variable(int(t), int(c));
            QString format;
            switch (column.type) {
            case ColumnType::Integer:
            case ColumnType::Flag:
                format = QStringLiteral("F40.0");
                break;
            case ColumnType::Number:
                format = QStringLiteral("F40.10");
                break;
            case ColumnType::Date:
                format = QStringLiteral("SDATE10");
                dateFormats << v.spssName;
                break;
            default:
                format = QStringLiteral("A%1").arg(std::clamp(width(int(t), int(c)), 1, 32767));
                break;
            }
            out += QStringLiteral("    %1 %2\n").arg(v.spssName, format);
            variableLabels << QStringLiteral("%1 %2").arg(v.spssName, spss(column.label));
            if (column.type == ColumnType::SelectOne) {
                QStringList pairs;
                const ChoiceList &list = *questionnaire.choiceList(questionnaire.item(column.item));
                for (size_t k = 0; k < list.choices.size(); ++k)
                    pairs << QStringLiteral("%1 %2").arg(spss(list.choices[k].name), spss(v.codes[k].second, 120));
                valueLabels << QStringLiteral("%1 %2").arg(v.spssName, pairs.join(u' '));
            } else if (column.type == ColumnType::Flag) {
                valueLabels << QStringLiteral("%1 0 'not chosen' 1 'chosen'").arg(v.spssName);
            }
        }
        out += QStringLiteral(".\n");
        if (!dateFormats.isEmpty())
            out += QStringLiteral("FORMATS %1 (DATE11).\n").arg(dateFormats.join(u' '));
        out += QStringLiteral("VARIABLE LABELS\n  %1.\n").arg(variableLabels.join(QStringLiteral("\n  /")));
        if (!valueLabels.isEmpty())
            out += QStringLiteral("VALUE LABELS\n  %1.\n").arg(valueLabels.join(QStringLiteral("\n  /")));
        out += QStringLiteral("SAVE OUTFILE=%1.\n\n").arg(spss(table.fileBase + QStringLiteral("_csv.sav")));
    }
    return out;
}

} // namespace

bool writeLabelSyntax(const Questionnaire &questionnaire, const ExportLayout &layout, const StatisticalPlan &plan,
                      const TableExportOptions &options, const std::function<int(int, int)> &width,
                      const QString &folder, QStringList *files, QString *error)
{
    return save(folder, QStringLiteral("labels.do"), doFile(questionnaire, layout, plan, options), files, error)
           && save(folder, QStringLiteral("labels.sps"), spsFile(questionnaire, layout, plan, options, width), files,
                   error);
}

} // namespace flowdesk
