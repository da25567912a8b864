// Batch export (issue 10): the signed Data Package, exported status, re-export, cancel, personal data.
#include "batchfixture.h"

#include "store/auditlog.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace flowdesk::testing {
namespace {

class BatchExport : public BatchFixture
{
};

QString sha256Of(const QByteArray &bytes)
{
    return QStringLiteral("sha256:") + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

TEST_F(BatchExport, WritesAFolderAndZipWhoseEveryResourceMatchesItsBytesAndHash)
{
    const std::vector<qint64> ids = approve(3);
    completed(); // not approved: stays out
    QString error;
    const auto result = exportBatch(supervisor(), {}, &error);
    ASSERT_TRUE(result) << error.toStdString();
    EXPECT_EQ(result->interviews, 3);
    EXPECT_TRUE(QFileInfo(result->zip).isFile());
    const QJsonObject package = manifest(result->folder);
    EXPECT_EQ(package.value(u"id").toString(), result->batchId);
    EXPECT_TRUE(package.value(u"$schema").toString().contains(u"datapackage.org/profiles/2.0"));
    const QJsonObject flowdesk = package.value(u"flowdesk").toObject();
    EXPECT_EQ(flowdesk.value(u"interviews").toInt(), 3);
    EXPECT_EQ(flowdesk.value(u"exported_by").toString(), u"supervisor");
    EXPECT_FALSE(flowdesk.value(u"personal_data_included").toBool(true));
    EXPECT_EQ(flowdesk.value(u"questionnaire").toObject().value(u"form_id").toString(),
              shared().form.questionnaire->formId);
    // Every resource: the bytes and the sha256 the manifest gives, computed here independently.
    QStringList paths;
    for (const QJsonValue &value : package.value(u"resources").toArray()) {
        const QJsonObject resource = value.toObject();
        const QByteArray bytes = readFile(QDir(result->folder).filePath(resource.value(u"path").toString()));
        EXPECT_EQ(qint64(resource.value(u"bytes").toDouble()), bytes.size()) << resource.value(u"path").toString().toStdString();
        EXPECT_EQ(resource.value(u"hash").toString(), sha256Of(bytes));
        paths << resource.value(u"path").toString();
        if (resource.value(u"path").toString() == u"main.csv") {
            const QJsonObject schema = resource.value(u"schema").toObject();
            EXPECT_EQ(schema.value(u"primaryKey").toArray().first().toString(), u"KEY");
            EXPECT_FALSE(schema.value(u"fields").toArray().isEmpty());
        }
    }
    EXPECT_TRUE(paths.contains(u"main.csv"));
    EXPECT_TRUE(paths.contains(u"interviews.jsonl"));
    EXPECT_TRUE(paths.contains(u"questionnaire/survey.csv"));
    // Signed with the office key over the manifest's exact bytes.
    const auto key = OfficeKey::load(workspace().database(), &error);
    ASSERT_TRUE(key);
    const QJsonObject sig = QJsonDocument::fromJson(readFile(QDir(result->folder).filePath(QStringLiteral("datapackage.json.sig")))).object();
    EXPECT_EQ(sig.value(u"key_id").toString(), key->keyId());
    EXPECT_TRUE(ed25519::verify(key->publicKey(), readFile(QDir(result->folder).filePath(QStringLiteral("datapackage.json"))),
                                QByteArray::fromBase64(sig.value(u"signature").toString().toLatin1())));
    // Exported, marked with the batch; the others untouched.
    const QStringList marked = rows(m_path, QStringLiteral("SELECT id, status, export_batch FROM interviews WHERE status = 'exported'"));
    ASSERT_EQ(marked.size(), 3);
    for (qint64 id : ids)
        EXPECT_TRUE(marked.contains(QStringLiteral("%1|exported|%2").arg(id).arg(result->batchId)));
    EXPECT_EQ(rows(m_path, QStringLiteral("SELECT status FROM interviews WHERE export_batch IS NULL")),
              QStringList{QStringLiteral("completed")});
    // Nothing left behind but the batch and its zip.
    EXPECT_EQ(QDir(m_out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 2);
    // A second export finds nothing left to send.
    EXPECT_FALSE(exportBatch(supervisor(), {}, &error));
    EXPECT_TRUE(error.contains(u"No approved interviews")) << error.toStdString();
}

TEST_F(BatchExport, OnlySupervisorsAndAdministratorsExportAndARefusalChangesNothing)
{
    approve(2);
    closeWorkspace();
    const QStringList before = dump();
    QString error;
    EXPECT_FALSE(exportBatch(reviewer(), {}, &error));
    EXPECT_TRUE(error.contains(u"cannot export")) << error.toStdString();
    EXPECT_FALSE(exportBatch(enumerator(), {}, &error));
    closeWorkspace();
    EXPECT_EQ(dump(), before);
    EXPECT_TRUE(QDir(m_out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

TEST_F(BatchExport, ExportingTheSameBatchAgainGivesByteIdenticalDataFiles)
{
    approve(4);
    QString error;
    const auto first = exportBatch(supervisor(), {}, &error);
    ASSERT_TRUE(first) << error.toStdString();
    QTemporaryDir again;
    BatchExportRequest request;
    request.batch = first->batchId;
    request.outDir = again.path();
    const auto second = exportBatch(supervisor(), request, &error);
    ASSERT_TRUE(second) << error.toStdString();
    EXPECT_EQ(second->batchId, first->batchId);
    EXPECT_EQ(second->interviews, 4);
    for (const QJsonValue &value : manifest(first->folder).value(u"resources").toArray()) {
        const QString path = value.toObject().value(u"path").toString();
        EXPECT_EQ(readFile(QDir(first->folder).filePath(path)), readFile(QDir(second->folder).filePath(path)))
            << path.toStdString();
    }
    EXPECT_EQ(readFile(QDir(first->folder).filePath(QStringLiteral("datapackage.json"))),
              readFile(QDir(second->folder).filePath(QStringLiteral("datapackage.json"))));
}

// The XLSX, .dta and .sav carry a time (the newest change among the interviews). Marking the interviews exported
// changes them, so a batch written again must reuse its first writing's time: approved yesterday, exported now,
// written again later, every file the same.
TEST_F(BatchExport, ABatchWrittenAgainKeepsTheTimeInItsXlsxDtaAndSav)
{
    approve(3);
    {
        QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE interviews SET modified_at = modified_at - 86400000")));
    }
    QString error;
    BatchExportRequest request;
    request.formats = {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Stata, ExportFormat::Spss};
    const auto first = exportBatch(supervisor(), request, &error);
    ASSERT_TRUE(first) << error.toStdString();
    QTemporaryDir again;
    BatchExportRequest repeat;
    repeat.batch = first->batchId;
    repeat.formats = request.formats;
    repeat.outDir = again.path();
    const auto second = exportBatch(supervisor(), repeat, &error);
    ASSERT_TRUE(second) << error.toStdString();
    int compared = 0;
    for (const QJsonValue &value : manifest(first->folder).value(u"resources").toArray()) {
        const QString path = value.toObject().value(u"path").toString();
        EXPECT_EQ(readFile(QDir(first->folder).filePath(path)), readFile(QDir(second->folder).filePath(path)))
            << path.toStdString();
        compared += path.endsWith(u".xlsx") || path.endsWith(u".dta") || path.endsWith(u".sav");
    }
    EXPECT_GE(compared, 3);
}

TEST_F(BatchExport, CancelLeavesNoFileAndMarksNothing)
{
    approve(3);
    closeWorkspace();
    const QStringList before = dump();
    QString error;
    int calls = 0;
    const auto result = exportBatch(supervisor(), {}, &error, [&](qint64, qint64, const QString &stage) {
        ++calls;
        return stage != u"marking"; // the last moment before anything is marked
    });
    EXPECT_FALSE(result);
    EXPECT_GT(calls, 0);
    EXPECT_TRUE(error.contains(u"cancelled")) << error.toStdString();
    closeWorkspace();
    EXPECT_EQ(dump(), before);
    EXPECT_TRUE(QDir(m_out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

TEST_F(BatchExport, PersonalDataStaysOutUnlessChosenAndTheChoiceIsAuditedAndInTheManifest)
{
    approve(2);
    QString error;
    const auto without = exportBatch(supervisor(), {}, &error);
    ASSERT_TRUE(without) << error.toStdString();
    const QByteArray header = readFile(QDir(without->folder).filePath(QStringLiteral("main.csv"))).split('\n').first();
    EXPECT_FALSE(header.contains("respondent_name")) << header.toStdString();
    EXPECT_FALSE(readFile(QDir(without->folder).filePath(QStringLiteral("interviews.jsonl"))).contains("respondent_"));
    backToWorkflow();
    approve(2);
    BatchExportRequest request;
    request.includePii = true;
    const auto with = exportBatch(supervisor(), request, &error);
    ASSERT_TRUE(with) << error.toStdString();
    EXPECT_TRUE(manifest(with->folder).value(u"flowdesk").toObject().value(u"personal_data_included").toBool());
    EXPECT_TRUE(readFile(QDir(with->folder).filePath(QStringLiteral("main.csv"))).contains("respondent_name"));
    const QStringList audited = rows(m_path, QStringLiteral("SELECT account_name, details FROM audit_log WHERE action = 'batch exported'"));
    ASSERT_EQ(audited.size(), 2);
    EXPECT_TRUE(audited.filter(with->batchId).first().contains(u"\"personal_data_included\":true"));
    EXPECT_TRUE(audited.filter(without->batchId).first().contains(u"\"personal_data_included\":false"));
    EXPECT_TRUE(AuditLog(workspace().database()).verify().ok);
}

TEST_F(BatchExport, FiltersByEnumeratorAndDate)
{
    approve(3);
    QString error;
    BatchExporter exporter(workspace());
    BatchExportRequest request;
    EXPECT_EQ(exporter.count(request, &error), 3);
    request.enumerator = QStringLiteral("enum2");
    EXPECT_EQ(exporter.count(request, &error), 0);
    request.enumerator = QStringLiteral("enum1");
    EXPECT_EQ(exporter.count(request, &error), 3) << error.toStdString();
    request.from = QDate(2999, 1, 1);
    EXPECT_EQ(exporter.count(request, &error), 0);
    EXPECT_FALSE(exporter.run(supervisor(), request, {}, &error));
}

// KoBo's "labels in a language" and "include groups in headers", and a CSV for a French-locale Excel (semicolon,
// every field quoted, a byte order mark): the files say so, the manifest's dialect says so, and writing the batch
// again gives the same bytes.
TEST_F(BatchExport, ColumnNamesAndTheCsvDialectAreTheBatchsOwnAndKeptWhenWrittenAgain)
{
    approve(4);
    QString error;
    BatchExportRequest request;
    request.presentation.labelLanguage = QStringLiteral("fr");
    request.presentation.groupPaths = true;
    request.presentation.csvSeparator = u';';
    request.presentation.csvQuoteAll = true;
    request.presentation.csvBom = true;
    const auto first = exportBatch(supervisor(), request, &error);
    ASSERT_TRUE(first) << error.toStdString();
    const QByteArray main = readFile(QDir(first->folder).filePath(QStringLiteral("main.csv")));
    ASSERT_TRUE(main.startsWith("\xEF\xBB\xBF\"")) << main.left(40).toStdString();
    const QString header = QString::fromUtf8(main.mid(3, main.indexOf('\n') - 3)).trimmed();
    const QStringList names = header.split(u';');
    for (const QString &name : names)
        EXPECT_TRUE(name.startsWith(u'"') && name.endsWith(u'"')) << name.toStdString();
    const Questionnaire &q = *workspace().questionnaire();
    const int sex = q.itemByName(u"sex");
    const int fr = q.languageIndex(u"fr");
    const QString sexHeader = u'"' + q.item(q.item(sex).parent).label.text(fr) + u'/' + q.item(sex).label.text(fr) + u'"';
    EXPECT_TRUE(names.contains(sexHeader)) << header.toStdString();
    EXPECT_EQ(QSet<QString>(names.begin(), names.end()).size(), names.size()) << "a header twice: " << header.toStdString();

    const QJsonObject package = manifest(first->folder);
    const QJsonObject flowdesk = package.value(u"flowdesk").toObject();
    EXPECT_EQ(flowdesk.value(u"label_language").toString(), u"fr");
    EXPECT_TRUE(flowdesk.value(u"group_paths").toBool());
    EXPECT_EQ(flowdesk.value(u"csv_separator").toString(), u";");
    for (const QJsonValue &value : package.value(u"resources").toArray()) {
        const QJsonObject resource = value.toObject();
        if (resource.value(u"path").toString().endsWith(u".csv") && resource.contains(u"schema")) {
            EXPECT_EQ(resource.value(u"dialect").toObject().value(u"delimiter").toString(), u";")
                << resource.value(u"path").toString().toStdString();
        }
    }

    QTemporaryDir again;
    BatchExportRequest repeat;
    repeat.batch = first->batchId;
    repeat.outDir = again.path();
    const auto second = exportBatch(supervisor(), repeat, &error);
    ASSERT_TRUE(second) << error.toStdString();
    EXPECT_EQ(readFile(QDir(second->folder).filePath(QStringLiteral("main.csv"))), main);
    EXPECT_EQ(readFile(QDir(first->folder).filePath(QStringLiteral("datapackage.json"))),
              readFile(QDir(second->folder).filePath(QStringLiteral("datapackage.json"))));
}

TEST_F(BatchExport, LabelsInALanguageTheQuestionnaireDoesNotHaveAreRefusedAndNothingIsMarked)
{
    approve(2);
    closeWorkspace();
    const QStringList before = dump();
    BatchExportRequest request;
    request.presentation.labelLanguage = QStringLiteral("tlh");
    QString error;
    EXPECT_FALSE(exportBatch(supervisor(), request, &error));
    EXPECT_TRUE(error.contains(u"tlh")) << error.toStdString();
    closeWorkspace();
    EXPECT_EQ(dump(), before);
    EXPECT_TRUE(QDir(m_out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

} // namespace
} // namespace flowdesk::testing
