#pragma once

#include <QString>

namespace flowdesk {

// Tells whether another connection to the same file (another window, another process such as the CLI) has
// committed since the last look: SQLite's PRAGMA data_version, a counter read from shared memory, the same cost
// at any database size. Commits made through this connection do not count (their screen already knows).
class ChangeWatch
{
public:
    explicit ChangeWatch(const QString &connectionName);

    // True once per batch of outside commits; false when nothing changed or the counter cannot be read.
    bool changed();

private:
    qint64 read() const;

    QString m_connection;
    qint64 m_seen = -1;
};

} // namespace flowdesk
