// `flowdesk-cli review` acts as an account through InterviewWorkflow: the same permissions, versions and audit
// entries as the review screens; and two processes racing on one interview lose nothing.
#include "store/auditlog.h"
#include "store/database.h"

#include <gtest/gtest.h>

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

namespace {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

std::unique_ptr<QProcess> start(const QStringList &args, const QString &password)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FLOWDESK_PASSWORD"), password);
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(FLOWDESK_CLI), args);
    process->closeWriteChannel();
    return process;
}

CliRun finish(QProcess &process)
{
    EXPECT_TRUE(process.waitForFinished(120000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

CliRun cli(const QStringList &args, const QString &password = QStringLiteral("demo"))
{
    auto process = start(args, password);
    return finish(*process);
}

// One row of `review list`: id, version, status.
struct Listed
{
    qint64 id = 0;
    qint64 version = 0;
    QString status;
};

std::vector<Listed> listed(const QString &output)
{
    std::vector<Listed> rows;
    for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts).mid(1)) {
        const QStringList cells = line.split(u'\t');
        if (cells.size() >= 3)
            rows.push_back({cells[0].toLongLong(), cells[1].toLongLong(), cells[2]});
    }
    return rows;
}

class CliReview : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        const CliRun demo = cli({"demo", "--db", s_dir->filePath("template.flowdesk"), "--interviews", "120",
                                 "--seed", "8"});
        ASSERT_EQ(demo.code, 0) << demo.err.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override
    {
        m_db = m_dir.filePath("office.flowdesk");
        ASSERT_TRUE(QFile::copy(s_dir->filePath("template.flowdesk"), m_db));
    }

    std::vector<Listed> completed(int limit)
    {
        const CliRun r = cli({"review", "list", "--db", m_db, "--user", "reviewer", "--status", "completed",
                              "--limit", QString::number(limit)});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return listed(r.out);
    }

    static QTemporaryDir *s_dir;
    QTemporaryDir m_dir;
    QString m_db;
};

QTemporaryDir *CliReview::s_dir = nullptr;

TEST_F(CliReview, DecisionsActAsTheAccountWithTheModelsPermissions)
{
    const std::vector<Listed> rows = completed(3);
    ASSERT_EQ(rows.size(), 3u);
    for (const Listed &row : rows)
        EXPECT_EQ(row.status, "completed");
    const QString first = QString::number(rows[0].id);
    const QString second = QString::number(rows[1].id);

    // An enumerator may not approve; a wrong password is refused; both change nothing.
    CliRun r = cli({"review", "approve", "--db", m_db, "--user", "supervisor", "--id", first}, "wrong");
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains("Wrong account name or password")) << r.err.toStdString();
    const CliRun enumerators = cli({"review", "list", "--db", m_db, "--user", "reviewer", "--limit", "1"});
    ASSERT_EQ(enumerators.code, 0);
    const QString enumerator = enumerators.out.split(u'\n').value(1).split(u'\t').value(4);
    ASSERT_FALSE(enumerator.isEmpty()) << enumerators.out.toStdString();
    r = cli({"review", "approve", "--db", m_db, "--user", enumerator, "--id", first});
    EXPECT_EQ(r.code, 1);
    EXPECT_FALSE(r.err.trimmed().isEmpty());
    EXPECT_FALSE(r.err.contains("Usage")) << r.err.toStdString();

    // A rejection needs a reason.
    r = cli({"review", "reject", "--db", m_db, "--user", "reviewer", "--id", second});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains("only with a reason")) << r.err.toStdString();

    r = cli({"review", "approve", "--db", m_db, "--user", "reviewer", "--id", first, "--note", "looks right"});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("approved")) << r.out.toStdString();
    r = cli({"review", "approve", "--db", m_db, "--user", "reviewer", "--id", first});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains("only a completed interview can be approved")) << r.err.toStdString();
    // Reviewers do not reopen; supervisors do, with a reason.
    r = cli({"review", "reopen", "--db", m_db, "--user", "reviewer", "--id", first, "--reason", "recheck"});
    EXPECT_EQ(r.code, 1);
    r = cli({"review", "reopen", "--db", m_db, "--user", "supervisor", "--id", first, "--reason", "recheck age"});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    r = cli({"review", "reject", "--db", m_db, "--user", "reviewer", "--id", second, "--reason", "age missing"});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    r = cli({"review", "comment", "--db", m_db, "--user", "reviewer", "--id", second, "--text", "call back"});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();

    QString error;
    auto db = flowdesk::Database::open(m_db, flowdesk::OpenMode::ReadOnly, &error);
    ASSERT_TRUE(db) << error.toStdString();
    const auto history = flowdesk::AuditLog(*db).history(rows[0].id);
    ASSERT_GE(history.size(), 2u);
    const auto &reopened = history.back();
    EXPECT_EQ(reopened.accountName, "supervisor");
    EXPECT_TRUE(reopened.details.contains("recheck age")) << reopened.details.toStdString();
    const auto &approved = history[history.size() - 2];
    EXPECT_EQ(approved.accountName, "reviewer");
    EXPECT_TRUE(approved.details.contains("approved")) << approved.details.toStdString();
    const auto secondHistory = flowdesk::AuditLog(*db).history(rows[1].id);
    ASSERT_FALSE(secondHistory.empty());
    EXPECT_EQ(secondHistory.back().action, "comment");
    EXPECT_EQ(secondHistory.back().accountName, "reviewer");
    EXPECT_TRUE(flowdesk::AuditLog(*db).verify().ok);
}

// Two processes decide on the same interview from the same version: exactly one wins, the other is refused with
// the stale-copy message, and the audit chain still verifies.
TEST_F(CliReview, TwoProcessesRacingOnOneInterviewLoseNothing)
{
    const std::vector<Listed> rows = completed(4);
    ASSERT_EQ(rows.size(), 4u);
    for (const Listed &row : rows) {
        const QString id = QString::number(row.id);
        const QString version = QString::number(row.version);
        auto approve = start({"review", "approve", "--db", m_db, "--user", "reviewer", "--id", id, "--version",
                              version}, "demo");
        auto reject = start({"review", "reject", "--db", m_db, "--user", "supervisor", "--id", id, "--version",
                             version, "--reason", "race"}, "demo");
        const CliRun approved = finish(*approve);
        const CliRun rejected = finish(*reject);
        ASSERT_TRUE((approved.code == 0) != (rejected.code == 0))
            << "approve: " << approved.code << " " << approved.err.toStdString() << "\nreject: " << rejected.code
            << " " << rejected.err.toStdString();
        const CliRun &loser = approved.code == 0 ? rejected : approved;
        EXPECT_EQ(loser.code, 1);
        EXPECT_TRUE(loser.err.contains(QStringLiteral("Interview %1 was changed by someone else").arg(row.id)))
            << loser.err.toStdString();

        const CliRun now = cli({"review", "list", "--db", m_db, "--user", "reviewer", "--status",
                                approved.code == 0 ? "approved" : "rejected", "--limit", "1000"});
        bool found = false;
        for (const Listed &l : listed(now.out))
            found = found || (l.id == row.id && l.version == row.version + 1);
        EXPECT_TRUE(found) << "interview " << row.id << " not in the winner's status at version " << row.version + 1;
    }
    const CliRun verify = cli({"audit", "verify", "--db", m_db});
    EXPECT_EQ(verify.code, 0) << verify.out.toStdString() << verify.err.toStdString();
}

} // namespace
