#include "datapackage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <set>

namespace flowdesk::datapackage {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

QString mediaType(const QString &suffix)
{
    static const std::map<QString, QString> types{
        {QStringLiteral("csv"), QStringLiteral("text/csv")},
        {QStringLiteral("xlsx"), QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")},
        {QStringLiteral("dta"), QStringLiteral("application/x-stata-dta")},
        {QStringLiteral("sav"), QStringLiteral("application/x-spss-sav")},
        {QStringLiteral("jsonl"), QStringLiteral("application/jsonl")},
        {QStringLiteral("json"), QStringLiteral("application/json")},
        {QStringLiteral("xls"), QStringLiteral("application/vnd.ms-excel")},
    };
    const auto it = types.find(suffix);
    return it == types.end() ? QStringLiteral("text/plain") : it->second;
}

// Resource names: lower case letters, digits, '-', '_', '.', unique (Data Package v2).
QString resourceName(const QString &path, std::set<QString> &taken)
{
    QString name;
    for (QChar c : path.toLower())
        name += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'_' || c == u'.' ? c : QChar(u'-');
    QString unique = name;
    for (int n = 2; !taken.insert(unique).second; ++n)
        unique = QStringLiteral("%1-%2").arg(name).arg(n);
    return unique;
}

QJsonObject fieldSchema(const ExportField &field)
{
    QJsonObject o{{QStringLiteral("name"), field.name}, {QStringLiteral("type"), field.type}};
    if (!field.title.isEmpty())
        o.insert(QStringLiteral("title"), field.title);
    if (!field.description.isEmpty())
        o.insert(QStringLiteral("description"), field.description);
    QJsonObject constraints;
    if (field.required)
        constraints.insert(QStringLiteral("required"), true);
    const bool numeric = field.type == u"integer" || field.type == u"number";
    auto bound = [&](const QString &text) -> QJsonValue {
        bool ok = false;
        const double value = text.toDouble(&ok);
        return numeric && ok ? QJsonValue(value) : QJsonValue(text);
    };
    if (!field.minimum.isEmpty())
        constraints.insert(QStringLiteral("minimum"), bound(field.minimum));
    if (!field.maximum.isEmpty())
        constraints.insert(QStringLiteral("maximum"), bound(field.maximum));
    if (field.minLength >= 0)
        constraints.insert(QStringLiteral("minLength"), field.minLength);
    if (field.maxLength >= 0)
        constraints.insert(QStringLiteral("maxLength"), field.maxLength);
    if (!field.pattern.isEmpty())
        constraints.insert(QStringLiteral("pattern"), field.pattern);
    if (!constraints.isEmpty())
        o.insert(QStringLiteral("constraints"), constraints);
    if (!field.categories.empty()) {
        QJsonArray categories;
        for (const auto &[value, label] : field.categories)
            categories.append(QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("label"), label}});
        o.insert(QStringLiteral("categories"), categories);
    }
    if (!field.question.isEmpty() || !field.stataName.isEmpty() || !field.spssName.isEmpty())
        o.insert(QStringLiteral("flowdesk"), QJsonObject{{QStringLiteral("question"), field.question},
                                                         {QStringLiteral("stata_name"), field.stataName},
                                                         {QStringLiteral("spss_name"), field.spssName}});
    return o;
}

QJsonObject fileResource(const QString &folder, const QString &relative, std::set<QString> &names, QString *error)
{
    const QString path = QDir(folder).filePath(relative);
    const QString hash = fileHash(path);
    if (hash.isEmpty()) {
        fail(error, QStringLiteral("Cannot read %1 to hash it.").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    const QString suffix = suffixOf(relative);
    QJsonObject o{{QStringLiteral("name"), resourceName(relative, names)},
                  {QStringLiteral("path"), relative},
                  {QStringLiteral("bytes"), double(QFileInfo(path).size())},
                  {QStringLiteral("hash"), hash},
                  {QStringLiteral("format"), suffix},
                  {QStringLiteral("mediatype"), mediaType(suffix)}};
    if (suffix == u"csv" || suffix == u"jsonl" || suffix == u"json" || suffix == u"do" || suffix == u"sps" ||
        suffix == u"txt")
        o.insert(QStringLiteral("encoding"), QStringLiteral("utf-8"));
    return o;
}

bool safeRelative(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(u':'))
        return false;
    for (const QString &part : path.split(u'/')) {
        if (part.isEmpty() || part == u"." || part == u"..")
            return false;
    }
    return true;
}

} // namespace

QString fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QStringLiteral("sha256:") + QString::fromLatin1(hash.result().toHex());
}

// Keys only for what was chosen, so a batch of the defaults reads as it always did (and is written again the same).
QJsonObject presentationJson(const TablePresentation &p)
{
    QJsonObject keys;
    if (p.groupPaths)
        keys.insert(QStringLiteral("group_paths"), true);
    if (!p.labelLanguage.isEmpty())
        keys.insert(QStringLiteral("label_language"), p.labelLanguage);
    if (p.csvSeparator != u',')
        keys.insert(QStringLiteral("csv_separator"), QString(p.csvSeparator));
    if (p.csvQuoteAll)
        keys.insert(QStringLiteral("csv_quote_all"), true);
    if (p.csvBom)
        keys.insert(QStringLiteral("csv_bom"), true);
    return keys;
}

