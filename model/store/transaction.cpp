#include "transaction.h"

#include "openfiles.h"
#include "sqlsupport.h"

namespace flowdesk {

namespace {
constexpr auto kBegin = R"sql(BEGIN IMMEDIATE)sql";
constexpr auto kCommit = R"sql(COMMIT)sql";
constexpr auto kRollback = R"sql(ROLLBACK)sql";
} // namespace

Transaction::Transaction(QString connectionName) : m_connection(std::move(connectionName)) {}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::begin(QString *error)
{
    // Every store write starts here: a file opened read-only, or found damaged, is refused with the reason
    // rather than SQLite's "attempt to write a readonly database" (or a write into a damaged file).
    if (const QString refusal = openfiles::writeRefusal(m_connection); !refusal.isEmpty())
        return sql::fail(error, refusal);
    QSqlQuery q = sql::query(m_connection);
    if (!sql::prepareKept(q, m_connection, kBegin, error) || !sql::exec(q, u"Cannot start a transaction", error))
        return false;
    m_open = true;
    return true;
}

bool Transaction::commit(QString *error)
{
    if (!m_open)
        return sql::fail(error, QStringLiteral("No transaction to commit"));
    QSqlQuery q = sql::query(m_connection);
    if (!sql::prepareKept(q, m_connection, kCommit, error) || !sql::exec(q, u"Cannot commit", error))
        return false; // still open: the destructor rolls back
    m_open = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery q = sql::query(m_connection);
    QString ignored; // a failed rollback leaves SQLite to roll back when the connection closes
    if (sql::prepareKept(q, m_connection, kRollback, &ignored))
        q.exec();
}

} // namespace flowdesk
