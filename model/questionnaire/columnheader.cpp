#include "columnheader.h"

#include <QStringList>

#include <array>

namespace flowdesk {

namespace {

struct Alias
{
    const char16_t *spelling;
    const char16_t *canonical;
};

// pyxform's header aliases (aliases.py survey_header and list_header), for the columns we read, matched after
// pyxform's snake-casing ("List Name" -> "list_name", "constraint message" -> "constraint_message").
constexpr std::array kAliases{
    Alias{u"caption", u"label"},
    Alias{u"relevance", u"relevant"},
    Alias{u"readonly", u"read_only"},
    Alias{u"calculate", u"calculation"},
    Alias{u"constraining_message", u"constraint_message"},
    Alias{u"jr:constraintmsg", u"constraint_message"},
    Alias{u"requiredmsg", u"required_message"},
    Alias{u"jr:requiredmsg", u"required_message"},
    Alias{u"count", u"repeat_count"},
    Alias{u"jr:count", u"repeat_count"},
    Alias{u"command", u"type"},
    Alias{u"value", u"name"},
    Alias{u"tag", u"name"},
    Alias{u"noapperrorstring", u"no_app_error_string"},
};

constexpr std::array kTranslatable{u"label", u"hint", u"guidance_hint", u"constraint_message",
                                   u"required_message", u"warning_message"};

// A prefix pyxform groups into the bind/control dictionaries: "bind::relevant" means "relevant".
bool isGroupPrefix(const QString &token)
{
    return token == u"bind" || token == u"control" || token == u"body";
}

// pyxform's to_snake_case: runs of white space become one underscore, and the text is lower-cased.
QString snakeCase(const QString &text)
{
    return text.split(u' ', Qt::SkipEmptyParts).join(u'_').toLower();
}

QString canonical(const QString &token)
{
    const QString snake = snakeCase(token);
    for (const Alias &alias : kAliases) {
        if (snake == QStringView(alias.spelling))
            return QString::fromUtf16(alias.canonical);
    }
    return snake;
}

// Splits a header as pyxform does: on "::" when present, otherwise on single colons (legacy "label:English"),
// keeping "jr:count" and the like whole.
QStringList tokens(const QString &text)
{
    QStringList parts;
    if (text.contains(QStringLiteral("::"))) {
        parts = text.split(QStringLiteral("::"));
    } else {
        const QStringList pieces = text.split(u':');
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (pieces.at(i).trimmed().compare(u"jr", Qt::CaseInsensitive) == 0 && i + 1 < pieces.size()) {
                parts << pieces.at(i).trimmed() + u':' + pieces.at(i + 1);
                ++i;
            } else {
                parts << pieces.at(i);
            }
        }
    }
    for (QString &part : parts)
        part = part.trimmed();
    return parts;
}

} // namespace

ColumnHeader ColumnHeader::parse(QStringView header)
{
    ColumnHeader result;
    const QString text = header.trimmed().toString().simplified();
    QStringList parts = tokens(text);
    if (parts.size() > 1 && isGroupPrefix(snakeCase(parts.front())))
        parts.removeFirst();

    result.base = canonical(parts.front());
    for (const char16_t *t : kTranslatable) {
        if (result.base == QStringView(t))
            result.translatable = true;
    }
    const QString language = parts.mid(1).join(QStringLiteral("::"));
    result.language = result.translatable ? language : QString();
    if (!result.translatable && !language.isEmpty())
        result.base = text.toLower(); // e.g. "media::image::english": a column we do not read
    return result;
}

} // namespace flowdesk
