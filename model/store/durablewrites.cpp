#include "database.h"

#include "sqlsupport.h"

namespace flowdesk {

namespace {

// In WAL mode FULL syncs the log at every commit: a commit that returned survives a power cut.
constexpr auto kSynchronousFull = R"sql(PRAGMA synchronous = FULL)sql";
constexpr auto kSynchronousNormal = R"sql(PRAGMA synchronous = NORMAL)sql";

} // namespace

bool Database::setDurableWrites(bool durable, QString *error)
{
    QSqlQuery q = sql::query(m_connection, true);
    return sql::prepare(q, durable ? kSynchronousFull : kSynchronousNormal, error)
           && sql::exec(q, u"Setting the write durability", error);
}

} // namespace flowdesk
