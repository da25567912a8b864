#include "sheetname.h"

namespace flowdesk {

namespace {

constexpr int kLimit = 31;

QString ellipsize(const QString &text, int limit)
{
    return text.size() <= limit ? text : text.left(limit - 3) + QStringLiteral("...");
}

bool taken(const QString &candidate, const QStringList &names)
{
    return names.contains(candidate, Qt::CaseInsensitive);
}

} // namespace

QString uniqueSheetName(const QString &name, const QStringList &names)
{
    QString clean;
    for (const QChar c : name)
        clean += QStringLiteral("[]:*?/\\").contains(c) ? QChar(u'_') : c;
    if (clean.startsWith(u'\''))
        clean[0] = u'_';
    if (clean.endsWith(u'\''))
        clean[clean.size() - 1] = u'_';
    if (clean.isEmpty())
        clean = QStringLiteral("_");
    QString candidate = ellipsize(clean, kLimit);
    for (int n = 1; taken(candidate, names); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = ellipsize(clean, kLimit - int(suffix.size())) + suffix;
    }
    return candidate;
}

} // namespace flowdesk
