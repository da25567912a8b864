#include "questiontype.h"

#include <QRegularExpression>

#include <array>

namespace flowdesk {

namespace {

struct TypeAlias
{
    const char16_t *spelling;
    QuestionType type;
    const char16_t *canonical;
};

// The spellings pyxform accepts for each type, legacy "add ... prompt" forms included.
constexpr std::array kPlainTypes{
    TypeAlias{u"integer", QuestionType::Integer, u"integer"},
    TypeAlias{u"int", QuestionType::Integer, u"integer"},
    TypeAlias{u"add integer prompt", QuestionType::Integer, u"integer"},
    TypeAlias{u"q integer", QuestionType::Integer, u"integer"},
    TypeAlias{u"decimal", QuestionType::Decimal, u"decimal"},
    TypeAlias{u"add decimal prompt", QuestionType::Decimal, u"decimal"},
    TypeAlias{u"q decimal", QuestionType::Decimal, u"decimal"},
    TypeAlias{u"text", QuestionType::Text, u"text"},
    TypeAlias{u"string", QuestionType::Text, u"text"},
    TypeAlias{u"add text prompt", QuestionType::Text, u"text"},
    TypeAlias{u"add string prompt", QuestionType::Text, u"text"},
    TypeAlias{u"q string", QuestionType::Text, u"text"},
    TypeAlias{u"date", QuestionType::Date, u"date"},
    TypeAlias{u"add date prompt", QuestionType::Date, u"date"},
    TypeAlias{u"q date", QuestionType::Date, u"date"},
    TypeAlias{u"datetime", QuestionType::DateTime, u"datetime"},
    TypeAlias{u"add datetime prompt", QuestionType::DateTime, u"datetime"},
    TypeAlias{u"add date time prompt", QuestionType::DateTime, u"datetime"},
    TypeAlias{u"time", QuestionType::Time, u"time"},
    TypeAlias{u"add time prompt", QuestionType::Time, u"time"},
    TypeAlias{u"geopoint", QuestionType::Geopoint, u"geopoint"},
    TypeAlias{u"location", QuestionType::Geopoint, u"geopoint"},
    TypeAlias{u"gps", QuestionType::Geopoint, u"geopoint"},
    TypeAlias{u"add location prompt", QuestionType::Geopoint, u"geopoint"},
    TypeAlias{u"q location", QuestionType::Geopoint, u"geopoint"},
    TypeAlias{u"q geopoint", QuestionType::Geopoint, u"geopoint"},
    TypeAlias{u"note", QuestionType::Note, u"note"},
    TypeAlias{u"add note prompt", QuestionType::Note, u"note"},
    TypeAlias{u"q note", QuestionType::Note, u"note"},
    TypeAlias{u"calculate", QuestionType::Calculate, u"calculate"},
    TypeAlias{u"hidden", QuestionType::Calculate, u"calculate"},
    TypeAlias{u"acknowledge", QuestionType::Acknowledge, u"acknowledge"},
    TypeAlias{u"trigger", QuestionType::Acknowledge, u"acknowledge"},
    TypeAlias{u"q acknowledge", QuestionType::Acknowledge, u"acknowledge"},
    TypeAlias{u"add acknowledge prompt", QuestionType::Acknowledge, u"acknowledge"},
    TypeAlias{u"range", QuestionType::Range, u"range"},
    // Metadata the device fills in; a desktop fills what it can (times, user) and leaves the rest empty.
    TypeAlias{u"start", QuestionType::Metadata, u"start"},
    TypeAlias{u"end", QuestionType::Metadata, u"end"},
    TypeAlias{u"today", QuestionType::Metadata, u"today"},
    TypeAlias{u"deviceid", QuestionType::Metadata, u"deviceid"},
    TypeAlias{u"imei", QuestionType::Metadata, u"deviceid"},
    TypeAlias{u"uri:deviceid", QuestionType::Metadata, u"deviceid"},
    TypeAlias{u"uri:subscriberid", QuestionType::Metadata, u"subscriberid"},
    TypeAlias{u"uri:simserial", QuestionType::Metadata, u"simserial"},
    TypeAlias{u"uri:phonenumber", QuestionType::Metadata, u"phonenumber"},
    TypeAlias{u"uri:username", QuestionType::Metadata, u"username"},
    TypeAlias{u"uri:email", QuestionType::Metadata, u"email"},
    TypeAlias{u"subscriberid", QuestionType::Metadata, u"subscriberid"},
    TypeAlias{u"simserial", QuestionType::Metadata, u"simserial"},
    TypeAlias{u"phonenumber", QuestionType::Metadata, u"phonenumber"},
    TypeAlias{u"username", QuestionType::Metadata, u"username"},
    TypeAlias{u"email", QuestionType::Metadata, u"email"},
    TypeAlias{u"audit", QuestionType::Metadata, u"audit"},
    TypeAlias{u"start-geopoint", QuestionType::Metadata, u"start-geopoint"},
    TypeAlias{u"background-audio", QuestionType::Metadata, u"background-audio"},
    TypeAlias{u"xml-external", QuestionType::Metadata, u"xml-external"},
    TypeAlias{u"csv-external", QuestionType::Metadata, u"csv-external"},
    // Known to XLSForm, but a desktop keyboard cannot capture them.
    TypeAlias{u"image", QuestionType::Unsupported, u"image"},
    TypeAlias{u"photo", QuestionType::Unsupported, u"image"},
    TypeAlias{u"add image prompt", QuestionType::Unsupported, u"image"},
    TypeAlias{u"add photo prompt", QuestionType::Unsupported, u"image"},
    TypeAlias{u"audio", QuestionType::Unsupported, u"audio"},
    TypeAlias{u"add audio prompt", QuestionType::Unsupported, u"audio"},
    TypeAlias{u"video", QuestionType::Unsupported, u"video"},
    TypeAlias{u"add video prompt", QuestionType::Unsupported, u"video"},
    TypeAlias{u"file", QuestionType::Unsupported, u"file"},
    TypeAlias{u"add file prompt", QuestionType::Unsupported, u"file"},
    TypeAlias{u"barcode", QuestionType::Unsupported, u"barcode"},
    TypeAlias{u"add barcode prompt", QuestionType::Unsupported, u"barcode"},
    TypeAlias{u"geotrace", QuestionType::Unsupported, u"geotrace"},
    TypeAlias{u"geoshape", QuestionType::Unsupported, u"geoshape"},
    TypeAlias{u"signature", QuestionType::Unsupported, u"signature"},
    TypeAlias{u"entity", QuestionType::Unsupported, u"entity"},
};

struct SelectAlias
{
    const char16_t *prefix;
    QuestionType type;
    bool fromFile;
    bool external;
};

// Longest spellings first so "select one from file" wins over "select one".
constexpr std::array kSelectPrefixes{
    SelectAlias{u"select_one_from_file", QuestionType::SelectOne, true, false},
    SelectAlias{u"select_multiple_from_file", QuestionType::SelectMultiple, true, false},
    SelectAlias{u"select one from file", QuestionType::SelectOne, true, false},
    SelectAlias{u"select multiple from file", QuestionType::SelectMultiple, true, false},
    SelectAlias{u"add select one prompt using", QuestionType::SelectOne, false, false},
    SelectAlias{u"add select multiple prompt using", QuestionType::SelectMultiple, false, false},
    SelectAlias{u"select all that apply from", QuestionType::SelectMultiple, false, false},
    SelectAlias{u"select all that apply", QuestionType::SelectMultiple, false, false},
    SelectAlias{u"select one from", QuestionType::SelectOne, false, false},
    SelectAlias{u"select_one_external", QuestionType::SelectOne, false, true},
    SelectAlias{u"select one external", QuestionType::SelectOne, false, true},
    SelectAlias{u"select_multiple", QuestionType::SelectMultiple, false, false},
    SelectAlias{u"select multiple", QuestionType::SelectMultiple, false, false},
    SelectAlias{u"select_one", QuestionType::SelectOne, false, false},
    SelectAlias{u"select one", QuestionType::SelectOne, false, false},
    SelectAlias{u"select1", QuestionType::SelectOne, false, false},
    SelectAlias{u"rank", QuestionType::Unsupported, false, false},
};

QString collapseSpaces(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text.trimmed()) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

bool parseBlock(const QString &lower, ParsedType &result)
{
    static const QRegularExpression block(QStringLiteral("^(begin|end)[ _](group|repeat|lgroup|looped group|loop)$"));
    const QRegularExpressionMatch m = block.match(lower);
    if (!m.hasMatch())
        return false;
    const bool begins = m.captured(1) == u"begin";
    const QString control = m.captured(2);
    const bool repeat = control != u"group";
    result.known = control != u"loop"; // "begin loop" needs a choice list pyxform expands; not supported
    result.type = control == u"loop" ? QuestionType::Unsupported
                  : repeat           ? QuestionType::Repeat
                                     : QuestionType::Group;
    result.beginsBlock = begins;
    result.endsBlock = !begins;
    result.canonicalName = QStringLiteral("%1_%2").arg(m.captured(1), repeat ? QStringLiteral("repeat")
                                                                             : QStringLiteral("group"));
    return true;
}

} // namespace

ParsedType parseQuestionType(QStringView typeCell)
{
    ParsedType result;
    const QString text = collapseSpaces(typeCell);
    const QString lower = text.toLower();
    if (lower.isEmpty())
        return result;

    if (parseBlock(lower, result))
        return result;

    for (const TypeAlias &alias : kPlainTypes) {
        if (lower == QStringView(alias.spelling)) {
            result.type = alias.type;
            result.canonicalName = QString::fromUtf16(alias.canonical);
            result.known = true;
            return result;
        }
    }

    for (const SelectAlias &alias : kSelectPrefixes) {
        const QStringView prefix(alias.prefix);
        if (!lower.startsWith(prefix) || (lower.size() > prefix.size() && lower.at(prefix.size()) != u' '))
            continue;
        QStringList rest = text.mid(prefix.size()).split(u' ', Qt::SkipEmptyParts);
        result.type = alias.type;
        result.known = true;
        result.external = alias.external;
        result.canonicalName = alias.type == QuestionType::SelectMultiple ? QStringLiteral("select_multiple")
                               : alias.type == QuestionType::SelectOne    ? QStringLiteral("select_one")
                                                                          : QStringLiteral("rank");
        if (!rest.isEmpty() && rest.last().compare(u"or_other", Qt::CaseInsensitive) == 0) {
            result.orOther = true;
            rest.removeLast();
        }
        if (alias.fromFile)
            result.externalFile = rest.join(u' ');
        else
            result.list = rest.join(u' ');
        return result;
    }

    // pyxform treats "osm" + list name like a select over OSM tags; a desktop cannot capture it.
    if (lower == u"osm" || lower.startsWith(u"osm ")) {
        result.known = true;
        result.canonicalName = QStringLiteral("osm");
        return result;
    }
    return result;
}

QString questionTypeName(QuestionType type)
{
    switch (type) {
    case QuestionType::Integer: return QStringLiteral("integer");
    case QuestionType::Decimal: return QStringLiteral("decimal");
    case QuestionType::Text: return QStringLiteral("text");
    case QuestionType::SelectOne: return QStringLiteral("select_one");
    case QuestionType::SelectMultiple: return QStringLiteral("select_multiple");
    case QuestionType::Date: return QStringLiteral("date");
    case QuestionType::DateTime: return QStringLiteral("datetime");
    case QuestionType::Time: return QStringLiteral("time");
    case QuestionType::Geopoint: return QStringLiteral("geopoint");
    case QuestionType::Note: return QStringLiteral("note");
    case QuestionType::Calculate: return QStringLiteral("calculate");
    case QuestionType::Acknowledge: return QStringLiteral("acknowledge");
    case QuestionType::Range: return QStringLiteral("range");
    case QuestionType::Group: return QStringLiteral("group");
    case QuestionType::Repeat: return QStringLiteral("repeat");
    case QuestionType::Metadata: return QStringLiteral("metadata");
    case QuestionType::Unsupported: return QStringLiteral("unsupported");
    }
    return QString();
}

bool isSelect(QuestionType type)
{
    return type == QuestionType::SelectOne || type == QuestionType::SelectMultiple;
}

bool isInputType(QuestionType type)
{
    switch (type) {
    case QuestionType::Integer:
    case QuestionType::Decimal:
    case QuestionType::Text:
    case QuestionType::SelectOne:
    case QuestionType::SelectMultiple:
    case QuestionType::Date:
    case QuestionType::DateTime:
    case QuestionType::Time:
    case QuestionType::Geopoint:
    case QuestionType::Acknowledge:
    case QuestionType::Range:
        return true;
    default:
        return false;
    }
}

} // namespace flowdesk
