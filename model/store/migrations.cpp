#include "migrations.h"

#include "sqlsupport.h"
#include "transaction.h"

#include <QDateTime>

namespace flowdesk {

namespace {

// schema_version is created by the runner, inside each migration's transaction, so a first migration that
// fails leaves the file exactly as it was (no stray bookkeeping table in a file that is not ours).
constexpr auto kCreateSchemaVersion = R"sql(
CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at INTEGER NOT NULL
))sql";
constexpr auto kSchemaVersionExists = R"sql(
SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version')sql";
constexpr auto kCountSchemaObjects = R"sql(SELECT COUNT(*) FROM sqlite_schema)sql";
constexpr auto kSelectSchemaVersion = R"sql(SELECT COALESCE(MAX(version), 0) FROM schema_version)sql";
constexpr auto kInsertSchemaVersion = R"sql(
INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?))sql";

// --- Migration 1: the initial schema -------------------------------------------------------------------

constexpr auto kCreateQuestionnaires = R"sql(
CREATE TABLE questionnaires (
    id          INTEGER PRIMARY KEY,
    form_id     TEXT NOT NULL,
    version     TEXT NOT NULL,
    title       TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE,
    source_name TEXT NOT NULL,
    added_at    INTEGER NOT NULL
))sql";

constexpr auto kCreateQuestionnaireFiles = R"sql(
CREATE TABLE questionnaire_files (
    questionnaire_id INTEGER NOT NULL REFERENCES questionnaires (id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    bytes            BLOB NOT NULL,
    PRIMARY KEY (questionnaire_id, name)
))sql";

// One row per questionnaire item (groups and repeats too: repeat rows mark instances). Answers refer to
// the small integer id; a questionnaire's ids are consecutive in item order.
constexpr auto kCreateFields = R"sql(
CREATE TABLE fields (
    id               INTEGER PRIMARY KEY,
    questionnaire_id INTEGER NOT NULL REFERENCES questionnaires (id) ON DELETE CASCADE,
    item_index       INTEGER NOT NULL,
    name             TEXT NOT NULL,
    path             TEXT NOT NULL,
    type             TEXT NOT NULL,
    UNIQUE (questionnaire_id, item_index)
))sql";

constexpr auto kCreateInterviews = R"sql(
CREATE TABLE interviews (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    questionnaire_id INTEGER NOT NULL REFERENCES questionnaires (id),
    status           TEXT NOT NULL
                     CHECK (status IN ('draft', 'completed', 'approved', 'rejected', 'exported')),
    enumerator       TEXT,
    office           TEXT,
    created_at       INTEGER NOT NULL,
    modified_at      INTEGER NOT NULL
))sql";

// Id order within a questionnaire: keyset paging (summaries), forEach and count().
constexpr auto kIndexInterviewsByQuestionnaire = R"sql(
CREATE INDEX interviews_by_questionnaire ON interviews (questionnaire_id))sql";
// countByStatus as an index-only scan; a status filter sorted by modification within one questionnaire.
constexpr auto kIndexInterviewsByQuestionnaireStatus = R"sql(
CREATE INDEX interviews_by_questionnaire_status ON interviews (questionnaire_id, status, modified_at))sql";
// The case list across questionnaires: filtered by status and sorted by modification, or just sorted.
constexpr auto kIndexInterviewsByStatus = R"sql(
CREATE INDEX interviews_by_status ON interviews (status, modified_at))sql";
constexpr auto kIndexInterviewsByModified = R"sql(
CREATE INDEX interviews_by_modified ON interviews (modified_at))sql";

// One row per answered value. Clustered by interview so one interview is one range scan and exports stream
// in interview order. `instance` is '' at the top level, else the 1-based instance path ("2", "2.1").
// value is NULL only on the row a repeat item gets per instance, which keeps empty instances.
constexpr auto kCreateAnswers = R"sql(
CREATE TABLE answers (
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    field_id     INTEGER NOT NULL REFERENCES fields (id) DEFERRABLE INITIALLY DEFERRED,
    instance     TEXT NOT NULL,
    value        TEXT CHECK (value <> ''),
    PRIMARY KEY (interview_id, field_id, instance)
) WITHOUT ROWID)sql";

// Per-question counts (and charts) as an index-only scan. IF NOT EXISTS because the same statement restores
// the index after a bulk load (see deferValueIndex); keep it equal to the latest migration that defines it.
constexpr auto kIndexAnswersByValue = R"sql(
CREATE INDEX IF NOT EXISTS answers_by_value ON answers (field_id, value))sql";
// Needs a rebuild: the answers table exists but its value index does not.
constexpr auto kValueIndexMissing = R"sql(
SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'answers')
   AND NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = 'answers_by_value'))sql";
constexpr auto kDropAnswersByValue = R"sql(DROP INDEX IF EXISTS answers_by_value)sql";

bool runInTransaction(const QString &connectionName, const char *statement, QStringView what, QString *error)
{
    Transaction transaction(connectionName);
    QSqlQuery q = sql::query(connectionName);
    return transaction.begin(error) && sql::prepare(q, statement, error) && sql::exec(q, what, error) &&
           transaction.commit(error);
}

