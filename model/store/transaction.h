#pragma once

#include <QString>

namespace flowdesk {

// One write transaction on a named connection. Rolls back on destruction unless commit() succeeded, so an
// early return on any error leaves nothing half-written.
class Transaction
{
public:
    explicit Transaction(QString connectionName);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // BEGIN IMMEDIATE: takes the write lock up front, so a second writer waits (busy timeout) at the start
    // instead of failing halfway through with SQLITE_BUSY on lock upgrade.
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    QString m_connection;
    bool m_open = false;
};

} // namespace flowdesk
