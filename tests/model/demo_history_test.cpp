// Issue 8: the demo database's generated history reads like interviews that went through the workflow: each
// interview's version is one more than its status changes (as InterviewWorkflow counts them), the status history
// runs in time order from draft to the interview's status, the audit log has a status entry for each change, and
// the audit chain verifies.
#include "demo/demodatabase.h"
#include "store/auditlog.h"
#include "store/database.h"

#include <gtest/gtest.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <map>

using namespace flowdesk;

TEST(DemoHistory, VersionsHistoryAndAuditAgreeForEveryGeneratedInterview)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.flowdesk"));
    QString error;
    ASSERT_TRUE(DemoDatabase::fill(path, 600, 23, &error)) << error.toStdString();
    {
        auto db = Database::open(path, &error);
        ASSERT_TRUE(db) << error.toStdString();
        const AuditVerification verified = AuditLog(*db).verify();
        EXPECT_TRUE(verified.ok) << verified.message.toStdString();
    }

    // Plain SQL on a connection of the test's own.
    QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("demo-history-test"));
    sql.setDatabaseName(path);
    ASSERT_TRUE(sql.open());
    {
        struct Seen
        {
            QString status;
            qint64 version = 0;
            int changes = 0;
            QString lastTo = QStringLiteral("draft");
            qint64 lastAt = 0;
            bool ordered = true, chained = true;
            int audited = 0;
        };
        std::map<qint64, Seen> interviews;
        QSqlQuery q(sql);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, status, version FROM interviews")));
        while (q.next())
            interviews[q.value(0).toLongLong()] = {q.value(1).toString(), q.value(2).toLongLong()};
        ASSERT_EQ(interviews.size(), 600u);
        ASSERT_TRUE(q.exec(QStringLiteral(
            "SELECT interview_id, from_status, to_status, at FROM status_history ORDER BY interview_id, id")));
        while (q.next()) {
            Seen &s = interviews[q.value(0).toLongLong()];
            ++s.changes;
            s.chained = s.chained && q.value(1).toString() == s.lastTo;
            s.ordered = s.ordered && q.value(3).toLongLong() >= s.lastAt;
            s.lastTo = q.value(2).toString();
            s.lastAt = q.value(3).toLongLong();
        }
        ASSERT_TRUE(q.exec(QStringLiteral(
            "SELECT interview_id, COUNT(*) FROM audit_log WHERE action = 'status' GROUP BY interview_id")));
        while (q.next())
            interviews[q.value(0).toLongLong()].audited = q.value(1).toInt();

        std::map<QString, int> reviewed;
        for (const auto &[id, s] : interviews) {
            SCOPED_TRACE(QStringLiteral("interview %1 (%2)").arg(id).arg(s.status).toStdString());
            EXPECT_EQ(s.version, 1 + s.changes) << "version = 1 + its status changes";
            EXPECT_EQ(s.lastTo, s.status) << "the history ends in the interview's status";
            EXPECT_TRUE(s.chained) << "each change starts where the one before ended";
            EXPECT_TRUE(s.ordered) << "changes in time order";
            EXPECT_EQ(s.audited, s.changes) << "one audit entry per status change";
            if (s.version > 2)
                ++reviewed[s.status];
        }
        EXPECT_GT(reviewed[QStringLiteral("approved")], 0) << "no approved interview past version 2";
        EXPECT_GT(reviewed[QStringLiteral("rejected")], 0) << "no rejected interview past version 2";
    }
    sql.close();
    sql = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("demo-history-test"));
}
