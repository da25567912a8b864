#include "languagename.h"

#include <array>

namespace flowdesk {

namespace {

struct KnownName
{
    const char16_t *name;
    const char16_t *code;
};

constexpr std::array kKnownNames{
    KnownName{u"english", u"en"}, KnownName{u"french", u"fr"},   KnownName{u"arabic", u"ar"},
    KnownName{u"spanish", u"es"}, KnownName{u"portuguese", u"pt"}, KnownName{u"swahili", u"sw"},
    KnownName{u"farsi", u"fa"},   KnownName{u"persian", u"fa"},  KnownName{u"dari", u"prs"},
    KnownName{u"pashto", u"ps"},  KnownName{u"urdu", u"ur"},     KnownName{u"hebrew", u"he"},
    KnownName{u"chinese", u"zh"}, KnownName{u"russian", u"ru"},  KnownName{u"tigrinya", u"ti"},
    KnownName{u"amharic", u"am"}, KnownName{u"hausa", u"ha"},    KnownName{u"somali", u"so"},
};

constexpr std::array kRightToLeft{u"ar", u"fa", u"prs", u"ps", u"ur", u"he"};

} // namespace

QString languageCode(QStringView languageName)
{
    const qsizetype open = languageName.lastIndexOf(u'(');
    const qsizetype close = languageName.lastIndexOf(u')');
    if (open >= 0 && close > open)
        return languageName.mid(open + 1, close - open - 1).trimmed().toString().toLower();
    const QString lower = languageName.trimmed().toString().toLower();
    for (const KnownName &known : kKnownNames) {
        if (lower == QStringView(known.name))
            return QString::fromUtf16(known.code);
    }
    return lower;
}

bool isRightToLeft(QStringView languageName)
{
    const QString code = languageCode(languageName);
    for (const char16_t *rtl : kRightToLeft) {
        if (code == QStringView(rtl))
            return true;
    }
    return false;
}

} // namespace flowdesk
