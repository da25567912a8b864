#include "workbookreader.h"

#include "csvreader.h"
#include "sheetbuilder.h"
#include "workbookbudget.h"
#include "xlsreader.h"
#include "xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace flowdesk {

namespace {

const QString csvSuffix = QStringLiteral(".csv");

bool hasSuffix(const QString &name, QStringView suffix)
{
    return name.endsWith(suffix, Qt::CaseInsensitive);
}

// Sheets a CSV folder may hold, in the order XLSForm lists them; anything else follows alphabetically.
int sheetRank(const QString &name)
{
    static const QStringList known{QStringLiteral("survey"), QStringLiteral("choices"),
                                   QStringLiteral("settings"), QStringLiteral("external_choices")};
    const qsizetype at = known.indexOf(name.toLower());
    return at < 0 ? int(known.size()) : int(at);
}

std::variant<QByteArray, WorkbookError> readFile(const QString &path, WorkbookBudget &budget)
{
    QFile file(path);
    QString overBudget;
    if (!budget.spendBytes(file.size(), overBudget))
        return WorkbookError{QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), overBudget)};
    if (!file.open(QIODevice::ReadOnly))
        return WorkbookError{
            QStringLiteral("cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return file.readAll();
}

// Every *.csv in `folder`, by file name. Beside an .xlsx these are external choice lists; in a CSV
// questionnaire folder they are the sheets themselves.
std::variant<SourceFiles, WorkbookError> readCsvFiles(const QDir &folder)
{
    SourceFiles files;
    WorkbookBudget budget;
    const QFileInfoList entries = folder.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (!hasSuffix(entry.fileName(), csvSuffix))
            continue;
        std::variant<QByteArray, WorkbookError> bytes = readFile(entry.filePath(), budget);
        if (auto *error = std::get_if<WorkbookError>(&bytes))
            return *error;
        files[entry.fileName()] = std::get<QByteArray>(std::move(bytes));
    }
    return files;
}

WorkbookReader::Result readFolder(const QString &path)
{
    const QDir folder(QDir(path).absolutePath()); // so "." is named by what it is
    std::variant<SourceFiles, WorkbookError> files = readCsvFiles(folder);
    if (auto *error = std::get_if<WorkbookError>(&files))
        return *error;
    const QString name = folder.dirName();
    const SourceFiles &csvFiles = std::get<SourceFiles>(files);
    const bool hasSurvey = std::any_of(csvFiles.begin(), csvFiles.end(), [](const auto &file) {
        return file.first.compare(QStringLiteral("survey.csv"), Qt::CaseInsensitive) == 0;
    });
    if (!hasSurvey) {
        const QFileInfo surveyFolder(folder.filePath(QStringLiteral("survey.csv")));
        if (surveyFolder.isDir()) {
            return WorkbookError{QStringLiteral("%1: survey.csv is a folder, not a file; a questionnaire folder "
                                                "needs survey.csv as a CSV file")
                                     .arg(name)};
        }
        // A user who picked the folder holding their .xlsx gets pointed at the file.
        const QStringList workbooks =
            folder.entryList({QStringLiteral("*.xlsx"), QStringLiteral("*.XLSX")}, QDir::Files);
        QString message =
            QStringLiteral("%1 has no survey.csv; a questionnaire folder needs survey.csv and may "
                           "have choices.csv, settings.csv and external_choices.csv")
                .arg(name);
        if (!workbooks.isEmpty())
            message += QStringLiteral(" (to read %1, open that file instead)").arg(workbooks.first());
        return WorkbookError{message};
    }
    return WorkbookReader::readCsvSheets(csvFiles, name);
}

WorkbookReader::Result readWorkbookFile(const QFileInfo &info)
{
    if (hasSuffix(info.fileName(), csvSuffix)) {
        return WorkbookError{
            QStringLiteral("%1 is a single CSV file; a CSV questionnaire is a folder holding "
                           "survey.csv (and choices.csv, settings.csv): open the folder instead")
                .arg(info.fileName())};
    }
    WorkbookBudget budget;
    std::variant<QByteArray, WorkbookError> bytes = readFile(info.filePath(), budget);
    if (auto *error = std::get_if<WorkbookError>(&bytes))
        return *error;
    WorkbookReader::Result result = WorkbookReader::readXlsx(std::get<QByteArray>(bytes), info.fileName());
    auto *workbook = std::get_if<Workbook>(&result);
    if (!workbook)
        return result;
    std::variant<SourceFiles, WorkbookError> externalFiles = readCsvFiles(info.dir());
    if (auto *error = std::get_if<WorkbookError>(&externalFiles))
        return *error;
    workbook->sources.merge(std::get<SourceFiles>(externalFiles));
    return result;
}

} // namespace

