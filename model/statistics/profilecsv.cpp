#include "profilecsv.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

namespace flowdesk {

namespace {

QString quoted(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

QString ProfileCsv::table(const ChartTable &t)
{
    QStringList lines;
    QStringList header{quoted(t.title)};
    for (int c = 0; c < t.columnCount(); ++c) {
        header << quoted(t.columns[c]);
        if (t.percentages)
            header << quoted(t.columns[c] + QStringLiteral(" %"));
    }
    lines << header.join(u',');
    for (int r = 0; r < t.rowCount(); ++r) {
        QStringList cells{quoted(t.rows[r])};
        for (int c = 0; c < t.columnCount(); ++c) {
            cells << t.cellText(r, c);
            if (t.percentages)
                cells << t.percentText(r, c);
        }
        lines << cells.join(u',');
    }
    QStringList base{QStringLiteral("n (%1)").arg(t.unit)};
    for (int c = 0; c < t.columnCount(); ++c) {
        base << t.baseText(c);
        if (t.percentages)
            base << QString();
    }
    lines << base.join(u',');
    if (!t.note.isEmpty())
        lines << quoted(t.note);
    return lines.join(u'\n') + u'\n';
}

QString ProfileCsv::fileName(int index, const ChartTable &table)
{
    static const QRegularExpression notWord(QStringLiteral("[^A-Za-z0-9]+"));
    QString name = table.spec.question.isEmpty() ? table.title : table.spec.question;
    name = name.toLower().replace(notWord, QStringLiteral("-"));
    name.truncate(40);
    return QStringLiteral("%1-%2.csv").arg(index + 1, 2, 10, QLatin1Char('0')).arg(name);
}

bool ProfileCsv::write(const ProfileResult &result, const QString &folder, QString *error)
{
    for (const ChartTable &t : result.tables) {
        if (!t.suppressed) {
            if (error)
                *error = QStringLiteral("Refusing to write tables whose small cells are not protected.");
            return false;
        }
    }
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QStringLiteral("Cannot create the folder %1.").arg(folder);
        return false;
    }
    for (size_t i = 0; i < result.tables.size(); ++i) {
        QSaveFile file(QDir(folder).filePath(fileName(int(i), result.tables[i])));
        if (!file.open(QIODevice::WriteOnly)) {
            if (error)
                *error = QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        file.write("\xEF\xBB\xBF");
        file.write(table(result.tables[i]).toUtf8());
        if (!file.commit()) {
            if (error)
                *error = QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace flowdesk