bool readVersion(const QString &connectionName, int *version, QString *error)
{
    QSqlQuery exists = sql::query(connectionName, true);
    if (!sql::prepare(exists, kSchemaVersionExists, error) ||
        !sql::exec(exists, u"Cannot read the schema", error))
        return false;
    if (!exists.next() || exists.value(0).toInt() == 0) {
        *version = 0;
        return true;
    }
    QSqlQuery q = sql::query(connectionName, true);
    if (!sql::prepare(q, kSelectSchemaVersion, error) ||
        !sql::exec(q, u"Cannot read the schema version", error))
        return false;
    *version = q.next() ? q.value(0).toInt() : 0;
    return true;
}

bool apply(const QString &connectionName, const Migration &migration, QString *error)
{
    const QString label =
        QStringLiteral("migration %1 (%2)").arg(migration.version).arg(QLatin1String(migration.name));
    Transaction transaction(connectionName);
    QString why;
    if (!transaction.begin(&why))
        return sql::fail(error, QStringLiteral("%1: %2").arg(label, why));

    // Re-read inside the write lock: another process may have migrated while we waited.
    int current = 0;
    if (!readVersion(connectionName, &current, &why))
        return sql::fail(error, QStringLiteral("%1: %2").arg(label, why));
    if (current >= migration.version)
        return true;

    QSqlQuery create = sql::query(connectionName);
    if (!sql::prepare(create, kCreateSchemaVersion, &why) || !sql::exec(create, u"schema_version", &why))
        return sql::fail(error, QStringLiteral("%1: %2").arg(label, why));
    int step = 0;
    for (const char *statement : migration.statements) {
        ++step;
        QSqlQuery q = sql::query(connectionName);
        if (!sql::prepare(q, statement, &why) ||
            !sql::exec(q, QStringLiteral("statement %1").arg(step), &why))
            return sql::fail(error, QStringLiteral("%1 failed and was rolled back: %2").arg(label, why));
    }
    QSqlQuery record = sql::query(connectionName);
    if (!sql::prepare(record, kInsertSchemaVersion, &why))
        return sql::fail(error, QStringLiteral("%1: %2").arg(label, why));
    record.addBindValue(migration.version);
    record.addBindValue(QString::fromUtf8(migration.name));
    record.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!sql::exec(record, u"schema_version", &why) || !transaction.commit(&why))
        return sql::fail(error, QStringLiteral("%1 failed and was rolled back: %2").arg(label, why));
    return true;
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list{
        {1,
         "initial schema",
         {kCreateQuestionnaires, kCreateQuestionnaireFiles, kCreateFields, kCreateInterviews,
          kIndexInterviewsByQuestionnaire, kIndexInterviewsByQuestionnaireStatus, kIndexInterviewsByStatus,
          kIndexInterviewsByModified, kCreateAnswers, kIndexAnswersByValue}},
    };
    return list;
}

bool checkSchema(const QString &connectionName, const std::vector<Migration> &list, QString *error)
{
    int current = 0;
    if (!readVersion(connectionName, &current, error))
        return false;
    const int latest = list.empty() ? 0 : list.back().version;
    if (current > latest) {
        return sql::fail(error, QStringLiteral("The database has schema version %1, newer than this FlowDesk "
                                               "understands (%2): open it with a newer FlowDesk.")
                                    .arg(current)
                                    .arg(latest));
    }
    if (current == 0) {
        // Someone else's SQLite file: adding our tables to it would be a surprise for both programs.
        QSqlQuery objects = sql::query(connectionName, true);
        if (!sql::prepare(objects, kCountSchemaObjects, error) ||
            !sql::exec(objects, u"Cannot read the schema", error))
            return false;
        if (objects.next() && objects.value(0).toInt() > 0)
            return sql::fail(
                error, QStringLiteral("It is not a FlowDesk database: it holds another program's tables."));
    }
    return true;
}

bool migrate(const QString &connectionName, const std::vector<Migration> &list, QString *error)
{
    if (!checkSchema(connectionName, list, error))
        return false;
    int current = 0;
    if (!readVersion(connectionName, &current, error))
        return false;
    for (const Migration &migration : list) {
        if (migration.version > current && !apply(connectionName, migration, error))
            return false;
    }
    return true;
}

bool deferValueIndex(const QString &connectionName, QString *error)
{
    return runInTransaction(connectionName, kDropAnswersByValue, u"Cannot start the bulk load", error);
}

bool restoreIndexes(const QString &connectionName, QString *error)
{
    // Look first, so a normal open stays read-only.
    QSqlQuery missing = sql::query(connectionName, true);
    if (!sql::prepare(missing, kValueIndexMissing, error) ||
        !sql::exec(missing, u"Cannot read the schema", error))
        return false;
    if (!missing.next() || missing.value(0).toInt() == 0)
        return true;
    missing.finish();
    return runInTransaction(connectionName, kIndexAnswersByValue, u"Cannot rebuild the answer value index",
                            error);
}

int storedSchemaVersion(const QString &connectionName)
{
    int version = 0;
    QString ignored;
    return readVersion(connectionName, &version, &ignored) ? version : -1;
}

} // namespace flowdesk
