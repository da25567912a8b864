#pragma once

#include <QString>

#include <vector>

namespace flowdesk {

// One numbered schema change. Versions start at 1 and increase by one; statements run in order inside one
// transaction together with the schema_version row that records them.
struct Migration
{
    int version = 0;
    const char *name = "";
    std::vector<const char *> statements;
};

// The schema changes of this FlowDesk build, oldest first. The only place the schema is defined.
const std::vector<Migration> &migrations();

// Whether the database can be migrated with `list` without touching it: readable as SQLite, not newer than
// `list`, and either empty or already a FlowDesk database (not another program's file).
bool checkSchema(const QString &connectionName, const std::vector<Migration> &list, QString *error);

// Applies, one transaction each, the migrations newer than the database's schema_version. Stops at the first
// failure with that migration rolled back and `error` naming it ("migration 2 (answers): ..."); earlier ones
// stay applied. Fails without changes when the database is newer than `list` knows.
bool migrate(const QString &connectionName, const std::vector<Migration> &list, QString *error);

// For bulk loads: drops the per-question value index, whose row-by-row upkeep is most of the cost of
// inserting answers into a large database; restoreIndexes() rebuilds it in one sorted pass. Both are
// idempotent, and Database::open() calls restoreIndexes() so an interrupted bulk load is repaired.
bool deferValueIndex(const QString &connectionName, QString *error);
bool restoreIndexes(const QString &connectionName, QString *error);

// The highest version recorded in schema_version, 0 for a database without one, -1 on error.
int storedSchemaVersion(const QString &connectionName);

} // namespace flowdesk
