#include "statisticalnames.h"

#include <QRegularExpression>
#include <QSet>

namespace flowdesk {

namespace {

constexpr int kStataLength = 32;
constexpr int kSpssLength = 64;

bool asciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool asciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool stataReserved(const QString &name)
{
    static const QSet<QString> words = {
        QStringLiteral("_all"),  QStringLiteral("_b"),      QStringLiteral("byte"),   QStringLiteral("_coef"),
        QStringLiteral("_cons"), QStringLiteral("double"),  QStringLiteral("float"),  QStringLiteral("if"),
        QStringLiteral("in"),    QStringLiteral("int"),     QStringLiteral("long"),   QStringLiteral("_n"),
        QStringLiteral("_N"),    QStringLiteral("_pi"),     QStringLiteral("_pred"),  QStringLiteral("_rc"),
        QStringLiteral("_se"),   QStringLiteral("_skip"),   QStringLiteral("strL"),   QStringLiteral("using"),
        QStringLiteral("with"),
    };
    static const QRegularExpression strN(QStringLiteral("^str[0-9]+$"));
    return words.contains(name) || strN.match(name).hasMatch();
}

bool spssReserved(const QString &name)
{
    static const QSet<QString> words = {
        QStringLiteral("ALL"), QStringLiteral("AND"), QStringLiteral("BY"), QStringLiteral("EQ"),
        QStringLiteral("GE"),  QStringLiteral("GT"),  QStringLiteral("LE"), QStringLiteral("LT"),
        QStringLiteral("NE"),  QStringLiteral("NOT"), QStringLiteral("OR"), QStringLiteral("TO"),
        QStringLiteral("WITH"),
    };
    return words.contains(name.toUpper());
}

// Makes `base` unique among `used` (compared through `key`) by a numeric suffix, keeping within `limit`.
template<typename Key>
QString unique(const QString &base, int limit, QSet<QString> &used, Key key)
{
    QString candidate = base.left(limit);
    for (int n = 2; used.contains(key(candidate)); ++n) {
        const QString suffix = QStringLiteral("_%1").arg(n);
        candidate = base.left(limit - int(suffix.size())) + suffix;
    }
    used.insert(key(candidate));
    return candidate;
}

} // namespace

QStringList stataNames(const QStringList &names)
{
    QStringList result;
    QSet<QString> used;
    for (const QString &name : names) {
        QString clean;
        for (const QChar c : name)
            clean += (asciiLetter(c) || asciiDigit(c) || c == u'_') ? c : QChar(u'_');
        if (clean.isEmpty() || asciiDigit(clean[0]))
            clean.prepend(u'v');
        if (stataReserved(clean.left(kStataLength)))
            clean.prepend(QStringLiteral("v_"));
        result << unique(clean, kStataLength, used, [](const QString &n) { return n; });
    }
    return result;
}

QStringList spssNames(const QStringList &names)
{
    QStringList result;
    QSet<QString> used;
    for (const QString &name : names) {
        QString clean;
        for (const QChar c : name)
            clean += (asciiLetter(c) || asciiDigit(c) || c == u'_' || c == u'.') ? c : QChar(u'_');
        if (clean.isEmpty() || !asciiLetter(clean[0]))
            clean.prepend(u'v');
        clean = clean.left(kSpssLength); // ASCII: characters are bytes
        while (clean.endsWith(u'.'))
            clean[clean.size() - 1] = u'_';
        if (spssReserved(clean))
            clean.prepend(QStringLiteral("v_"));
        result << unique(clean, kSpssLength, used, [](const QString &n) { return n.toUpper(); });
    }
    return result;
}

QByteArray utf8Prefix(const QString &text, int bytes)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() <= bytes)
        return utf8;
    int cut = bytes;
    while (cut > 0 && (uchar(utf8[cut]) & 0xC0) == 0x80) // a continuation byte: back to the character's start
        --cut;
    return utf8.left(cut);
}

} // namespace flowdesk
