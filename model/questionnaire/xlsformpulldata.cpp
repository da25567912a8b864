// pulldata('file', 'column', 'key_column', key): the form reads file.csv from beside it (where select_one_from_file
// reads), and the store keeps that file with the form's sources, so an interview validates the same way later.
#include "xlsformparser.h"

#include "xlsform/csvreader.h"

#include <QRegularExpression>

#include <algorithm>

namespace flowdesk {

void XlsFormParser::loadPulldataFiles(const Sheet &survey)
{
    // The file and key column are literals in every form seen in the wild; a computed file name reads nothing.
    static const QRegularExpression call(QStringLiteral(
        "pulldata\\s*\\(\\s*['\"\\x{2018}\\x{2019}\\x{201C}\\x{201D}]([^'\"\\x{2018}\\x{2019}\\x{201C}\\x{201D}]*)"
        "['\"\\x{2018}\\x{2019}\\x{201C}\\x{201D}]\\s*,[^,]*,\\s*(?:['\"\\x{2018}\\x{2019}\\x{201C}\\x{201D}]"
        "([^'\"\\x{2018}\\x{2019}\\x{201C}\\x{201D}]*)['\"\\x{2018}\\x{2019}\\x{201C}\\x{201D}])?"));
    QHash<QString, bool> seen; // file -> found
    for (const SheetRow &row : survey.rows) {
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            const QString &text = row.cells.at(c);
            if (!text.contains(QStringLiteral("pulldata")))
                continue;
            for (const QRegularExpressionMatch &m : call.globalMatch(text)) {
                const QString file = m.captured(1).trimmed();
                const QString keyColumn = m.captured(2).trimmed();
                if (!seen.contains(file)) {
                    const QString fileName = file + QStringLiteral(".csv");
                    const auto source = std::find_if(m_workbook.sources.begin(), m_workbook.sources.end(),
                                                     [&](const auto &entry) {
                                                         return entry.first.compare(fileName, Qt::CaseInsensitive) == 0;
                                                     });
                    const QString column = survey.headers.value(c);
                    bool found = false;
                    if (source == m_workbook.sources.end()) {
                        m_diag.warning(survey.name, row.excelRow, column,
                                       QStringLiteral("pulldata() reads '%1', which is not beside the form; its "
                                                      "look-ups stay empty until the file is put beside the form "
                                                      "and the form is added again")
                                           .arg(fileName));
                    } else {
                        CsvReader::Result read = CsvReader::read(source->second);
                        if (const auto *error = std::get_if<CsvReader::Error>(&read)) {
                            m_diag.error(survey.name, row.excelRow, column,
                                         QStringLiteral("pulldata() file '%1', line %2: %3")
                                             .arg(fileName)
                                             .arg(error->line)
                                             .arg(error->message));
                        } else {
                            m_q.pulldataTables.emplace(
                                file, PulldataTable(std::get<std::vector<QStringList>>(std::move(read))));
                            found = true;
                        }
                    }
                    seen.insert(file, found);
                }
                if (seen.value(file) && !keyColumn.isEmpty())
                    m_q.pulldataTables[file].index(keyColumn);
            }
        }
    }
}

} // namespace flowdesk