WorkbookReader::Result WorkbookReader::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return WorkbookError{QStringLiteral("cannot open %1: there is no such file or folder")
                                 .arg(QDir::toNativeSeparators(path))};
    return info.isDir() ? readFolder(path) : readWorkbookFile(info);
}

WorkbookReader::Result WorkbookReader::fromSources(const SourceFiles &sources, const QString &sourceName)
{
    for (const auto &[name, bytes] : sources) {
        if (hasSuffix(name, u".xlsx") || hasSuffix(name, u".xls")) {
            Result result = readXlsx(bytes, name);
            if (auto *workbook = std::get_if<Workbook>(&result)) {
                workbook->sourceName = sourceName;
                workbook->sources = sources;
            }
            return result;
        }
    }
    return readCsvSheets(sources, sourceName);
}

WorkbookReader::Result WorkbookReader::readXlsx(const QByteArray &bytes, const QString &sourceName)
{
    // Old binary workbooks (and anything in their container, or named .xls but not a zip) go to FreeXL.
    if (XlsReader::isCompoundDocument(bytes) ||
        (hasSuffix(sourceName, u".xls") && !bytes.startsWith("PK")))
        return XlsReader::read(bytes, sourceName);
    return XlsxReader::read(bytes, sourceName);
}

WorkbookReader::Result WorkbookReader::readCsvSheets(const SourceFiles &files, const QString &sourceName)
{
    std::vector<QString> sheetFiles;
    for (const auto &[name, bytes] : files) {
        if (hasSuffix(name, csvSuffix))
            sheetFiles.push_back(name);
    }
    const auto sheetName = [](const QString &fileName) { return fileName.chopped(csvSuffix.size()); };
    std::stable_sort(sheetFiles.begin(), sheetFiles.end(), [&](const QString &a, const QString &b) {
        return sheetRank(sheetName(a)) < sheetRank(sheetName(b));
    });

    // Sheets are found ignoring case, so two files differing only by case would make one sheet hide the other.
    QHash<QString, QString> byFoldedName;
    for (const QString &fileName : sheetFiles) {
        const QString other = byFoldedName.value(fileName.toCaseFolded());
        if (!other.isEmpty()) {
            return WorkbookError{QStringLiteral("%1 holds both %2 and %3, which name the same sheet; keep one of them")
                                     .arg(sourceName, other, fileName)};
        }
        byFoldedName.insert(fileName.toCaseFolded(), fileName);
    }

    Workbook workbook;
    workbook.sourceName = sourceName;
    workbook.sources = files;
    WorkbookBudget budget;
    for (const QString &fileName : sheetFiles) {
        const QByteArray &bytes = files.at(fileName);
        SheetBuilder builder(sheetName(fileName), &budget);
        int row = 0;
        const std::optional<CsvReader::Error> error = CsvReader::read(bytes, [&](QStringList &cells) {
            builder.addRow(++row, cells);
            return builder.error().isEmpty();
        });
        if (error)
            return WorkbookError{QStringLiteral("%1, line %2: %3").arg(fileName).arg(error->line).arg(error->message)};
        if (!builder.error().isEmpty())
            return WorkbookError{QStringLiteral("%1: %2").arg(fileName, builder.error())};
        Sheet sheet = builder.take();
        if (sheetRank(sheet.name) == 0 && sheet.headers.isEmpty()) {
            return WorkbookError{bytes.isEmpty()
                                     ? QStringLiteral("%1 is empty; its first row names the columns (type, name, "
                                                      "label...) and each row after it is a question")
                                           .arg(fileName)
                                     : QStringLiteral("%1 holds only blank rows; its first row names the columns "
                                                      "(type, name, label...) and each row after it is a question")
                                           .arg(fileName)};
        }
        workbook.sheets.push_back(std::move(sheet));
    }
    return workbook;
}

} // namespace flowdesk
