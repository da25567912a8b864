#include "xlsxparts.h"

#include "exceldate.h"
#include "workbookbudget.h"
#include "xmlpart.h"

#include <QDir>
#include <QXmlStreamReader>

namespace flowdesk {

namespace {

// Relationship ids live in the officeDocument relationships namespace, which differs between transitional and
// strict OOXML; any namespaced attribute called "id" is the one.
QString relationshipIdOf(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    }
    return {};
}

bool isTrue(QStringView value)
{
    return value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0;
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

std::optional<XlsxParts::WorkbookInfo> XlsxParts::parseWorkbook(const QByteArray &xml, QString &error)
{
    WorkbookInfo info;
    XmlPart part(xml);
    QXmlStreamReader &reader = part.reader();
    while (!reader.atEnd()) {
        if (part.next() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        if (reader.name() == u"workbookPr") {
            info.date1904 = isTrue(attributes.value(QLatin1StringView("date1904")));
        } else if (reader.name() == u"sheet") {
            info.sheets.push_back(
                {attributes.value(QLatin1StringView("name")).toString(), relationshipIdOf(attributes)});
        }
    }
    if (part.failed(error))
        return std::nullopt;
    return info;
}

std::optional<XlsxParts::Relationships> XlsxParts::parseRelationships(const QByteArray &xml, QString &error)
{
    Relationships relationships;
    XmlPart part(xml);
    QXmlStreamReader &reader = part.reader();
    while (!reader.atEnd()) {
        if (part.next() != QXmlStreamReader::StartElement || reader.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        relationships[attributes.value(QLatin1StringView("Id")).toString()] = {
            attributes.value(QLatin1StringView("Type")).toString(),
            attributes.value(QLatin1StringView("Target")).toString()};
    }
    if (part.failed(error))
        return std::nullopt;
    return relationships;
}

std::optional<QStringList> XlsxParts::parseSharedStrings(const QByteArray &xml, QString &error)
{
    QStringList strings;
    // The table is kept whole while the sheets are read, so it has a budget of its own.
    WorkbookBudget budget;
    XmlPart part(xml);
    QXmlStreamReader &reader = part.reader();
    while (!reader.atEnd()) {
        if (part.next() != QXmlStreamReader::StartElement || reader.name() != u"si")
            continue;
        QString text = readRichText(reader);
        if (text.size() > WorkbookBudget::maxCellCharacters) {
            error = QStringLiteral("shared text #%1 holds %2 characters; a cell holds at most %3 (Excel's limit)")
                        .arg(strings.size())
                        .arg(WorkbookBudget::number(text.size()), WorkbookBudget::number(WorkbookBudget::maxCellCharacters));
            return std::nullopt;
        }
        if (!budget.spendCell(text.size(), error))
            return std::nullopt;
        strings.append(std::move(text));
    }
    if (part.failed(error))
        return std::nullopt;
    return strings;
}

std::optional<std::vector<bool>> XlsxParts::parseDateStyles(const QByteArray &xml, QString &error)
{
    std::map<int, bool> customIsDate;
    std::vector<bool> styles;
    bool inCellXfs = false;
    XmlPart part(xml);
    QXmlStreamReader &reader = part.reader();
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = part.next();
        if (token == QXmlStreamReader::EndElement && reader.name() == u"cellXfs") {
            inCellXfs = false;
        } else if (token == QXmlStreamReader::StartElement) {
            const QXmlStreamAttributes attributes = reader.attributes();
            if (reader.name() == u"numFmt") {
                customIsDate[attributes.value(QLatin1StringView("numFmtId")).toInt()] =
                    ExcelDate::isDateFormatCode(attributes.value(QLatin1StringView("formatCode")));
            } else if (reader.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && reader.name() == u"xf") {
                // Cell styles (cellStyleXfs) also hold <xf>, but a cell's s attribute indexes cellXfs only.
                const int id = attributes.value(QLatin1StringView("numFmtId")).toInt();
                const auto custom = customIsDate.find(id);
                styles.push_back(custom != customIsDate.end() ? custom->second
                                                              : ExcelDate::isBuiltInDateFormat(id));
            }
        }
    }
    if (part.failed(error))
        return std::nullopt;
    return styles;
}

QString XlsxParts::resolveTarget(const QString &baseFolder, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(baseFolder + u'/' + target);
}

QString XlsxParts::relationshipKind(const QString &type)
{
    return type.section(u'/', -1);
}

QString XlsxParts::readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"t")
                text += xml.readElementText();
            else if (xml.name() == u"rPh" || xml.name() == u"rPr" || xml.name() == u"phoneticPr")
                xml.skipCurrentElement();
            else
                ++depth;
        }
    }
    return unescape(std::move(text));
}

QString XlsxParts::unescape(QString text)
{
    qsizetype at = text.indexOf(u"_x");
    if (at < 0)
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (; at >= 0; at = text.indexOf(u"_x", from)) {
        int code = 0;
        bool valid = at + 6 < text.size() && text[at + 6] == u'_';
        for (int i = 2; valid && i < 6; ++i) {
            const int digit = hexDigit(text[at + i]);
            valid = digit >= 0;
            code = code * 16 + digit;
        }
        out += QStringView(text).sliced(from, at - from);
        if (valid) {
            out += QChar(char16_t(code));
            from = at + 7;
        } else {
            out += u"_x";
            from = at + 2;
        }
    }
    out += QStringView(text).sliced(from);
    return out;
}

} // namespace flowdesk
