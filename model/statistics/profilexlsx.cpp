#include "profilexlsx.h"

#include "export/sheetname.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace flowdesk {

namespace {

class Sheet
{
public:
    Sheet(lxw_worksheet *sheet, lxw_format *bold, lxw_format *percent) : m_sheet(sheet), m_bold(bold), m_percent(percent) {}

    void text(int row, int column, const QString &value, bool bold = false)
    {
        worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), value.toUtf8().constData(),
                               bold ? m_bold : nullptr);
    }
    void number(int row, int column, double value, bool percent = false)
    {
        worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, percent ? m_percent : nullptr);
    }

private:
    lxw_worksheet *m_sheet;
    lxw_format *m_bold;
    lxw_format *m_percent;
};

// The percentage ChartTable::percentText shows, as a fraction for a "0.0%" cell; nothing where it shows nothing.
bool percentValue(const ChartTable &t, int row, int column, double *value)
{
    if (t.percentText(row, column).isEmpty())
        return false;
    const int baseRow = t.rowBaseRow.empty() ? -1 : t.rowBaseRow[size_t(row)];
    const qint64 base = baseRow >= 0 ? t.count(baseRow, column) : t.bases[size_t(column)];
    *value = double(t.count(row, column)) / double(base);
    return true;
}

void writeTable(Sheet &sheet, const ChartTable &t)
{
    const int step = t.percentages ? 2 : 1;
    sheet.text(0, 0, t.title, true);
    for (int c = 0; c < t.columnCount(); ++c) {
        sheet.text(0, 1 + c * step, t.columns[c], true);
        if (t.percentages)
            sheet.text(0, 2 + c * step, t.columns[c] + QStringLiteral(" %"), true);
    }
    for (int r = 0; r < t.rowCount(); ++r) {
        sheet.text(1 + r, 0, t.rows[r]);
        for (int c = 0; c < t.columnCount(); ++c) {
            if (t.isHidden(r, c))
                sheet.text(1 + r, 1 + c * step, t.cellText(r, c));
            else
                sheet.number(1 + r, 1 + c * step, double(t.count(r, c)));
            double percent = 0;
            if (t.percentages && percentValue(t, r, c, &percent))
                sheet.number(1 + r, 2 + c * step, percent, true);
        }
    }
    const int baseRow = 1 + t.rowCount();
    sheet.text(baseRow, 0, QStringLiteral("n (%1)").arg(t.unit), true);
    for (int c = 0; c < t.columnCount(); ++c) {
        if (t.isBaseHidden(c))
            sheet.text(baseRow, 1 + c * step, t.baseText(c));
        else
            sheet.number(baseRow, 1 + c * step, double(t.bases[size_t(c)]));
    }
    if (!t.note.isEmpty())
        sheet.text(baseRow + 1, 0, t.note);
}

} // namespace

bool ProfileXlsx::write(const ProfileResult &result, const QString &path, QString *error)
{
    std::vector<const ChartTable *> tables;
    for (const ChartTable &t : result.tables)
        tables.push_back(&t);
    return write(tables, path, error);
}

bool ProfileXlsx::write(const ChartTable &table, const QString &path, QString *error)
{
    return write(std::vector<const ChartTable *>{&table}, path, error);
}

bool ProfileXlsx::write(const std::vector<const ChartTable *> &tables, const QString &path, QString *error)
{
    for (const ChartTable *t : tables) {
        if (!t->suppressed) {
            if (error)
                *error = QStringLiteral("Refusing to write tables whose small cells are not protected.");
            return false;
        }
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QStringLiteral("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    // Written beside the target and renamed when complete: a failed export leaves no half workbook behind.
    const QString partial = path + QStringLiteral(".part");
    lxw_workbook *workbook = workbook_new(QFile::encodeName(partial).constData());
    if (!workbook) {
        if (error)
            *error = QStringLiteral("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *percent = workbook_add_format(workbook);
    format_set_num_format(percent, "0.0%");
    QStringList names;
    for (size_t i = 0; i < tables.size(); ++i) {
        const ChartTable &t = *tables[i];
        const QString name = uniqueSheetName(QStringLiteral("%1 %2").arg(i + 1).arg(t.title), names);
        names << name;
        lxw_worksheet *worksheet = workbook_add_worksheet(workbook, name.toUtf8().constData());
        if (!worksheet)
            break;
        worksheet_set_column(worksheet, 0, 0, 36, nullptr);
        worksheet_set_column(worksheet, 1, lxw_col_t(2 * t.columnCount()), 12, nullptr);
        Sheet sheet(worksheet, bold, percent);
        writeTable(sheet, t);
    }
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR || int(names.size()) != int(tables.size())) {
        QFile::remove(partial);
        if (error)
            *error = QStringLiteral("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(closed)));
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        if (error)
            *error = QStringLiteral("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace flowdesk
