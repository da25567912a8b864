#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace flowdesk {

class Database;
class Questionnaire;

// The seam between the two halves of a batch export:
//  * the table exporter (model/export/) turns interviews into analysts' files — one main table plus one per
//    repeat group, as CSV, XLSX, Stata .dta, SPSS .sav and label syntax (.do, .sps), KoBo's conventions by
//    default — and describes every table it wrote;
//  * the batch (model/batch/) picks the interviews, calls exportTables(), then writes the Data Package manifest
//    from the descriptions, signs it, moves the interviews to exported and zips the folder.
// Neither half reads the other's files; this header is all they share.

enum class ExportFormat { Csv, Xlsx, Stata, Spss };

// Column naming and layout profiles (issue 10).
enum class ExportProfile {
    Kobo,       // KoBo/formpack: XML names, '/'-joined group paths on request, _id/_uuid/... metadata, _index links
    OdkCentral, // ODK Central: '-'-joined paths, KEY / PARENT_KEY, comma separator
    Wide        // one table: repeat answers as numbered columns (q_1, q_2, ...)
};

// How the CSV and XLSX read: their column names and the CSV's dialect (the .dta and .sav keep the names). A batch
// keeps the one it was written with (model/batch/datapackage.h reads and writes it as JSON).
struct TablePresentation
{
    bool groupPaths = false;  // column names `grp/q` instead of `q`
    QString labelLanguage;    // non-empty: CSV/XLSX headers are labels in this language instead of names
    QChar csvSeparator = QLatin1Char(',');
    bool csvBom = false;      // UTF-8 BOM so Excel opens the CSV as UTF-8
    bool csvQuoteAll = false; // otherwise RFC 4180 minimal quoting
};

struct TableExportOptions
{
    std::vector<ExportFormat> formats;
    ExportProfile profile = ExportProfile::Kobo;
    bool includePii = false; // questions marked `pii` are left out unless true
    TablePresentation presentation;
    // The time stamped in the XLSX, .dta and .sav (seconds since the epoch); 0: the newest change among the
    // interviews. A batch written again passes the one its first writing used: by then marking the interviews
    // exported has changed them.
    qint64 stampSecs = 0;
};

// A Table Schema field (Frictionless v2) for one column of one written table.
struct ExportField
{
    QString name;        // exactly the column header as written in the CSV/XLSX
    QString type;        // Table Schema type: string, integer, number, boolean, date, datetime, time, geopoint
    QString title;       // the question label (variable label) in the export language
    QString description; // the hint, if any
    QString question;    // the XLSForm name it comes from; empty for metadata and link columns
    bool required = false;
    std::vector<std::pair<QString, QString>> categories; // (value, label) from the choice list, in list order
    QString minimum, maximum;                            // from a simple constraint (". >= 0 and . <= 120")
    int minLength = -1, maxLength = -1;                  // from string-length(.) bounds; -1: none
    QString pattern;                                     // from regex(., '^...$'), without the anchors
    // The name this column got in the .dta and the .sav (may differ: length limits, reserved words, '/').
    QString stataName, spssName;
};

struct ExportedTable
{
    QString name;        // "main" table, else the repeat group's name (KoBo sheet naming)
    QString parentTable; // empty for the main table
    std::vector<ExportField> fields;
    QString primaryKey;                 // "KEY" (stable: the interview's uuid, + "/rep[2]" paths for repeat rows)
    QString parentKey;                  // "PARENT_KEY" in a repeat table, empty in the main table
    qint64 rows = 0;
    QStringList files;                  // paths relative to the export folder, one per format written
};

struct TableExportResult
{
    std::vector<ExportedTable> tables;
    QStringList extraFiles; // label syntax (.do, .sps), the codebook of renamed variables, ...
    qint64 interviews = 0;
    qint64 stampSecs = 0; // the time stamped in the files (see TableExportOptions::stampSecs)
};

// Writes the tables for `interviewIds` (store row ids, ascending; all of one questionnaire version) into the
// existing, empty folder `outDir`. Reads the store as a stream: memory stays flat whatever the count.
// `progress(done, total)` is called every few hundred interviews and may return false to cancel. On failure or
// cancel returns false with `error` set, and the caller deletes the folder; on success the files are complete
// and byte-identical for the same interviews and options.
bool exportTables(Database &database, const Questionnaire &questionnaire, qint64 questionnaireId,
                  const std::vector<qint64> &interviewIds, const TableExportOptions &options,
                  const QString &outDir, TableExportResult &result,
                  const std::function<bool(qint64, qint64)> &progress, QString *error);

} // namespace flowdesk
