// Batch import (issue 10): verification refuses a tampered, truncated, unsigned or foreign batch whole; a good
// one merges in one transaction; conflicts wait for a reviewer.
#include "batchfixture.h"

#include "batch/batchzip.h"
#include "batch/importconflicts.h"
#include "store/auditlog.h"
#include "xlsform/ziparchive.h"

namespace flowdesk::testing {
namespace {

const QString kAnswers = QStringLiteral(
    "SELECT i.uuid, f.path, a.instance, COALESCE(a.value, '(instance)') FROM answers a "
    "JOIN interviews i ON i.id = a.interview_id JOIN fields f ON f.id = a.field_id");

class BatchImport : public BatchFixture
{
protected:
    // A batch of `n` approved interviews from this office (A), personal data included so answers compare whole.
    BatchExportResult exported(int n)
    {
        approve(n);
        BatchExportRequest request;
        request.includePii = true;
        QString error;
        auto result = exportBatch(supervisor(), request, &error);
        EXPECT_TRUE(result) << error.toStdString();
        closeWorkspace();
        return result.value_or(BatchExportResult{});
    }

    // Imports `batch` into the database at `path` as its administrator.
    std::optional<BatchImportResult> importInto(const QString &path, const QString &batch, QString *error)
    {
        auto db = Database::open(path, error);
        if (!db)
            return std::nullopt;
        return BatchImporter(*db).run(admin(), batch, {}, error);
    }

