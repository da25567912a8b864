#pragma once

// .xlsx packages built from hand-written XML, so each test controls exactly what the reader sees.

#include "xlsform/ziparchive.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <utility>
#include <vector>

namespace flowdesk::test {

inline const QByteArray mainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
inline const QByteArray relTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

struct XlsxFixture
{
    std::vector<std::pair<QByteArray, QByteArray>> sheets; // name, <sheetData> content
    QByteArray sharedStrings;                              // <si> elements
    QByteArray numFmts;                                    // <numFmt> elements
    QByteArray cellXfs = "<xf numFmtId=\"0\"/>"; // <xf> elements; a cell's s attribute indexes these
    bool date1904 = false;

    std::map<QString, QByteArray> parts() const
    {
        std::map<QString, QByteArray> parts;
        QByteArray sheetList;
        QByteArray relationships;
        for (size_t i = 0; i < sheets.size(); ++i) {
            const QByteArray n = QByteArray::number(qsizetype(i + 1));
            sheetList +=
                "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
            // One relative and one absolute target: both occur in the wild.
            const QByteArray target = i == 0 ? "worksheets/sheet1.xml" : "/xl/worksheets/sheet" + n + ".xml";
            relationships += "<Relationship Id=\"rId" + n + "\" Type=\"" + relTypes +
                             "worksheet\" Target=\"" + target + "\"/>";
            parts[QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1)] =
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + mainNs +
                "\"><dimension ref=\"A1:AMJ1048576\"/><sheetData>" + sheets[i].second +
                "</sheetData></worksheet>";
        }
        relationships += "<Relationship Id=\"rIdS\" Type=\"" + relTypes +
                         "sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rIdT\" Type=\"" +
                         relTypes + "styles\" Target=\"styles.xml\"/>";
        parts[QStringLiteral("[Content_Types].xml")] =
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
        parts[QStringLiteral("xl/workbook.xml")] =
            "<workbook xmlns=\"" + mainNs +
            "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><workbookPr "
            "date1904=\"" +
            (date1904 ? "true" : "false") + "\"/><sheets>" + sheetList + "</sheets></workbook>";
        parts[QStringLiteral("xl/_rels/workbook.xml.rels")] =
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            relationships + "</Relationships>";
        parts[QStringLiteral("xl/sharedStrings.xml")] =
            "<sst xmlns=\"" + mainNs + "\">" + sharedStrings + "</sst>";
        // cellStyleXfs holds a date format on purpose: a cell's style indexes cellXfs only.
        parts[QStringLiteral("xl/styles.xml")] =
            "<styleSheet xmlns=\"" + mainNs + "\"><numFmts>" + numFmts +
            "</numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>"
            "<cellXfs>" +
            cellXfs + "</cellXfs></styleSheet>";
        return parts;
    }
    QByteArray build() const { return ZipArchive::write(parts()); }
};

// An inline-string cell: <c r="B2" t="inlineStr"><is><t>text</t></is></c>.
inline QByteArray inlineCell(const QByteArray &reference, const QByteArray &text)
{
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

} // namespace flowdesk::test
