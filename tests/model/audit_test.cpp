// The audit log's hash chain: changing, removing or reordering history with SQL is detected, by the model and by
// `flowdesk-cli audit verify`.
#include "workflowfixture.h"

#include "store/auditlog.h"

#include <QProcess>

namespace flowdesk::testing {
namespace {

using AuditTest = WorkflowFixture;

void rawExec(const QString &path, const QString &statement)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

int cliVerify(const QString &path, QString *output)
{
    QProcess cli;
    cli.start(QStringLiteral(FLOWDESK_CLI), {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), path});
    EXPECT_TRUE(cli.waitForFinished(60000));
    *output = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    return cli.exitCode();
}

TEST_F(AuditTest, AChangedEntryIsTheFirstBrokenLink)
{
    InterviewCopy copy = approved();
    const AuditVerification good = AuditLog(*m_db).verify();
    ASSERT_TRUE(good.ok) << good.message.toStdString();
    ASSERT_GE(good.entries, 8);
    QString output;
    EXPECT_EQ(cliVerify(m_path, &output), 0) << output.toStdString();

    // Someone with the sqlite3 tool turns the approval's author into someone else.
    const auto history = AuditLog(*m_db).history(copy.interview.id);
    const qint64 seq = history.back().seq;
    rawExec(m_path, QStringLiteral("UPDATE audit_log SET account_name = 'supervisor' WHERE seq = %1").arg(seq));
    const AuditVerification bad = AuditLog(*m_db).verify();
    EXPECT_FALSE(bad.ok);
    EXPECT_EQ(bad.firstBrokenSeq, seq);
    EXPECT_TRUE(bad.message.contains(u"do not match its hash")) << bad.message.toStdString();
    EXPECT_EQ(cliVerify(m_path, &output), 1);
    EXPECT_TRUE(output.contains(QStringLiteral("entry %1").arg(seq))) << output.toStdString();
}

TEST_F(AuditTest, ARemovedEntryIsDetected)
{
    approved();
    rawExec(m_path, QStringLiteral("DELETE FROM audit_log WHERE seq = 3"));
    const AuditVerification bad = AuditLog(*m_db).verify();
    EXPECT_FALSE(bad.ok);
    EXPECT_EQ(bad.firstBrokenSeq, 4);
}

TEST_F(AuditTest, ARecomputedHashStillBreaksTheNextLink)
{
    approved();
    // Changing the details and the entry's own hash is not enough: the next entry chains to the old hash.
    rawExec(m_path, QStringLiteral("UPDATE audit_log SET details = '{}', hash = '%1' WHERE seq = 2").arg(QString(64, u'a')));
    const AuditVerification bad = AuditLog(*m_db).verify();
    EXPECT_FALSE(bad.ok);
    EXPECT_EQ(bad.firstBrokenSeq, 2);
}

} // namespace
} // namespace flowdesk::testing