    QStringList dumpOf(const QString &path)
    {
        const QString saved = m_path;
        m_path = path;
        QStringList rows = dump();
        m_path = saved;
        return rows;
    }
};

TEST_F(BatchImport, RoundTripFromOfficeAToOfficeBGivesTheSameAnswers)
{
    const BatchExportResult batch = exported(3);
    const QString b = makeOfficeB(true);
    QString error;
    const auto result = importInto(b, batch.zip, &error);
    ASSERT_TRUE(result) << error.toStdString();
    EXPECT_EQ(result->merge.added, 3);
    EXPECT_EQ(result->merge.skipped, 0);
    EXPECT_EQ(result->merge.conflicts, 0);
    EXPECT_EQ(rows(b, kAnswers), rows(m_path, kAnswers));
    EXPECT_EQ(rows(b, QStringLiteral("SELECT uuid, status, enumerator, created_at FROM interviews")),
              rows(m_path, QStringLiteral("SELECT uuid, 'approved', enumerator, created_at FROM interviews")));
    EXPECT_EQ(rows(b, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'interview imported'")),
              QStringList{QStringLiteral("3")});
    // The folder imports too, and a second import of the same batch is refused as already imported.
    const auto again = importInto(b, batch.folder, &error);
    EXPECT_FALSE(again);
    EXPECT_TRUE(error.contains(u"already imported")) << error.toStdString();
}

TEST_F(BatchImport, OneChangedByteInAnyFileRefusesTheWholeBatchAndChangesNothing)
{
    const BatchExportResult batch = exported(2);
    const QString b = makeOfficeB(true);
    const QStringList before = dumpOf(b);
    for (const QString &file : {QStringLiteral("main.csv"), QStringLiteral("interviews.jsonl"),
                                QStringLiteral("datapackage.json")}) {
        QTemporaryDir copy;
        const QString folder = copy.filePath(QStringLiteral("batch"));
        QDir().mkpath(folder);
        for (const QString &name : QDir(batch.folder).entryList(QDir::Files))
            ASSERT_TRUE(QFile::copy(QDir(batch.folder).filePath(name), QDir(folder).filePath(name)));
        QDir(folder).mkpath(QStringLiteral("questionnaire"));
        for (const QString &name : QDir(batch.folder + QStringLiteral("/questionnaire")).entryList(QDir::Files))
            ASSERT_TRUE(QFile::copy(batch.folder + QStringLiteral("/questionnaire/") + name,
                                    folder + QStringLiteral("/questionnaire/") + name));
        QByteArray bytes = readFile(QDir(folder).filePath(file));
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
        QFile::remove(QDir(folder).filePath(file));
        writeFile(QDir(folder).filePath(file), bytes);
        QString error;
        EXPECT_FALSE(importInto(b, folder, &error)) << file.toStdString();
        EXPECT_TRUE(error.contains(file == u"datapackage.json" ? QStringLiteral("signature") : file))
            << file.toStdString() << ": " << error.toStdString();
    }
    EXPECT_EQ(dumpOf(b), before);
}

TEST_F(BatchImport, ATruncatedZipIsRefused)
{
    const BatchExportResult batch = exported(2);
    const QString b = makeOfficeB(true);
    const QStringList before = dumpOf(b);
    const QByteArray zip = readFile(batch.zip);
    const QString cut = m_dir.filePath(QStringLiteral("cut.zip"));
    writeFile(cut, zip.left(zip.size() * 2 / 3));
    QString error;
    EXPECT_FALSE(importInto(b, cut, &error));
    EXPECT_TRUE(error.contains(u"cut short")) << error.toStdString();
    EXPECT_EQ(dumpOf(b), before);
}

TEST_F(BatchImport, AnUnsignedBatchIsRefused)
{
    const BatchExportResult batch = exported(1);
    const QString b = makeOfficeB(true);
    ASSERT_TRUE(QFile::remove(QDir(batch.folder).filePath(QStringLiteral("datapackage.json.sig"))));
    QString error;
    EXPECT_FALSE(importInto(b, batch.folder, &error));
    EXPECT_TRUE(error.contains(u"not signed")) << error.toStdString();
}

TEST_F(BatchImport, AForeignKeyIsRefusedUntilAnAdministratorTrustsIt)
{
    const BatchExportResult batch = exported(2);
    const QString b = makeOfficeB(false);
    const QStringList before = dumpOf(b);
    QString error;
    EXPECT_FALSE(importInto(b, batch.zip, &error));
    EXPECT_TRUE(error.contains(u"does not trust")) << error.toStdString();
    EXPECT_EQ(dumpOf(b), before);
    {
        auto db = Database::open(b, &error);
        const QByteArray key = BatchImporter::signingKey(batch.zip, &error);
        ASSERT_FALSE(key.isEmpty()) << error.toStdString();
        EXPECT_FALSE(KeyRing(*db).trust(supervisor(), key, QStringLiteral("A"), &error)); // administrators only
        ASSERT_TRUE(KeyRing(*db).trust(admin(), key, QStringLiteral("A"), &error)) << error.toStdString();
    }
    const auto result = importInto(b, batch.zip, &error);
    ASSERT_TRUE(result) << error.toStdString();
    EXPECT_EQ(result->merge.added, 2);
}

TEST_F(BatchImport, TheSameUuidWithOtherAnswersGoesToTheConflictListAndAReviewerPicks)
{
    approve(3);
    closeWorkspace();
    // Office B started as a copy of A: the same interviews. Then one of B's answers differs.
    const QString b = m_dir.filePath(QStringLiteral("office-b.flowdesk"));
    m_workflow.reset();
    m_db.reset(); // the last connection checkpoints the WAL on close, so the copy is whole
    ASSERT_TRUE(QFile::copy(m_path, b));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        raw.setDatabaseName(b);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral(
            "UPDATE answers SET value = value || 'x' WHERE (interview_id, field_id, instance) = "
            "(SELECT interview_id, field_id, instance FROM answers a JOIN fields f ON f.id = a.field_id "
            "WHERE f.type = 'text' AND a.instance = '' ORDER BY interview_id LIMIT 1)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    BatchExportRequest request;
    request.includePii = true;
    QString error;
    const auto batch = exportBatch(supervisor(), request, &error);
    ASSERT_TRUE(batch) << error.toStdString();
    closeWorkspace();
    const QStringList ours = rows(b, kAnswers);
    const auto result = importInto(b, batch->zip, &error);
    ASSERT_TRUE(result) << error.toStdString();
    EXPECT_EQ(result->merge.added, 0);
    EXPECT_EQ(result->merge.skipped, 2);
    EXPECT_EQ(result->merge.conflicts, 1);
    EXPECT_EQ(rows(b, kAnswers), ours); // never a silent overwrite

    auto workspaceB = Workspace::open(b, &error);
    ASSERT_TRUE(workspaceB) << error.toStdString();
    ImportConflicts conflicts(*workspaceB);
    const auto open = conflicts.page({}, 0, 10, &error);
    ASSERT_EQ(open.size(), 1u) << error.toStdString();
    const auto view = conflicts.view(open.front().id, &error);
    ASSERT_TRUE(view) << error.toStdString();
    ASSERT_EQ(view->differences.size(), 1u);
    EXPECT_TRUE(view->differences.front().ours.endsWith(u'x'));
    EXPECT_EQ(view->differences.front().ours, view->differences.front().theirs + u'x');
    EXPECT_FALSE(conflicts.takeTheirs(enumerator(), open.front().id, &error)); // not an enumerator's call
    ASSERT_TRUE(conflicts.takeTheirs(reviewer(), open.front().id, &error)) << error.toStdString();
    EXPECT_FALSE(conflicts.keepOurs(reviewer(), open.front().id, &error)); // decided once
    EXPECT_TRUE(conflicts.page({}, 0, 10, &error).empty());
    const auto decided = conflicts.page({true, QString()}, 0, 10, &error);
    ASSERT_EQ(decided.size(), 1u) << error.toStdString();
    EXPECT_EQ(decided.front().resolution, u"theirs");
    EXPECT_EQ(decided.front().resolvedBy, reviewer().name());
    EXPECT_EQ(decided.front().uuid, view->uuid);
    const auto counts = conflicts.counts(QString(), &error);
    ASSERT_TRUE(counts) << error.toStdString();
    EXPECT_EQ(counts->open, 0);
    EXPECT_EQ(counts->all, 1);
    EXPECT_EQ(conflicts.batches(&error), QStringList{batch->batchId});
    workspaceB.reset();
    EXPECT_EQ(rows(b, kAnswers), rows(m_path, kAnswers));
    EXPECT_EQ(rows(b, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import conflict resolved'")),
              QStringList{QStringLiteral("1")});
}

TEST_F(BatchImport, OnlyAdministratorsImport)
{
    const BatchExportResult batch = exported(1);
    const QString b = makeOfficeB(true);
    auto db = Database::open(b, nullptr);
    QString error;
    EXPECT_FALSE(BatchImporter(*db).run(supervisor(), batch.zip, {}, &error));
    EXPECT_TRUE(error.contains(u"cannot import")) << error.toStdString();
}

TEST_F(BatchImport, AZipEntryThatLeavesTheFolderIsRefused)
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("evil.zip"));
    writeFile(zip, ZipArchive::write({{QStringLiteral("../evil.txt"), QByteArray("x")}}));
    QString error;
    EXPECT_FALSE(batchzip::extract(zip, dir.filePath(QStringLiteral("in")), &error));
    EXPECT_TRUE(error.contains(u"outside")) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("evil.txt"))));
}

} // namespace
} // namespace flowdesk::testing
