#include "workbookbudget.h"

#include <QLocale>

namespace flowdesk {

bool WorkbookBudget::spendBytes(qint64 bytes, QString &error)
{
    m_bytes += bytes;
    if (m_bytes <= maxUnpackedBytes)
        return true;
    error = QStringLiteral("the workbook unpacks to more than %1 MB, far more than any questionnaire; it is damaged "
                           "or not a questionnaire")
                .arg(maxUnpackedBytes >> 20);
    return false;
}

bool WorkbookBudget::spendCell(qsizetype characters, QString &error)
{
    m_characters += characters;
    if (++m_cells <= maxCells && m_characters <= maxCharacters)
        return true;
    error = QStringLiteral("the workbook holds more than %1 cells or %2 characters of text, far more than any "
                           "questionnaire; it is damaged or not a questionnaire")
                .arg(number(maxCells), number(maxCharacters));
    return false;
}

QString WorkbookBudget::number(qint64 value)
{
    QLocale locale = QLocale::c(); // the C locale groups digits with commas once its default opt-out is dropped
    locale.setNumberOptions({});
    return locale.toString(value);
}

} // namespace flowdesk
