#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

class QXmlStreamReader;

namespace flowdesk {

// Readers for the small XML parts of an .xlsx package that say where the sheets are and how to show cells.
// Each returns nullopt on malformed XML with `error` set to "line N: what is wrong". Stateless, thread-safe.
class XlsxParts
{
public:
    struct SheetEntry
    {
        QString name;
        QString relationshipId; // key into the workbook's Relationships
    };
    struct WorkbookInfo
    {
        std::vector<SheetEntry> sheets; // in tab order
        bool date1904 = false;          // dates count from 1904-01-01 (old Mac Excel) rather than 1900
    };
    struct Relationship
    {
        QString type; // a URI; only its last segment ("worksheet", "sharedStrings", ...) matters here
        QString
            target; // part path, relative to the part that owns the relationships unless it starts with '/'
    };
    using Relationships = std::map<QString, Relationship>;

    static std::optional<WorkbookInfo> parseWorkbook(const QByteArray &xml, QString &error);
    static std::optional<Relationships> parseRelationships(const QByteArray &xml, QString &error);
    static std::optional<QStringList> parseSharedStrings(const QByteArray &xml, QString &error);
    // One flag per cell format, indexed by a cell's s attribute: true when the format shows a date or time.
    static std::optional<std::vector<bool>> parseDateStyles(const QByteArray &xml, QString &error);

    // The zip entry a relationship target names, seen from `baseFolder` ("xl").
    static QString resolveTarget(const QString &baseFolder, const QString &target);
    // The last segment of a relationship type URI.
    static QString relationshipKind(const QString &type);
    // Reads the text of an <si> or <is> element: plain <t>, or rich-text runs <r><t> joined; phonetic
    // guides (<rPh>) are not part of the text. Leaves the reader on the element's end.
    static QString readRichText(QXmlStreamReader &xml);
    // Undoes the _xHHHH_ escapes OOXML uses for characters XML cannot carry (Excel writes _x000D_ for CR).
    static QString unescape(QString text);
};

} // namespace flowdesk