TablePresentation presentationFromJson(const QJsonObject &keys)
{
    TablePresentation p;
    p.groupPaths = keys.value(u"group_paths").toBool();
    p.labelLanguage = keys.value(u"label_language").toString();
    if (const QString separator = keys.value(u"csv_separator").toString(); separator.size() == 1)
        p.csvSeparator = separator.front();
    p.csvQuoteAll = keys.value(u"csv_quote_all").toBool();
    p.csvBom = keys.value(u"csv_bom").toBool();
    return p;
}

// Frictionless' CSV dialect: only what differs from its defaults (',' and minimal quoting read the same either way).
static QJsonObject csvDialect(const TablePresentation &presentation)
{
    QJsonObject dialect{{QStringLiteral("header"), true}};
    if (presentation.csvSeparator != u',')
        dialect.insert(QStringLiteral("delimiter"), QString(presentation.csvSeparator));
    return dialect;
}

std::optional<QByteArray> write(const QString &folder, const BatchDescription &batch, const TableExportResult &tables,
                                const QStringList &otherFiles, QString *error)
{
    QJsonArray resources;
    std::set<QString> names;
    std::set<QString> listed;
    // The first file of each table names it for foreign keys: the CSV when there is one.
    std::map<QString, QString> csvResourceOfTable;
    for (const ExportedTable &table : tables.tables) {
        for (const QString &file : table.files) {
            if (!listed.insert(file).second)
                continue;
            QJsonObject resource = fileResource(folder, file, names, error);
            if (resource.isEmpty())
                return std::nullopt;
            if (suffixOf(file) == u"csv")
                csvResourceOfTable[table.name] = resource.value(u"name").toString();
            resources.append(resource);
        }
    }
    // Schemas are attached to the CSV resources (tabular in Frictionless' sense); the other formats of a table
    // point at it.
    for (qsizetype i = 0; i < resources.size(); ++i) {
        QJsonObject resource = resources.at(i).toObject();
        const QString path = resource.value(u"path").toString();
        for (const ExportedTable &table : tables.tables) {
            if (!table.files.contains(path))
                continue;
            resource.insert(QStringLiteral("title"), table.name);
            if (suffixOf(path) != u"csv") {
                if (const auto it = csvResourceOfTable.find(table.name); it != csvResourceOfTable.end())
                    resource.insert(QStringLiteral("flowdesk"), QJsonObject{{QStringLiteral("table_of"), it->second}});
                break;
            }
            resource.insert(QStringLiteral("type"), QStringLiteral("table"));
            QJsonArray fields;
            for (const ExportField &field : table.fields)
                fields.append(fieldSchema(field));
            QJsonObject schema{{QStringLiteral("fields"), fields}};
            if (!table.primaryKey.isEmpty())
                schema.insert(QStringLiteral("primaryKey"), QJsonArray{table.primaryKey});
            if (!table.parentTable.isEmpty() && !table.parentKey.isEmpty()) {
                const auto parent = csvResourceOfTable.find(table.parentTable);
                const auto parentTable = std::find_if(tables.tables.begin(), tables.tables.end(),
                                                      [&](const ExportedTable &t) { return t.name == table.parentTable; });
                if (parent != csvResourceOfTable.end() && parentTable != tables.tables.end())
                    schema.insert(QStringLiteral("foreignKeys"),
                                  QJsonArray{QJsonObject{
                                      {QStringLiteral("fields"), QJsonArray{table.parentKey}},
                                      {QStringLiteral("reference"),
                                       QJsonObject{{QStringLiteral("resource"), parent->second},
                                                   {QStringLiteral("fields"), QJsonArray{parentTable->primaryKey}}}}}});
            }
            resource.insert(QStringLiteral("schema"), schema);
            resource.insert(QStringLiteral("dialect"), csvDialect(batch.presentation));
            break;
        }
        resources[i] = resource;
    }
    QStringList others = tables.extraFiles + otherFiles;
    for (const QString &file : others) {
        if (!listed.insert(file).second)
            continue;
        QJsonObject resource = fileResource(folder, file, names, error);
        if (resource.isEmpty())
            return std::nullopt;
        resources.append(resource);
    }
    const QString at = batch.exportedAt.toTimeZone(QTimeZone::utc()).toString(Qt::ISODate);
    QJsonObject description{
        {QStringLiteral("batch_id"), batch.batchId},
        {QStringLiteral("office"), batch.office},
        {QStringLiteral("key_id"), batch.keyId},
        {QStringLiteral("questionnaire"),
         QJsonObject{{QStringLiteral("form_id"), batch.formId},
                     {QStringLiteral("version"), batch.formVersion},
                     {QStringLiteral("hash"), batch.questionnaireHash}}},
        {QStringLiteral("interviews"), double(batch.interviews)},
        {QStringLiteral("exported_by"), batch.exportedBy},
        {QStringLiteral("exported_at"), at},
        {QStringLiteral("personal_data_included"), batch.includePii},
        {QStringLiteral("formats"), QJsonArray::fromStringList(batch.formats)},
        {QStringLiteral("profile"), batch.profile},
    };
    const QJsonObject chosen = presentationJson(batch.presentation);
    for (auto it = chosen.begin(); it != chosen.end(); ++it)
        description.insert(it.key(), it.value());
    const QJsonObject package{
        {QStringLiteral("$schema"), QStringLiteral("https://datapackage.org/profiles/2.0/datapackage.json")},
        {QStringLiteral("name"), resourceName(QStringLiteral("flowdesk-") + batch.batchId, names)},
        {QStringLiteral("id"), batch.batchId},
        {QStringLiteral("title"), QStringLiteral("%1 %2: batch %3 from %4")
                                      .arg(batch.formId, batch.formVersion, batch.batchId, batch.office)},
        {QStringLiteral("created"), at},
        {QStringLiteral("contributors"),
         QJsonArray{QJsonObject{{QStringLiteral("title"), batch.exportedBy},
                                {QStringLiteral("roles"), QJsonArray{QStringLiteral("creator")}},
                                {QStringLiteral("organization"), batch.office}}}},
        {QStringLiteral("resources"), resources},
        {QStringLiteral("flowdesk"), description},
    };
    return QJsonDocument(package).toJson(QJsonDocument::Indented);
}

