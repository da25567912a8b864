#include "xlsxworksheet.h"

#include "exceldate.h"
#include "sheetbuilder.h"
#include "workbookbudget.h"
#include "xlsxparts.h"
#include "xmlpart.h"

#include <cmath>
#include <utility>

namespace flowdesk {

namespace {

constexpr int maxColumns = WorkbookBudget::maxColumns; // XFD
constexpr int maxRows = WorkbookBudget::maxRows;

// XLSForm reads 3 and 3.0 alike, so whole numbers lose any decimal part; other numbers stay as Excel wrote
// them.
QString numberText(const QString &written)
{
    bool ok = false;
    const double value = written.toDouble(&ok);
    if (ok && std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return written;
}

class SheetParser
{
public:
    SheetParser(const QByteArray &xml, const XlsxWorksheet::Context &context, SheetBuilder &builder)
        : m_part(xml), m_xml(m_part.reader()), m_context(context), m_builder(builder)
    {
    }

    bool run(QString &error)
    {
        while (!m_xml.atEnd()) {
            if (m_part.next() != QXmlStreamReader::StartElement)
                continue;
            if (m_xml.name() == u"row") {
                if (!readRow(error))
                    return false;
            } else if (m_xml.name() != u"worksheet" && m_xml.name() != u"sheetData") {
                m_xml.skipCurrentElement();
            }
        }
        return !m_part.failed(error);
    }

private:
    bool readRow(QString &error)
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        const QStringView r = attributes.value(QLatin1StringView("r"));
        m_rowNumberImplied = r.isEmpty();
        if (m_rowNumberImplied) {
            if (++m_row > maxRows) {
                error = QStringLiteral("the sheet has more than %1 rows (Excel's limit)")
                            .arg(WorkbookBudget::number(maxRows));
                return false;
            }
        } else {
            bool ok = false;
            const int row = r.toInt(&ok);
            if (!ok || row < 1 || row > maxRows) {
                error = QStringLiteral("row number \"%1\" is not a valid Excel row").arg(r.left(20));
                return false;
            }
            m_row = row;
        }
        m_cells.clear();
        int column = -1;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"c") {
                m_xml.skipCurrentElement();
                continue;
            }
            if (!readCell(column, error))
                return false;
        }
        if (m_cells.empty())
            return true;
        m_builder.addCells(m_row, m_cells);
        error = m_builder.error();
        return error.isEmpty();
    }

    // Reads one <c>, leaving the reader on its end. Empty cells are skipped without building any text.
    bool readCell(int &column, QString &error)
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        const QStringView reference = attributes.value(QLatin1StringView("r"));
        if (reference.isEmpty()) {
            if (++column >= maxColumns) {
                error = QStringLiteral("row %1 has more than %2 cells").arg(m_row).arg(maxColumns);
                return false;
            }
        } else {
            int row = 0;
            if (!XlsxWorksheet::parseCellReference(reference, column, row)) {
                error = QStringLiteral("cell reference \"%1\" is not a valid Excel cell").arg(reference.left(20));
                return false;
            }
            if (m_rowNumberImplied)
                m_row = row;
        }
        const QString type = attributes.value(QLatin1StringView("t")).toString();
        const int style = attributes.value(QLatin1StringView("s")).toInt();

        QString value;
        QString inlineText;
        bool haveInline = false;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"v") {
                value = m_xml.readElementText();
            } else if (m_xml.name() == u"is") {
                inlineText = XlsxParts::readRichText(m_xml);
                haveInline = true;
            } else {
                m_xml.skipCurrentElement(); // <f> formulas: their cached result is in <v>
            }
        }
        if (value.isEmpty() && !haveInline)
            return true;

        QString text;
        if (haveInline) {
            text = std::move(inlineText);
        } else if (type == u"s") {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= m_context.sharedStrings.size()) {
                error = QStringLiteral("cell %1 refers to shared text #%2, which the workbook does not have")
                            .arg(cellName(column), value);
                return false;
            }
            text = m_context.sharedStrings.at(index);
        } else if (type == u"b") {
            text = value == u"1" ? QStringLiteral("TRUE") : value == u"0" ? QStringLiteral("FALSE") : value;
        } else if (type.isEmpty() || type == u"n") {
            text = numberCellText(value, style);
        } else {
            text = std::move(value); // "str" formula results, "e" errors such as #N/A, "d" ISO dates
        }
        // A stray value far to the right of the headers costs nothing: it is not kept. The builder drops blanks.
        if (column < m_builder.columnLimit())
            m_cells.emplace_back(column, std::move(text));
        return true;
    }

    QString numberCellText(const QString &value, int style) const
    {
        if (style >= 0 && style < int(m_context.dateStyles.size()) && m_context.dateStyles[style]) {
            bool ok = false;
            const double serial = value.toDouble(&ok);
            if (ok) {
                if (std::optional<QString> iso = ExcelDate::toIso(serial, m_context.date1904))
                    return *iso;
            }
        }
        return numberText(value);
    }

    QString cellName(int column) const { return Sheet::columnLetter(column) + QString::number(m_row); }

    XmlPart m_part;
    QXmlStreamReader &m_xml;
    const XlsxWorksheet::Context &m_context;
    SheetBuilder &m_builder;
    int m_row = 0;
    bool m_rowNumberImplied = false; // the <row> had no r, so its cells' references are the better guide
    std::vector<std::pair<int, QString>> m_cells; // reused across rows: (column, text) of cells with a value
};

} // namespace

bool XlsxWorksheet::read(const QByteArray &xml, const Context &context, SheetBuilder &builder, QString &error)
{
    return SheetParser(xml, context, builder).run(error);
}

bool XlsxWorksheet::parseCellReference(QStringView reference, int &column, int &row)
{
    qsizetype i = 0;
    int letters = 0;
    for (; i < reference.size() && reference[i].isLetter(); ++i) {
        const char16_t c = reference[i].toUpper().unicode();
        if (c < u'A' || c > u'Z' || letters > maxColumns)
            return false;
        letters = letters * 26 + (c - u'A' + 1);
    }
    bool ok = false;
    const int number = reference.sliced(i).toInt(&ok);
    if (i == 0 || letters > maxColumns || !ok || number < 1 || number > maxRows)
        return false;
    column = letters - 1;
    row = number;
    return true;
}

} // namespace flowdesk
