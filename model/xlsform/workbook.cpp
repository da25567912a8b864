#include "workbook.h"

namespace flowdesk {

bool SheetRow::isBlank() const
{
    for (const QString &c : cells) {
        if (!c.trimmed().isEmpty())
            return false;
    }
    return true;
}

int Sheet::column(QStringView header) const
{
    for (int i = 0; i < headers.size(); ++i) {
        if (QStringView(headers.at(i)).compare(header, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString Sheet::columnLetter(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

const Sheet *Workbook::sheet(QStringView name) const
{
    for (const Sheet &s : sheets) {
        if (QStringView(s.name).compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

} // namespace flowdesk
