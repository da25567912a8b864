// flowdesk-cli key, export, import and conflicts, as a user runs them.
#include "batchfixture.h"
#include "conflictfixture.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace flowdesk::testing {
namespace {

struct CliOutcome
{
    int code = -1;
    QString out, err;
};

CliOutcome runCli(const QStringList &args, const QString &password)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FLOWDESK_PASSWORD"), password);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FLOWDESK_CLI), args);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

class BatchCli : public BatchFixture
{
};

TEST_F(BatchCli, ExportThenImportIntoAnotherOfficeAfterTrustingItsKey)
{
    approve(3);
    m_workflow.reset();
    m_db.reset();
    CliOutcome r = runCli({QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--db"), m_path}, QString());
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Fingerprint: ")) << r.out.toStdString();

    r = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_path, QStringLiteral("--user"), QStringLiteral("reviewer"),
             QStringLiteral("--out"), m_out.path()},
            QStringLiteral("pass"));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(u"cannot export")) << r.err.toStdString();
    r = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_path, QStringLiteral("--user"), QStringLiteral("supervisor"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), m_out.path()},
            QStringLiteral("pass"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"3 interview(s)")) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(u"(100%)")) << r.err.toStdString(); // progress on stderr
    const QStringList zips = QDir(m_out.path()).entryList({QStringLiteral("*.zip")});
    ASSERT_EQ(zips.size(), 1);
    const QString zip = QDir(m_out.path()).filePath(zips.first());

    const QString b = makeOfficeB(false);
    r = runCli({QStringLiteral("import"), QStringLiteral("--db"), b, QStringLiteral("--user"), QStringLiteral("admin"), zip},
            QStringLiteral("admin-pass"));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(u"does not trust")) << r.err.toStdString();
    r = runCli({QStringLiteral("key"), QStringLiteral("trust"), QStringLiteral("--db"), b, QStringLiteral("--user"),
             QStringLiteral("admin"), QStringLiteral("--from"), zip},
            QStringLiteral("admin-pass"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = runCli({QStringLiteral("key"), QStringLiteral("list"), QStringLiteral("--db"), b}, QString());
    EXPECT_TRUE(r.out.contains(u"trusted by admin")) << r.out.toStdString();
    r = runCli({QStringLiteral("import"), QStringLiteral("--db"), b, QStringLiteral("--user"), QStringLiteral("admin"), zip},
            QStringLiteral("admin-pass"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"3 added, 0 already here (skipped), 0 conflict(s)")) << r.out.toStdString();
    r = runCli({QStringLiteral("conflicts"), QStringLiteral("--db"), b}, QString());
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(u"No open import conflicts")) << r.out.toStdString();
}

// The column names and the CSV's dialect from the command line; a separator it does not know is refused before
// anything is read or written.
TEST_F(BatchCli, ExportWithFrenchLabelsSemicolonsAndAByteOrderMark)
{
    approve(2);
    closeWorkspace();
    CliOutcome r = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_path, QStringLiteral("--user"),
                           QStringLiteral("supervisor"), QStringLiteral("--out"), m_out.path(),
                           QStringLiteral("--separator"), QStringLiteral("pipe")},
                          QStringLiteral("pass"));
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(u"unknown separator 'pipe'")) << r.err.toStdString();
    EXPECT_TRUE(QDir(m_out.path()).isEmpty());
    r = runCli({QStringLiteral("export"), QStringLiteral("--db"), m_path, QStringLiteral("--user"),
                QStringLiteral("supervisor"), QStringLiteral("--out"), m_out.path(), QStringLiteral("--labels"),
                QStringLiteral("fr"), QStringLiteral("--separator"), QStringLiteral("semicolon"),
                QStringLiteral("--bom"), QStringLiteral("--quote-all")},
               QStringLiteral("pass"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QStringList folders = QDir(m_out.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    ASSERT_EQ(folders.size(), 1);
    QFile main(QDir(m_out.path()).filePath(folders.front() + QStringLiteral("/main.csv")));
    ASSERT_TRUE(main.open(QIODevice::ReadOnly));
    const QByteArray header = main.readLine();
    EXPECT_TRUE(header.startsWith("\xEF\xBB\xBF\"start\";\"end\";")) << header.left(60).toStdString();
    EXPECT_TRUE(QString::fromUtf8(header).contains(u"\"Sexe du répondant\"")) << header.toStdString();
}

// More conflicts than the old listing's cap of 1,000: all of them listed, page by page, with uuid and batch;
// --all adds the decided ones with who decided; --batch keeps one batch's.
TEST_F(BatchCli, ConflictsListsEveryConflictAndAllAddsTheDecidedOnes)
{
    const std::vector<qint64> ids = approve(3);
    QString error;
    ASSERT_GE(addConflicts(workspace(), supervisor(), ids, 1050, QStringLiteral("A-20260101-000001"), &error), 0)
        << error.toStdString();
    ASSERT_GE(addConflicts(workspace(), supervisor(), ids, 2, QStringLiteral("A-20260102-000002"), &error), 0)
        << error.toStdString();
    closeWorkspace();
    auto r = runCli({QStringLiteral("conflicts"), QStringLiteral("--db"), m_path}, QString());
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1052);
    const QStringList first = lines.first().split(u'\t');
    ASSERT_GE(first.size(), 6) << lines.first().toStdString();
    EXPECT_EQ(first[1], QStringLiteral("interview %1").arg(ids[0]));
    EXPECT_EQ(first[2].size(), 36); // the uuid
    EXPECT_EQ(first[3], u"batch A-20260101-000001");
    EXPECT_EQ(first.last(), u"open");

    r = runCli({QStringLiteral("conflicts"), QStringLiteral("--db"), m_path, QStringLiteral("--user"),
                QStringLiteral("reviewer"), QStringLiteral("--keep"), QStringLiteral("theirs"), QStringLiteral("--id"),
                first[0]},
               QStringLiteral("pass"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = runCli({QStringLiteral("conflicts"), QStringLiteral("--db"), m_path}, QString());
    EXPECT_EQ(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 1051);
    r = runCli({QStringLiteral("conflicts"), QStringLiteral("--db"), m_path, QStringLiteral("--all")}, QString());
    lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1052);
    EXPECT_TRUE(lines.first().contains(u"\tkept theirs by reviewer at ")) << lines.first().toStdString();
    r = runCli({QStringLiteral("conflicts"), QStringLiteral("--db"), m_path, QStringLiteral("--batch"),
                QStringLiteral("A-20260102-000002")},
               QString());
    EXPECT_EQ(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 2) << r.out.toStdString();
}

} // namespace
} // namespace flowdesk::testing