QString listedHash(const QJsonObject &manifest, const QString &path)
{
    for (const QJsonValue &value : manifest.value(u"resources").toArray()) {
        if (value.toObject().value(u"path").toString() == path)
            return value.toObject().value(u"hash").toString();
    }
    return {};
}

bool verifyFiles(const QString &folder, const QJsonObject &manifest, QString *error, const QString &hashLater)
{
    const QJsonArray resources = manifest.value(u"resources").toArray();
    if (resources.isEmpty())
        return fail(error, QStringLiteral("datapackage.json lists no files."));
    std::set<QString> listed;
    for (const QJsonValue &value : resources) {
        const QJsonObject resource = value.toObject();
        const QString path = resource.value(u"path").toString();
        if (!safeRelative(path))
            return fail(error, QStringLiteral("datapackage.json lists an unsafe path '%1'.").arg(path));
        if (!listed.insert(path).second)
            return fail(error, QStringLiteral("datapackage.json lists '%1' twice.").arg(path));
        const QFileInfo info(QDir(folder).filePath(path));
        if (!info.isFile())
            return fail(error, QStringLiteral("%1 is missing from the batch.").arg(path));
        const qint64 bytes = qint64(resource.value(u"bytes").toDouble(-1));
        if (info.size() != bytes)
            return fail(error, QStringLiteral("%1 has %2 bytes; the manifest says %3 (truncated or changed).")
                                   .arg(path)
                                   .arg(info.size())
                                   .arg(bytes));
        const QString expected = resource.value(u"hash").toString();
        if (path == hashLater)
            continue;
        const QString actual = fileHash(info.filePath());
        if (actual.isEmpty())
            return fail(error, QStringLiteral("Cannot read %1.").arg(path));
        if (actual != expected)
            return fail(error, QStringLiteral("%1 does not match its checksum in the manifest (changed after it was "
                                              "signed).")
                                   .arg(path));
    }
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    const QDir root(folder);
    while (it.hasNext()) {
        const QString relative = root.relativeFilePath(it.next());
        if (relative == QLatin1String(kManifest) || relative == QLatin1String(kSignature))
            continue;
        if (!listed.count(relative))
            return fail(error, QStringLiteral("%1 is in the batch but not in its manifest.").arg(relative));
    }
    return true;
}

BatchDescription describe(const QJsonObject &manifest)
{
    const QJsonObject d = manifest.value(u"flowdesk").toObject();
    const QJsonObject q = d.value(u"questionnaire").toObject();
    BatchDescription b;
    b.batchId = d.value(u"batch_id").toString();
    b.office = d.value(u"office").toString();
    b.keyId = d.value(u"key_id").toString();
    b.formId = q.value(u"form_id").toString();
    b.formVersion = q.value(u"version").toString();
    b.questionnaireHash = q.value(u"hash").toString();
    b.interviews = qint64(d.value(u"interviews").toDouble());
    b.exportedBy = d.value(u"exported_by").toString();
    b.exportedAt = QDateTime::fromString(d.value(u"exported_at").toString(), Qt::ISODate);
    b.includePii = d.value(u"personal_data_included").toBool();
    for (const QJsonValue &f : d.value(u"formats").toArray())
        b.formats << f.toString();
    b.profile = d.value(u"profile").toString();
    return b;
}

} // namespace flowdesk::datapackage
