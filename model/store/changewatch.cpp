#include "changewatch.h"

#include "sqlsupport.h"

namespace flowdesk {

namespace {

constexpr auto kDataVersion = R"sql(PRAGMA data_version)sql";

} // namespace

ChangeWatch::ChangeWatch(const QString &connectionName) : m_connection(connectionName), m_seen(read())
{
}

qint64 ChangeWatch::read() const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kDataVersion, nullptr) || !q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool ChangeWatch::changed()
{
    const qint64 now = read();
    if (now < 0 || now == m_seen)
        return false;
    m_seen = now;
    return true;
}

} // namespace flowdesk
