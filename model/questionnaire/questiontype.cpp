#include "questiontype.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace flowdesk {

namespace {

struct TypeAlias
{
    const char16_t *spelling;
    QuestionType type;
    const char16_t *canonical;
};

// pyxform's question type dictionary (question_type_dictionary.py) and its type aliases (aliases.py), spelt and
// cased exactly as pyxform matches them. Selects, groups and loops are parsed from their own patterns below.
constexpr std::array kPlainTypes{
    TypeAlias{u"integer", QuestionType::Integer, u"integer"},
    TypeAlias{u"int", QuestionType::Integer, u"integer"},
    TypeAlias{u"add integer prompt", QuestionType::Integer, u"integer"},
    TypeAlias{u"q int", QuestionType::Integer, u"integer"},
    TypeAlias{u"percentage", QuestionType::Integer, u"integer"},
    TypeAlias{u"number of days in last month", QuestionType::Integer, u"integer"},
    TypeAlias{u"number of days in last six months", QuestionType::Integer, u"integer"},
    TypeAlias{u"number of days in last year", QuestionType::Integer, u"integer"},
    TypeAlias{u"decimal", QuestionType::Decimal, u"decimal"},
    TypeAlias{u"add decimal prompt", QuestionType::Decimal, u"decimal"},
    TypeAlias{u"q decimal", QuestionType::Decimal, u"decimal"},
    TypeAlias{u"text", QuestionType::Text, u"text"},
    TypeAlias{u"string", QuestionType::Text, u"text"},
    TypeAlias{u"add text prompt", QuestionType::Text, u"text"},
    TypeAlias{u"q string", QuestionType::Text, u"text"},
    TypeAlias{u"phone number", QuestionType::Text, u"text"},
    // pyxform makes a bare "select one external" a text input (the external app fills it).
    TypeAlias{u"select one external", QuestionType::Text, u"text"},
    TypeAlias{u"date", QuestionType::Date, u"date"},
    TypeAlias{u"add date prompt", QuestionType::Date, u"date"},
    TypeAlias{u"q date", QuestionType::Date, u"date"},
    TypeAlias{u"datetime", QuestionType::DateTime, u"datetime"},
    TypeAlias{u"dateTime", QuestionType::DateTime, u"datetime"},
    TypeAlias{u"date time", QuestionType::DateTime, u"datetime"},
    TypeAlias{u"add date time prompt", QuestionType::DateTime, u"datetime"},
    TypeAlias{u"add dateTime prompt", QuestionType::DateTime, u"datetime"},
    TypeAlias{u"q date time", QuestionType::DateTime, u"datetime"},
    TypeAlias{u"q dateTime", QuestionType::DateTime, u"datetime"},
    TypeAlias{u"time", QuestionType::Time, u"time"},
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
    TypeAlias{u"add calculate prompt", QuestionType::Calculate, u"calculate"},
    TypeAlias{u"q calculate", QuestionType::Calculate, u"calculate"},
    TypeAlias{u"acknowledge", QuestionType::Acknowledge, u"acknowledge"},
    TypeAlias{u"trigger", QuestionType::Acknowledge, u"acknowledge"},
    TypeAlias{u"q acknowledge", QuestionType::Acknowledge, u"acknowledge"},
    TypeAlias{u"add acknowledge prompt", QuestionType::Acknowledge, u"acknowledge"},
    TypeAlias{u"range", QuestionType::Range, u"range"},
    // Metadata the device fills in; a desktop fills what it can (times, user) and leaves the rest empty.
    TypeAlias{u"start", QuestionType::Metadata, u"start"},
    TypeAlias{u"start time", QuestionType::Metadata, u"start"},
    TypeAlias{u"get start time", QuestionType::Metadata, u"start"},
    TypeAlias{u"end", QuestionType::Metadata, u"end"},
    TypeAlias{u"end time", QuestionType::Metadata, u"end"},
    TypeAlias{u"get end time", QuestionType::Metadata, u"end"},
    TypeAlias{u"today", QuestionType::Metadata, u"today"},
    TypeAlias{u"get today", QuestionType::Metadata, u"today"},
    TypeAlias{u"deviceid", QuestionType::Metadata, u"deviceid"},
    TypeAlias{u"device id", QuestionType::Metadata, u"deviceid"},
    TypeAlias{u"get device id", QuestionType::Metadata, u"deviceid"},
    TypeAlias{u"imei", QuestionType::Metadata, u"deviceid"},
    TypeAlias{u"subscriberid", QuestionType::Metadata, u"subscriberid"},
    TypeAlias{u"subscriber id", QuestionType::Metadata, u"subscriberid"},
    TypeAlias{u"get subscriber id", QuestionType::Metadata, u"subscriberid"},
    TypeAlias{u"simserial", QuestionType::Metadata, u"simserial"},
    TypeAlias{u"sim id", QuestionType::Metadata, u"simserial"},
    TypeAlias{u"get sim id", QuestionType::Metadata, u"simserial"},
    TypeAlias{u"phonenumber", QuestionType::Metadata, u"phonenumber"},
    TypeAlias{u"get phone number", QuestionType::Metadata, u"phonenumber"},
    TypeAlias{u"username", QuestionType::Metadata, u"username"},
    TypeAlias{u"email", QuestionType::Metadata, u"email"},
    TypeAlias{u"uri:deviceid", QuestionType::Metadata, u"deviceid"},
    TypeAlias{u"uri:subscriberid", QuestionType::Metadata, u"subscriberid"},
    TypeAlias{u"uri:simserial", QuestionType::Metadata, u"simserial"},
    TypeAlias{u"uri:phonenumber", QuestionType::Metadata, u"phonenumber"},
    TypeAlias{u"uri:username", QuestionType::Metadata, u"username"},
    TypeAlias{u"uri:email", QuestionType::Metadata, u"email"},
    TypeAlias{u"audit", QuestionType::Metadata, u"audit"},
    TypeAlias{u"start-geopoint", QuestionType::Metadata, u"start-geopoint"},
    TypeAlias{u"background-audio", QuestionType::Metadata, u"background-audio"},
    TypeAlias{u"background-geopoint", QuestionType::Metadata, u"background-geopoint"},
    TypeAlias{u"xml-external", QuestionType::Metadata, u"xml-external"},
    TypeAlias{u"csv-external", QuestionType::Metadata, u"csv-external"},
    // Known to XLSForm, but a desktop keyboard cannot capture them.
    TypeAlias{u"image", QuestionType::Unsupported, u"image"},
    TypeAlias{u"photo", QuestionType::Unsupported, u"image"},
    TypeAlias{u"add image prompt", QuestionType::Unsupported, u"image"},
    TypeAlias{u"add photo prompt", QuestionType::Unsupported, u"image"},
    TypeAlias{u"q image", QuestionType::Unsupported, u"image"},
    TypeAlias{u"q picture", QuestionType::Unsupported, u"image"},
    TypeAlias{u"audio", QuestionType::Unsupported, u"audio"},
    TypeAlias{u"add audio prompt", QuestionType::Unsupported, u"audio"},
    TypeAlias{u"q audio", QuestionType::Unsupported, u"audio"},
    TypeAlias{u"video", QuestionType::Unsupported, u"video"},
    TypeAlias{u"add video prompt", QuestionType::Unsupported, u"video"},
    TypeAlias{u"q video", QuestionType::Unsupported, u"video"},
    TypeAlias{u"file", QuestionType::Unsupported, u"file"},
    TypeAlias{u"add file prompt", QuestionType::Unsupported, u"file"},
    TypeAlias{u"barcode", QuestionType::Unsupported, u"barcode"},
    TypeAlias{u"add barcode prompt", QuestionType::Unsupported, u"barcode"},
    TypeAlias{u"q barcode", QuestionType::Unsupported, u"barcode"},
    TypeAlias{u"geotrace", QuestionType::Unsupported, u"geotrace"},
    TypeAlias{u"q geotrace", QuestionType::Unsupported, u"geotrace"},
    TypeAlias{u"geoshape", QuestionType::Unsupported, u"geoshape"},
    TypeAlias{u"q geoshape", QuestionType::Unsupported, u"geoshape"},
    TypeAlias{u"osm", QuestionType::Unsupported, u"osm"},
    TypeAlias{u"rank", QuestionType::Unsupported, u"rank"},
    // Select spellings pyxform's dictionary holds without a list name: a select that names no list.
    TypeAlias{u"select one", QuestionType::SelectOne, u"select_one"},
    TypeAlias{u"select one using", QuestionType::SelectOne, u"select_one"},
    TypeAlias{u"q select1", QuestionType::SelectOne, u"select_one"},
    TypeAlias{u"add select one prompt using", QuestionType::SelectOne, u"select_one"},
    TypeAlias{u"select all that apply", QuestionType::SelectMultiple, u"select_multiple"},
    TypeAlias{u"select all that apply from", QuestionType::SelectMultiple, u"select_multiple"},
    TypeAlias{u"select multiple from", QuestionType::SelectMultiple, u"select_multiple"},
    TypeAlias{u"select multiple using", QuestionType::SelectMultiple, u"select_multiple"},
    TypeAlias{u"q select", QuestionType::SelectMultiple, u"select_multiple"},
    TypeAlias{u"add select multiple prompt using", QuestionType::SelectMultiple, u"select_multiple"},
};

// pyxform's settings aliases: a survey row of this type sets the setting to the row's name.
constexpr std::array kSettingTypes{
    TypeAlias{u"form_title", QuestionType::Unsupported, u"form_title"},
    TypeAlias{u"set_form_title", QuestionType::Unsupported, u"form_title"},
    TypeAlias{u"form_id", QuestionType::Unsupported, u"form_id"},
    TypeAlias{u"set_form_id", QuestionType::Unsupported, u"form_id"},
    TypeAlias{u"prefix", QuestionType::Unsupported, u"prefix"},
};

struct SelectAlias
{
    const char16_t *command;
    QuestionType type;
    bool fromFile;
    bool external;
};

// pyxform's aliases.select, each followed by a list name (no spaces) and perhaps "or specify other".
constexpr std::array kSelectCommands{
    SelectAlias{u"add select one prompt using", QuestionType::SelectOne, false, false},
    SelectAlias{u"add select multiple prompt using", QuestionType::SelectMultiple, false, false},
    SelectAlias{u"select all that apply from", QuestionType::SelectMultiple, false, false},
    SelectAlias{u"select one from", QuestionType::SelectOne, false, false},
    SelectAlias{u"select1", QuestionType::SelectOne, false, false},
    SelectAlias{u"select_one", QuestionType::SelectOne, false, false},
    SelectAlias{u"select one", QuestionType::SelectOne, false, false},
    SelectAlias{u"select_multiple", QuestionType::SelectMultiple, false, false},
    SelectAlias{u"select all that apply", QuestionType::SelectMultiple, false, false},
    SelectAlias{u"select_one_external", QuestionType::SelectOne, false, true},
    SelectAlias{u"select_one_from_file", QuestionType::SelectOne, true, false},
    SelectAlias{u"select_multiple_from_file", QuestionType::SelectMultiple, true, false},
    SelectAlias{u"select one from file", QuestionType::SelectOne, true, false},
    SelectAlias{u"select multiple from file", QuestionType::SelectMultiple, true, false},
    SelectAlias{u"rank", QuestionType::Unsupported, false, false},
};

// pyxform collapses runs of white space in every survey cell before reading it.
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

const QString kControls = QStringLiteral("(group|lgroup|repeat|loop|looped group)");

bool parseBlock(const QString &text, ParsedType &result)
{
    static const QRegularExpression begin(QStringLiteral("^begin[\\s_]") + kControls +
                                          QStringLiteral("( (over )?(\\S+))?$"));
    static const QRegularExpression end(QStringLiteral("^end[\\s_]") + kControls + u'$');
    QRegularExpressionMatch m = begin.match(text);
    result.beginsBlock = m.hasMatch();
    if (!result.beginsBlock) {
        m = end.match(text);
        result.endsBlock = m.hasMatch();
        if (!result.endsBlock)
            return false;
    }
    const QString control = m.captured(1);
    result.known = true;
    result.loop = control == u"loop";
    result.type = control == u"group" || result.loop ? QuestionType::Group : QuestionType::Repeat;
    if (result.loop && result.beginsBlock)
        result.loopList = m.captured(4);
    const QString kind = result.loop ? QStringLiteral("loop")
                         : result.type == QuestionType::Repeat ? QStringLiteral("repeat")
                                                                : QStringLiteral("group");
    result.canonicalName = (result.beginsBlock ? QStringLiteral("begin_") : QStringLiteral("end_")) + kind;
    return true;
}

const QRegularExpression &selectPattern()
{
    static const QRegularExpression pattern = [] {
        QStringList commands;
        for (const SelectAlias &alias : kSelectCommands)
            commands << QRegularExpression::escape(QString::fromUtf16(alias.command));
        return QRegularExpression(QStringLiteral("^(%1) (\\S+)( (or specify other|or_other|or other))?$")
                                      .arg(commands.join(u'|')));
    }();
    return pattern;
}

bool parseSelect(const QString &text, ParsedType &result)
{
    const QRegularExpressionMatch m = selectPattern().match(text);
    if (!m.hasMatch())
        return false;
    const QString command = m.captured(1);
    const auto alias = std::find_if(kSelectCommands.begin(), kSelectCommands.end(),
                                    [&](const SelectAlias &a) { return command == QStringView(a.command); });
    const QString list = m.captured(2);
    result.known = true;
    result.type = alias->type;
    result.external = alias->external;
    result.orOther = m.hasCaptured(3);
    result.canonicalName = alias->type == QuestionType::SelectMultiple ? QStringLiteral("select_multiple")
                           : alias->type == QuestionType::SelectOne    ? QStringLiteral("select_one")
                                                                       : QStringLiteral("rank");
    if (alias->fromFile) {
        result.externalFile = list;
        static const QRegularExpression extension(QStringLiteral("\\.(csv|xml|geojson)$"));
        if (!extension.match(list).hasMatch())
            result.problem = QStringLiteral("the choice file '%1' must be a .csv, .xml or .geojson file name").arg(list);
    } else {
        result.list = list;
        result.listIsReference = list.startsWith(u"${") && list.endsWith(u'}');
    }
    return true;
}

template <typename Table>
const TypeAlias *findAlias(const Table &table, const QString &text)
{
    for (const TypeAlias &alias : table) {
        if (text == QStringView(alias.spelling))
            return &alias;
    }
    return nullptr;
}

} // namespace

ParsedType parseQuestionType(QStringView typeCell)
{
    ParsedType result;
    const QString text = collapseSpaces(typeCell);
    if (text.isEmpty())
        return result;
    if (const TypeAlias *setting = findAlias(kSettingTypes, text)) {
        result.known = true;
        result.setting = QString::fromUtf16(setting->canonical);
        return result;
    }
    if (parseBlock(text, result) || parseSelect(text, result))
        return result;
    if (const TypeAlias *alias = findAlias(kPlainTypes, text)) {
        result.type = alias->type;
        result.canonicalName = QString::fromUtf16(alias->canonical);
        result.known = true;
        return result;
    }
    // pyxform reads "osm LIST" as an OSM question with tags from LIST; a desktop cannot capture it.
    if (text.startsWith(u"osm ") && !text.mid(4).contains(u' ')) {
        result.known = true;
        result.canonicalName = QStringLiteral("osm");
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
