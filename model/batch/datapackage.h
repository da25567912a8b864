#pragma once

#include "export/tableexport.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace flowdesk {

// What a batch says about itself in its manifest, besides its files.
struct BatchDescription
{
    QString batchId;
    QString office;
    QString keyId;
    QString formId, formVersion, questionnaireHash;
    qint64 interviews = 0;
    QString exportedBy;
    QDateTime exportedAt;
    bool includePii = false;
    QStringList formats; // "csv", "xlsx", "dta", "sav"
    QString profile;     // "kobo", "odk", "wide"
    TablePresentation presentation;
};

// datapackage.json, a Frictionless Data Package (v2): one resource per file with its path, bytes and
// "sha256:<hex>" hash, the data tables with a Table Schema built from ExportedTable (types, constraints,
// categories, primaryKey, foreignKeys from a repeat table's PARENT_KEY to its parent's KEY), and the batch's own
// description under "flowdesk". The signature (datapackage.json.sig) covers these bytes exactly.
namespace datapackage {

// A batch's TablePresentation as JSON keys ("group_paths", "label_language", "csv_separator", "csv_quote_all",
// "csv_bom"), only those that differ from the defaults: in the manifest's description and in the batch's stored
// options. Reading takes what is absent as the default, as batches written before these existed were.
QJsonObject presentationJson(const TablePresentation &presentation);
TablePresentation presentationFromJson(const QJsonObject &keys);

inline constexpr auto kManifest = "datapackage.json";
inline constexpr auto kSignature = "datapackage.json.sig";
inline constexpr auto kInterviews = "interviews.jsonl";
inline constexpr auto kQuestionnaireFolder = "questionnaire";

// Builds the manifest for the files under `folder`: the tables' files (with schemas), then `otherFiles` (paths
// relative to `folder`, '/'-separated). Hashes every file (streamed). Keys sorted, two-space indented.
std::optional<QByteArray> write(const QString &folder, const BatchDescription &batch, const TableExportResult &tables,
                                const QStringList &otherFiles, QString *error);

// Checks that `manifest` lists every file under `folder` but the manifest and its signature, each at a safe
// relative path, with its bytes and sha256 matching; nothing unlisted. On failure `error` names the file and
// what is wrong ("main.csv: 1204 bytes, the manifest says 1205").
// `hashLater`: a file whose size is checked here but whose hash the caller checks as it reads the file anyway
// (the importer's one pass over interviews.jsonl), with listedHash().
bool verifyFiles(const QString &folder, const QJsonObject &manifest, QString *error, const QString &hashLater = {});

// The "sha256:<hex>" the manifest lists for `path`; empty when it lists none.
QString listedHash(const QJsonObject &manifest, const QString &path);

// The batch description a manifest carries (fields missing: empty).
BatchDescription describe(const QJsonObject &manifest);

// "sha256:<hex>" of a file, read in blocks; empty when it cannot be read.
QString fileHash(const QString &path);

} // namespace datapackage

} // namespace flowdesk
