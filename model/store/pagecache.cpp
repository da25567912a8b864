#include "database.h"

#include "sqlsupport.h"

namespace flowdesk {

namespace {

// 16 MiB: enough for the counts index's pages a count walks once; the OS file cache serves the rest.
constexpr auto kSmallCache = R"sql(PRAGMA cache_size = -16384)sql";

} // namespace

bool Database::limitPageCache(QString *error)
{
    QSqlQuery q = sql::query(m_connection, true);
    return sql::prepare(q, kSmallCache, error) && sql::exec(q, u"Limiting the page cache", error);
}

} // namespace flowdesk
