#include "formdiagnostic.h"

#include <algorithm>

namespace flowdesk {

QString FormDiagnostic::toString() const
{
    QString where;
    if (!sheet.isEmpty())
        where = sheet;
    if (row > 0)
        where += (where.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("row %1").arg(row);
    if (!column.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("column %1").arg(column);
    const QString level = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    return where.isEmpty() ? QStringLiteral("%1: %2").arg(level, message)
                           : QStringLiteral("%1: %2: %3").arg(level, where, message);
}

bool FormDiagnostics::hasErrors() const
{
    return errorCount() > 0;
}

int FormDiagnostics::errorCount() const
{
    return unlistedErrors + static_cast<int>(std::count_if(items.begin(), items.end(), [](const FormDiagnostic &d) {
               return d.severity == FormDiagnostic::Severity::Error;
           }));
}

int FormDiagnostics::warningCount() const
{
    return static_cast<int>(items.size()) + unlistedErrors + unlistedWarnings - errorCount();
}

void FormDiagnostics::error(const QString &sheet, int row, const QString &column, const QString &message)
{
    add({FormDiagnostic::Severity::Error, sheet, row, column, message});
}

void FormDiagnostics::warning(const QString &sheet, int row, const QString &column, const QString &message)
{
    add({FormDiagnostic::Severity::Warning, sheet, row, column, message});
}

void FormDiagnostics::append(const FormDiagnostics &other)
{
    for (const FormDiagnostic &d : other.items)
        add(d);
    unlistedErrors += other.unlistedErrors;
    unlistedWarnings += other.unlistedWarnings;
}

void FormDiagnostics::add(FormDiagnostic diagnostic)
{
    if (items.size() < size_t(maxListed))
        items.push_back(std::move(diagnostic));
    else if (diagnostic.severity == FormDiagnostic::Severity::Error)
        ++unlistedErrors;
    else
        ++unlistedWarnings;
}

} // namespace flowdesk
