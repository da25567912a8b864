#include "xlsxreader.h"

#include "sheetbuilder.h"
#include "workbookbudget.h"
#include "xlsxparts.h"
#include "xlsxworksheet.h"
#include "ziparchive.h"

namespace flowdesk {

namespace {

const QString workbookPart = QStringLiteral("xl/workbook.xml");

WorkbookError fail(const QString &sourceName, const QString &what)
{
    return WorkbookError{sourceName + QStringLiteral(": ") + what};
}

// Files that are not .xlsx but are often mistaken for one get a message saying how to convert them.
std::optional<WorkbookError> refuseLookAlike(const QByteArray &bytes, const QString &sourceName)
{
    const bool namedXls = sourceName.endsWith(QStringLiteral(".xls"), Qt::CaseInsensitive);
    const bool compoundDocument = bytes.startsWith("\xD0\xCF\x11\xE0");
    const bool zip = bytes.startsWith("PK");
    if (namedXls && !zip) {
        return WorkbookError{sourceName +
                             QStringLiteral(" is an old binary Excel file (.xls); open it in Excel or "
                                            "LibreOffice and save it as .xlsx")};
    }
    if (compoundDocument) {
        // Excel wraps password-protected workbooks in the same container as .xls files.
        return WorkbookError{sourceName +
                             QStringLiteral(" is not an .xlsx workbook: it is either password-protected "
                                            "or an old binary Excel file (.xls) that was renamed; remove "
                                            "the password, or open it in Excel or LibreOffice and save it "
                                            "as .xlsx")};
    }
    return std::nullopt;
}

class PackageReader
{
public:
    PackageReader(const QByteArray &bytes, const QString &sourceName) : m_zip(bytes), m_sourceName(sourceName)
    {
    }

    std::variant<Workbook, WorkbookError> run()
    {
        QString error;
        if (!m_zip.open(error))
            return fail(m_sourceName, QStringLiteral("cannot be read as an .xlsx workbook: ") + error);
        if (!m_zip.contains(workbookPart)) {
            if (m_zip.contains(QStringLiteral("content.xml")) && m_zip.contains(QStringLiteral("mimetype"))) {
                return WorkbookError{m_sourceName +
                                     QStringLiteral(" is an OpenDocument spreadsheet (.ods); open it "
                                                    "in LibreOffice and save it as .xlsx")};
            }
            return fail(m_sourceName,
                        QStringLiteral("is a zip archive but not an Excel workbook (it has no %1)")
                            .arg(workbookPart));
        }

        std::optional<XlsxParts::WorkbookInfo> info;
        std::optional<XlsxParts::Relationships> relationships;
        if (!readPart(workbookPart, info, &XlsxParts::parseWorkbook, error) ||
            !readPart(QStringLiteral("xl/_rels/workbook.xml.rels"), relationships,
                      &XlsxParts::parseRelationships, error)) {
            return fail(m_sourceName, error);
        }
        std::optional<QStringList> sharedStrings = QStringList();
        const QString sharedStringsPart = partOfKind(*relationships, u"sharedStrings", "sharedStrings.xml");
        if (m_zip.contains(sharedStringsPart) &&
            !readPart(sharedStringsPart, sharedStrings, &XlsxParts::parseSharedStrings, error)) {
            return fail(m_sourceName, error);
        }
        Workbook workbook;
        workbook.sourceName = m_sourceName;
        // Styles only say which numbers are dates: a damaged styles part costs the dates, not the form. (When it
        // overspent the budget, the sheets after it are refused for that.)
        std::optional<std::vector<bool>> dateStyles = std::vector<bool>();
        const QString stylesPart = partOfKind(*relationships, u"styles", "styles.xml");
        if (m_zip.contains(stylesPart) && !readPart(stylesPart, dateStyles, &XlsxParts::parseDateStyles, error)) {
            workbook.warnings.append(
                QStringLiteral("%1: the cell formatting (%2) cannot be read, so FlowDesk read the form without it: "
                               "dates typed into cells show as Excel day numbers (45292 for 2024-01-01)")
                    .arg(m_sourceName, error));
            dateStyles = std::vector<bool>();
        }

        const XlsxWorksheet::Context context{*sharedStrings, *dateStyles, info->date1904};
        for (const XlsxParts::SheetEntry &entry : info->sheets) {
            const auto relationship = relationships->find(entry.relationshipId);
            if (relationship == relationships->end()) {
                return fail(m_sourceName,
                            QStringLiteral("the workbook lists sheet \"%1\" but does not say where it "
                                           "is stored")
                                .arg(entry.name));
            }
            // Chart sheets and macro sheets have no cells.
            if (XlsxParts::relationshipKind(relationship->second.type) != u"worksheet")
                continue;
            const QString part = XlsxParts::resolveTarget(QStringLiteral("xl"), relationship->second.target);
            const std::optional<QByteArray> xml = m_zip.read(part, error, m_budget);
            SheetBuilder builder(entry.name, &m_budget);
            if (!xml || !XlsxWorksheet::read(*xml, context, builder, error))
                return fail(m_sourceName, QStringLiteral("sheet \"%1\": %2").arg(entry.name, error));
            workbook.sheets.push_back(builder.take());
        }
        return workbook;
    }

private:
    template <typename T>
    bool readPart(const QString &part, std::optional<T> &out,
                  std::optional<T> (*parse)(const QByteArray &, QString &), QString &error)
    {
        const std::optional<QByteArray> xml = m_zip.read(part, error, m_budget);
        if (xml)
            out = parse(*xml, error);
        if (xml && !out)
            error = part + u' ' + error;
        return out.has_value();
    }

    static QString partOfKind(const XlsxParts::Relationships &relationships, QStringView kind,
                              const char *fallback)
    {
        for (const auto &[id, relationship] : relationships) {
            if (XlsxParts::relationshipKind(relationship.type) == kind)
                return XlsxParts::resolveTarget(QStringLiteral("xl"), relationship.target);
        }
        return QStringLiteral("xl/") + QLatin1StringView(fallback);
    }

    ZipArchive m_zip;
    QString m_sourceName;
    WorkbookBudget m_budget; // shared by every part and sheet: a bomb spread over many parts is still refused
};

} // namespace

std::variant<Workbook, WorkbookError> XlsxReader::read(const QByteArray &bytes, const QString &sourceName)
{
    if (std::optional<WorkbookError> refused = refuseLookAlike(bytes, sourceName))
        return *refused;
    std::variant<Workbook, WorkbookError> result = PackageReader(bytes, sourceName).run();
    if (Workbook *workbook = std::get_if<Workbook>(&result))
        workbook->sources[sourceName] = bytes;
    return result;
}

} // namespace flowdesk
