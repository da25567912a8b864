#include "columnheader.h"

#include <array>

namespace flowdesk {

namespace {

struct Alias
{
    const char16_t *spelling;
    const char16_t *canonical;
};

// pyxform's header aliases (aliases.py survey_header/list_header), reduced to the columns we read.
constexpr std::array kAliases{
    Alias{u"caption", u"label"},
    Alias{u"relevance", u"relevant"},
    Alias{u"readonly", u"read_only"},
    Alias{u"calculate", u"calculation"},
    Alias{u"constraining message", u"constraint_message"},
    Alias{u"constraint message", u"constraint_message"},
    Alias{u"jr:constraintmsg", u"constraint_message"},
    Alias{u"required message", u"required_message"},
    Alias{u"jr:requiredmsg", u"required_message"},
    Alias{u"warning message", u"warning_message"},
    Alias{u"count", u"repeat_count"},
    Alias{u"jr:count", u"repeat_count"},
    Alias{u"list name", u"list_name"},
    Alias{u"value", u"name"},
    Alias{u"guidance hint", u"guidance_hint"},
    Alias{u"choice filter", u"choice_filter"},
};

constexpr std::array kTranslatable{u"label", u"hint", u"guidance_hint", u"constraint_message",
                                   u"required_message", u"warning_message"};

QString canonical(QString base)
{
    for (const char16_t *prefix : {u"bind::", u"control::", u"body::"}) {
        if (base.startsWith(QStringView(prefix)))
            base.remove(0, static_cast<qsizetype>(std::char_traits<char16_t>::length(prefix)));
    }
    for (const Alias &alias : kAliases) {
        if (base == QStringView(alias.spelling))
            return QString::fromUtf16(alias.canonical);
    }
    return base;
}

} // namespace

ColumnHeader ColumnHeader::parse(QStringView header)
{
    ColumnHeader result;
    const QString text = header.trimmed().toString();
    QString base = text;
    QString language;

    // "media::image::English (en)" and "image::English" are media columns: keep them whole, never languages.
    qsizetype split = text.indexOf(QStringLiteral("::"));
    const QString lowerText = text.toLower();
    if (lowerText.startsWith(u"bind::") || lowerText.startsWith(u"control::") || lowerText.startsWith(u"body::"))
        split = text.indexOf(QStringLiteral("::"), split + 2);
    if (split >= 0) {
        base = text.left(split);
        language = text.mid(split + 2).trimmed();
    } else {
        // Legacy single-colon form "label:english"; "jr:count" style names are not languages.
        const qsizetype colon = text.indexOf(u':');
        if (colon > 0 && !lowerText.startsWith(u"jr:")) {
            base = text.left(colon);
            language = text.mid(colon + 1).trimmed();
        }
    }
    if (lowerText.startsWith(u"bind::") || lowerText.startsWith(u"control::") || lowerText.startsWith(u"body::")) {
        if (split < 0) {
            base = text;
            language.clear();
        }
    }

    result.base = canonical(base.trimmed().toLower());
    for (const char16_t *t : kTranslatable) {
        if (result.base == QStringView(t))
            result.translatable = true;
    }
    result.language = result.translatable ? language : QString();
    if (!result.translatable && !language.isEmpty())
        result.base = text.toLower(); // e.g. "media::image::english": a column we do not read
    return result;
}

} // namespace flowdesk
