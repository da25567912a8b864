#include "store/sqlsupport.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTemporaryDir>

namespace flowdesk {
namespace {

constexpr const char *kCreate = "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)";
constexpr const char *kInsert = "INSERT INTO t (v) VALUES (?)";
constexpr const char *kValues = "SELECT v FROM t ORDER BY id";
constexpr const char *kCount = "SELECT count(*) FROM t";

QString run(const QString &connection, const char *statement, const QVariantList &values = {})
{
    QString error;
    QSqlQuery q = sql::query(connection, true);
    if (!sql::prepareKept(q, connection, statement, &error))
        return error;
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!sql::exec(q, u"run", &error))
        return error;
    const QString first = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return first;
}

class KeptStatementTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("kept.sqlite"));
        open(m_first);
        QString error;
        QSqlQuery create = sql::query(m_first);
        ASSERT_TRUE(sql::prepare(create, kCreate, &error) && sql::exec(create, u"create", &error)) << qPrintable(error);
    }
    void TearDown() override
    {
        sql::close(m_first);
        sql::close(m_second);
    }
    void open(const QString &connection)
    {
        QString error;
        ASSERT_TRUE(sql::open(connection, m_path, false, false, &error)) << qPrintable(error);
    }

    QTemporaryDir m_dir;
    QString m_path;
    const QString m_first = sql::uniqueConnectionName();
    const QString m_second = sql::uniqueConnectionName();
};

TEST_F(KeptStatementTest, RunsAgainWithNewValues)
{
    run(m_first, kInsert, {QStringLiteral("a")});
    run(m_first, kInsert, {QStringLiteral("b")});
    EXPECT_EQ(run(m_first, kCount), QStringLiteral("2"));
    EXPECT_EQ(run(m_first, kValues), QStringLiteral("a"));
}

TEST_F(KeptStatementTest, AReadStoppedEarlyDoesNotHideLaterWrites)
{
    run(m_first, kInsert, {QStringLiteral("a")});
    run(m_first, kInsert, {QStringLiteral("b")});
    EXPECT_EQ(run(m_first, kValues), QStringLiteral("a")); // one row of two read, then finished
    open(m_second);
    run(m_second, kInsert, {QStringLiteral("c")});
    // An unfinished kept read would hold the first connection's snapshot from before "c".
    EXPECT_EQ(run(m_first, kCount), QStringLiteral("3"));
}

TEST_F(KeptStatementTest, ClosingTheConnectionDropsItsStatements)
{
    run(m_first, kInsert, {QStringLiteral("a")});
    EXPECT_EQ(run(m_first, kCount), QStringLiteral("1"));
    sql::close(m_first);
    open(m_first); // same name, new driver: a statement kept from before would no longer run
    run(m_first, kInsert, {QStringLiteral("b")});
    EXPECT_EQ(run(m_first, kCount), QStringLiteral("2"));
}

} // namespace
} // namespace flowdesk
