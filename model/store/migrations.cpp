#include "migrations.h"

#include "migration5.h"

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

// --- Migration 2: accounts, the review workflow, the audit log, the case list ---------------------------

// Optimistic concurrency: every save and status change is `... WHERE id = ? AND version = ?` and increments it.
constexpr auto kAddInterviewVersion = R"sql(
ALTER TABLE interviews ADD COLUMN version INTEGER NOT NULL DEFAULT 1)sql";

// Local accounts. `name` is the login (unique ignoring case); the password is an Argon2id string from
// libsodium's crypto_pwhash_str (algorithm, parameters and salt inside it). locked_until: ms since the epoch.
constexpr auto kCreateAccounts = R"sql(
CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('enumerator', 'reviewer', 'supervisor', 'administrator')),
    password_hash TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until  INTEGER,
    created_at    INTEGER NOT NULL
))sql";

// Every status change with who, when and why.
constexpr auto kCreateStatusHistory = R"sql(
CREATE TABLE status_history (
    id           INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    from_status  TEXT NOT NULL,
    to_status    TEXT NOT NULL,
    account_id   INTEGER REFERENCES accounts (id),
    at           INTEGER NOT NULL,
    reason       TEXT NOT NULL DEFAULT ''
))sql";
constexpr auto kIndexStatusHistory = R"sql(
CREATE INDEX status_history_by_interview ON status_history (interview_id, at))sql";

// Comments on an interview (field_id NULL) or on one question, inside a repeat instance too (instance as in
// answers). Never deleted: only hidden, by their author.
constexpr auto kCreateComments = R"sql(
CREATE TABLE comments (
    id           INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    field_id     INTEGER REFERENCES fields (id),
    instance     TEXT NOT NULL DEFAULT '',
    author_id    INTEGER NOT NULL REFERENCES accounts (id),
    at           INTEGER NOT NULL,
    text         TEXT NOT NULL CHECK (text <> ''),
    hidden       INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1))
))sql";
constexpr auto kIndexComments = R"sql(
CREATE INDEX comments_by_interview ON comments (interview_id, field_id, instance))sql";

// The reason an enumerator gave for keeping an answer its warning questions (written by data entry).
constexpr auto kCreateAcceptedWarnings = R"sql(
CREATE TABLE accepted_warnings (
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    field_id     INTEGER NOT NULL REFERENCES fields (id),
    instance     TEXT NOT NULL,
    reason       TEXT NOT NULL CHECK (reason <> ''),
    account_id   INTEGER REFERENCES accounts (id),
    at           INTEGER NOT NULL,
    PRIMARY KEY (interview_id, field_id, instance)
) WITHOUT ROWID)sql";

// Append-only, hash-chained: hash = SHA-256(prev_hash || canonical bytes of the entry), both hex. No foreign
// keys: the history outlives a removed interview or account. account_name is kept for the same reason.
constexpr auto kCreateAuditLog = R"sql(
CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY,
    at           INTEGER NOT NULL,
    account_id   INTEGER,
    account_name TEXT NOT NULL,
    action       TEXT NOT NULL,
    interview_id INTEGER,
    details      TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
))sql";
constexpr auto kIndexAuditByInterview = R"sql(
CREATE INDEX audit_by_interview ON audit_log (interview_id) WHERE interview_id IS NOT NULL)sql";

// Office-wide settings an administrator changes (see OfficePolicy for the keys).
constexpr auto kCreateOfficePolicy = R"sql(
CREATE TABLE office_policy (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID)sql";
constexpr auto kDefaultOfficePolicy = R"sql(
INSERT INTO office_policy (key, value)
VALUES ('reviewers_edit_answers', 'no'), ('lockout_attempts', '5'), ('lockout_minutes', '5'))sql";

// One row per interview: everything the case list shows, filters and sorts on, so a page never reads the
// answers. status/enumerator/times follow the interviews row by trigger (whoever writes it); the parts the
// validator and the questionnaire work out (label, columns, counts, duration) are written by the workflow and
// the demo, and rows whose parts are not yet worked out carry stale = 1 (CaseSummaries::refreshStale).
// flags: 1 errors, 2 warnings, 4 comments, so per-filter counts come from one covering index.
constexpr auto kCreateCaseSummaries = R"sql(
CREATE TABLE case_summaries (
    interview_id     INTEGER PRIMARY KEY REFERENCES interviews (id) ON DELETE CASCADE,
    questionnaire_id INTEGER NOT NULL,
    label            TEXT NOT NULL DEFAULT '',
    interview_date   INTEGER NOT NULL,
    enumerator       TEXT NOT NULL DEFAULT '',
    column1          TEXT NOT NULL DEFAULT '',
    column2          TEXT NOT NULL DEFAULT '',
    column3          TEXT NOT NULL DEFAULT '',
    column4          TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL,
    status_since     INTEGER NOT NULL,
    errors           INTEGER NOT NULL DEFAULT 0,
    warnings         INTEGER NOT NULL DEFAULT 0,
    comments         INTEGER NOT NULL DEFAULT 0,
    duration         INTEGER NOT NULL DEFAULT -1,
    flags            INTEGER NOT NULL DEFAULT 0,
    modified_at      INTEGER NOT NULL,
    stale            INTEGER NOT NULL DEFAULT 1
))sql";
constexpr auto kFillCaseSummaries = R"sql(
INSERT INTO case_summaries (interview_id, questionnaire_id, interview_date, enumerator, status, status_since,
                            modified_at, stale)
SELECT id, questionnaire_id, created_at, COALESCE(enumerator, ''), status, modified_at, modified_at, 1
FROM interviews)sql";
constexpr auto kTriggerSummaryInsert = R"sql(
CREATE TRIGGER case_summary_insert AFTER INSERT ON interviews BEGIN
    INSERT INTO case_summaries (interview_id, questionnaire_id, interview_date, enumerator, status,
                                status_since, modified_at, stale)
    VALUES (NEW.id, NEW.questionnaire_id, NEW.created_at, COALESCE(NEW.enumerator, ''), NEW.status,
            NEW.modified_at, NEW.modified_at, 1);
END)sql";
constexpr auto kTriggerSummaryUpdate = R"sql(
CREATE TRIGGER case_summary_update AFTER UPDATE OF status, enumerator, created_at, modified_at ON interviews
BEGIN
    UPDATE case_summaries
    SET status = NEW.status, enumerator = COALESCE(NEW.enumerator, ''), interview_date = NEW.created_at,
        modified_at = NEW.modified_at,
        status_since = CASE WHEN NEW.status <> OLD.status THEN NEW.modified_at ELSE status_since END,
        stale = 1
    WHERE interview_id = NEW.id;
END)sql";

// The case list's indexes: one per sortable column (each ends in the rowid, the interview id, so (column, id)
// is the keyset order) and one covering index for counts by status and flags under the other filters. IF NOT
// EXISTS because bulk loads drop them and restoreIndexes() rebuilds them with the same statements.
constexpr const char *kCaseSummaryIndexes[] = {
    // Counts (GROUP BY status, flags) stream in index order without a temporary B-tree; the two below serve the
    // same under an enumerator or a date range filter, each an index-only range.
    R"sql(CREATE INDEX IF NOT EXISTS case_by_filter ON case_summaries (status, flags, enumerator, interview_date))sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_counts_by_enumerator
          ON case_summaries (enumerator, status, flags, interview_date))sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_counts_by_date ON case_summaries (interview_date, status, flags, enumerator))sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_by_label ON case_summaries (label))sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_by_date ON case_summaries (interview_date))sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_by_enumerator ON case_summaries (enumerator))sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_by_column1 ON case_summaries (column1))sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_by_column2 ON case_summaries (column2))sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_by_column3 ON case_summaries (column3))sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_by_column4 ON case_summaries (column4))sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_by_status ON case_summaries (status))sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_by_errors ON case_summaries (errors))sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_by_warnings ON case_summaries (warnings))sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_by_comments ON case_summaries (comments))sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_by_duration ON case_summaries (duration))sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_stale ON case_summaries (stale) WHERE stale = 1)sql",
    // Last made and first dropped: its absence is how restoreIndexes() knows any of them is missing.
    R"sql(CREATE INDEX IF NOT EXISTS case_by_modified ON case_summaries (modified_at))sql",
};
constexpr auto kCaseIndexesMissing = R"sql(
SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'case_summaries')
   AND NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = 'case_by_modified'))sql";
constexpr const char *kDropCaseSummaryIndexes[] = {
    R"sql(DROP INDEX IF EXISTS case_by_modified)sql", R"sql(DROP INDEX IF EXISTS case_by_filter)sql",
    R"sql(DROP INDEX IF EXISTS case_counts_by_enumerator)sql", R"sql(DROP INDEX IF EXISTS case_counts_by_date)sql",
    R"sql(DROP INDEX IF EXISTS case_by_label)sql",
    R"sql(DROP INDEX IF EXISTS case_by_date)sql",     R"sql(DROP INDEX IF EXISTS case_by_enumerator)sql",
    R"sql(DROP INDEX IF EXISTS case_by_column1)sql",  R"sql(DROP INDEX IF EXISTS case_by_column2)sql",
    R"sql(DROP INDEX IF EXISTS case_by_column3)sql",  R"sql(DROP INDEX IF EXISTS case_by_column4)sql",
    R"sql(DROP INDEX IF EXISTS case_by_status)sql",   R"sql(DROP INDEX IF EXISTS case_by_errors)sql",
    R"sql(DROP INDEX IF EXISTS case_by_warnings)sql", R"sql(DROP INDEX IF EXISTS case_by_comments)sql",
    R"sql(DROP INDEX IF EXISTS case_by_duration)sql",
    R"sql(DROP INDEX IF EXISTS case_stale)sql",
};

// Migration 3: the case list's per-filter counts without scanning a million rows. case_counts holds how many
// summaries share each (questionnaire, enumerator, status, flags); triggers on case_summaries keep it in step
// in the same transaction as the change, so the counts with no date or text filter read a few hundred rows.
// Groups that fall to zero stay (as n = 0): harmless to sums, and it keeps the triggers to one statement each.
constexpr auto kCreateCaseCounts = R"sql(
CREATE TABLE case_counts (
    questionnaire_id INTEGER NOT NULL,
    enumerator       TEXT NOT NULL,
    status           TEXT NOT NULL,
    flags            INTEGER NOT NULL,
    n                INTEGER NOT NULL,
    PRIMARY KEY (questionnaire_id, enumerator, status, flags)
) WITHOUT ROWID)sql";
constexpr auto kIndexCaseCountsByEnumerator = R"sql(
CREATE INDEX case_counts_enumerator ON case_counts (enumerator, status, flags))sql";
constexpr auto kFillCaseCounts = R"sql(
INSERT INTO case_counts (questionnaire_id, enumerator, status, flags, n)
SELECT questionnaire_id, enumerator, status, flags, COUNT(*) FROM case_summaries
GROUP BY questionnaire_id, enumerator, status, flags)sql";
constexpr auto kTriggerCountsInsert = R"sql(
CREATE TRIGGER case_counts_insert AFTER INSERT ON case_summaries BEGIN
    INSERT INTO case_counts (questionnaire_id, enumerator, status, flags, n)
    VALUES (NEW.questionnaire_id, NEW.enumerator, NEW.status, NEW.flags, 1)
    ON CONFLICT (questionnaire_id, enumerator, status, flags) DO UPDATE SET n = n + 1;
END)sql";
constexpr auto kTriggerCountsDelete = R"sql(
CREATE TRIGGER case_counts_delete AFTER DELETE ON case_summaries BEGIN
    UPDATE case_counts SET n = n - 1
    WHERE questionnaire_id = OLD.questionnaire_id AND enumerator = OLD.enumerator AND status = OLD.status
      AND flags = OLD.flags;
END)sql";
constexpr auto kTriggerCountsUpdate = R"sql(
CREATE TRIGGER case_counts_update AFTER UPDATE OF questionnaire_id, enumerator, status, flags ON case_summaries
WHEN NEW.questionnaire_id IS NOT OLD.questionnaire_id OR NEW.enumerator IS NOT OLD.enumerator
  OR NEW.status IS NOT OLD.status OR NEW.flags IS NOT OLD.flags
BEGIN
    UPDATE case_counts SET n = n - 1
    WHERE questionnaire_id = OLD.questionnaire_id AND enumerator = OLD.enumerator AND status = OLD.status
      AND flags = OLD.flags;
    INSERT INTO case_counts (questionnaire_id, enumerator, status, flags, n)
    VALUES (NEW.questionnaire_id, NEW.enumerator, NEW.status, NEW.flags, 1)
    ON CONFLICT (questionnaire_id, enumerator, status, flags) DO UPDATE SET n = n + 1;
END)sql";

// Migration 4: quick text search, and a status filter or a filtered jump that reads only an index.
//
// case_search is an FTS5 index with the trigram tokenizer over the case list's searchable text (label,
// enumerator, case-list columns), its content read from case_summaries (external content: no second copy of
// the text). A phrase query of three or more characters is a case-insensitive substring match, found in the
// index instead of a pass over a million rows (CaseSummaryStore falls back to LIKE for one or two). Triggers
// on case_summaries keep it in the same transaction as every change, whoever makes it; bulk loads drop them
// and restoreIndexes() rebuilds the index in one pass ('rebuild'), like the other indexes.
constexpr auto kCreateCaseSearch = R"sql(
CREATE VIRTUAL TABLE case_search USING fts5(
    label, enumerator, column1, column2, column3, column4,
    content = 'case_summaries', content_rowid = 'interview_id', tokenize = 'trigram'
))sql";
constexpr auto kRebuildCaseSearch = R"sql(INSERT INTO case_search (case_search) VALUES ('rebuild'))sql";
constexpr auto kClearCaseSearch = R"sql(INSERT INTO case_search (case_search) VALUES ('delete-all'))sql";
// An external-content index forgets a row only when given the exact text it indexed: the OLD values.
constexpr const char *kCaseSearchTriggers[] = {
    R"sql(CREATE TRIGGER IF NOT EXISTS case_search_insert AFTER INSERT ON case_summaries BEGIN
    INSERT INTO case_search (rowid, label, enumerator, column1, column2, column3, column4)
    VALUES (NEW.interview_id, NEW.label, NEW.enumerator, NEW.column1, NEW.column2, NEW.column3, NEW.column4);
END)sql",
    R"sql(CREATE TRIGGER IF NOT EXISTS case_search_delete AFTER DELETE ON case_summaries BEGIN
    INSERT INTO case_search (case_search, rowid, label, enumerator, column1, column2, column3, column4)
    VALUES ('delete', OLD.interview_id, OLD.label, OLD.enumerator, OLD.column1, OLD.column2, OLD.column3,
            OLD.column4);
END)sql",
    R"sql(CREATE TRIGGER IF NOT EXISTS case_search_update
AFTER UPDATE OF label, enumerator, column1, column2, column3, column4 ON case_summaries
WHEN NEW.label IS NOT OLD.label OR NEW.enumerator IS NOT OLD.enumerator OR NEW.column1 IS NOT OLD.column1
  OR NEW.column2 IS NOT OLD.column2 OR NEW.column3 IS NOT OLD.column3 OR NEW.column4 IS NOT OLD.column4
BEGIN
    INSERT INTO case_search (case_search, rowid, label, enumerator, column1, column2, column3, column4)
    VALUES ('delete', OLD.interview_id, OLD.label, OLD.enumerator, OLD.column1, OLD.column2, OLD.column3,
            OLD.column4);
    INSERT INTO case_search (rowid, label, enumerator, column1, column2, column3, column4)
    VALUES (NEW.interview_id, NEW.label, NEW.enumerator, NEW.column1, NEW.column2, NEW.column3, NEW.column4);
END)sql",
};
constexpr const char *kDropCaseSearchTriggers[] = {
    R"sql(DROP TRIGGER IF EXISTS case_search_insert)sql",
    R"sql(DROP TRIGGER IF EXISTS case_search_delete)sql",
    R"sql(DROP TRIGGER IF EXISTS case_search_update)sql",
};
// A status filter sorted by date or by modification (the list's default) walks one of these and stops after a
// page, and a jump deep into such a list skips inside the index without reading the table (each ends in the
// rowid, so it is also the keyset order (status, column, interview_id)).
// The last one serves the counts of a text search: the matching ids' status and flags from a small index (about 20
// MB at a million) rather than from the table's rows (109,380 matches touched most of the table's pages: 1.2-1.4 s
// in a fresh process, 0.3 s from this index).
// Migration 8: a date range sorted by last change (the list's default order). From the date index SQLite looked up
// every row in the range for its modified_at (85,251 rows for one month at a million: 0.4-1.1 s); with both columns
// in one index it sorts the range's index entries and reads only the page's rows (about 10 ms). Bulk loads drop and
// rebuild it with the status indexes below.
constexpr auto kIndexCaseByDateModified =
    R"sql(CREATE INDEX IF NOT EXISTS case_by_date_modified ON case_summaries (interview_date, modified_at))sql";
constexpr const char *kCaseStatusIndexes[] = {
    R"sql(CREATE INDEX IF NOT EXISTS case_by_status_date ON case_summaries (status, interview_date))sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_by_status_modified ON case_summaries (status, modified_at))sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_by_id_status ON case_summaries (interview_id, status, flags))sql",
    kIndexCaseByDateModified,
};
constexpr const char *kDropCaseStatusIndexes[] = {
    R"sql(DROP INDEX IF EXISTS case_by_status_date)sql",
    R"sql(DROP INDEX IF EXISTS case_by_status_modified)sql",
    R"sql(DROP INDEX IF EXISTS case_by_id_status)sql",
    R"sql(DROP INDEX IF EXISTS case_by_date_modified)sql",
};
// Migration 11: a list filtered by errors, warnings or comments, sorted by date or by last change (the default). The
// flag test `(flags & m) = m` had no index that also holds the order, so a jump to the middle of such a list read
// hundreds of thousands of rows (0.9 s at a million). A partial index per flag and order holds exactly the rows
// with that flag, in the list's order: the page is read in order and a jump skips inside it without the table.
// The query writes the flag as the same literal condition (a bound value would not match a partial index). Bulk
// loads drop and rebuild them with the status indexes.
constexpr const char *kCaseFlagIndexes[] = {
    R"sql(CREATE INDEX IF NOT EXISTS case_errors_by_date ON case_summaries (interview_date) WHERE (flags & 1) = 1)sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_warnings_by_date ON case_summaries (interview_date) WHERE (flags & 2) = 2)sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_comments_by_date ON case_summaries (interview_date) WHERE (flags & 4) = 4)sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_errors_by_modified ON case_summaries (modified_at) WHERE (flags & 1) = 1)sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_warnings_by_modified
          ON case_summaries (modified_at) WHERE (flags & 2) = 2)sql",
    R"sql(CREATE INDEX IF NOT EXISTS case_comments_by_modified
          ON case_summaries (modified_at) WHERE (flags & 4) = 4)sql",
};
constexpr const char *kDropCaseFlagIndexes[] = {
    R"sql(DROP INDEX IF EXISTS case_errors_by_date)sql",     R"sql(DROP INDEX IF EXISTS case_warnings_by_date)sql",
    R"sql(DROP INDEX IF EXISTS case_comments_by_date)sql",   R"sql(DROP INDEX IF EXISTS case_errors_by_modified)sql",
    R"sql(DROP INDEX IF EXISTS case_warnings_by_modified)sql", R"sql(DROP INDEX IF EXISTS case_comments_by_modified)sql",
};
// Needs a rebuild after a bulk load: the search table exists but its insert trigger (made last) does not.
constexpr auto kCaseSearchMissing = R"sql(
SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'case_search')
   AND NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'trigger' AND name = 'case_search_insert'))sql";

// --- Migration 6: batches (issue 10): the office key, trusted keys, export marks, batches, import conflicts ---

// The office's Ed25519 key pair as its 32-byte seed (libsodium's crypto_sign_seed_keypair derives the pair; see
// model/batch/officekey.h). randomblob() draws from SQLite's ChaCha20 generator, seeded from the operating
// system, so the key exists from the first open of a new database and from the upgrade of an old one, with no
// code outside the migration. One row; `office` is the name batches carry.
constexpr auto kCreateOfficeKey = R"sql(
CREATE TABLE office_key (
    one        INTEGER PRIMARY KEY CHECK (one = 1),
    seed       BLOB NOT NULL CHECK (length(seed) = 32),
    office     TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
))sql";
constexpr auto kMakeOfficeKey = R"sql(
INSERT INTO office_key (one, seed, created_at)
VALUES (1, randomblob(32), CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)))sql";
// Other offices' public keys an administrator trusted (flowdesk-cli key trust): batches they signed import.
constexpr auto kCreateTrustedKeys = R"sql(
CREATE TABLE trusted_keys (
    key_id     TEXT PRIMARY KEY,
    public_key BLOB NOT NULL UNIQUE CHECK (length(public_key) = 32),
    office     TEXT NOT NULL DEFAULT '',
    trusted_by TEXT NOT NULL,
    trusted_at INTEGER NOT NULL
) WITHOUT ROWID)sql";
// The batch an interview left in (NULL until exported); re-exporting a batch selects by it.
constexpr auto kAddExportBatch = R"sql(ALTER TABLE interviews ADD COLUMN export_batch TEXT)sql";
constexpr auto kIndexExportBatch = R"sql(
CREATE INDEX interviews_by_export_batch ON interviews (export_batch) WHERE export_batch IS NOT NULL)sql";
// Every batch written or read here: what it held and the options a re-export must repeat.
constexpr auto kCreateBatches = R"sql(
CREATE TABLE batches (
    id               TEXT NOT NULL,
    direction        TEXT NOT NULL CHECK (direction IN ('export', 'import')),
    office           TEXT NOT NULL,
    key_id           TEXT NOT NULL,
    questionnaire_id INTEGER REFERENCES questionnaires (id),
    interviews       INTEGER NOT NULL,
    account_name     TEXT NOT NULL,
    at               INTEGER NOT NULL,
    include_pii      INTEGER NOT NULL CHECK (include_pii IN (0, 1)),
    options          TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (id, direction)
) WITHOUT ROWID)sql";
// An imported interview whose uuid is here with other answers: kept aside (theirs, as its interviews.jsonl
// line) until a reviewer keeps ours or takes theirs. Never applied silently.
constexpr auto kCreateImportConflicts = R"sql(
CREATE TABLE import_conflicts (
    id           INTEGER PRIMARY KEY,
    batch_id     TEXT NOT NULL,
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    theirs       TEXT NOT NULL,
    received_at  INTEGER NOT NULL,
    resolution   TEXT CHECK (resolution IN ('ours', 'theirs')),
    resolved_by  TEXT,
    resolved_at  INTEGER
))sql";
constexpr auto kIndexOpenConflicts = R"sql(
CREATE INDEX import_conflicts_open ON import_conflicts (interview_id) WHERE resolution IS NULL)sql";

// --- Migration 12: the conflict list's counts and batch filter ------------------------------------------------
// Counting the open and all conflicts, per batch or in all, and listing the batches: from this index alone, not
// from the table's rows, which each carry a copy of an interview (thousands of them after one office's batch).
constexpr auto kIndexConflictsByBatch = R"sql(
CREATE INDEX import_conflicts_by_batch ON import_conflicts (batch_id, resolution))sql";

// --- Migration 13: the open conflicts in id order -------------------------------------------------------------
// The list's pages of open conflicts: without it, once most conflicts are decided a page of the few open ones
// scans every decided row and the copy of the interview it carries (0.3 s to open the view at 100,000).
constexpr auto kIndexOpenConflictsById = R"sql(
CREATE INDEX import_conflicts_open_by_id ON import_conflicts (id) WHERE resolution IS NULL)sql";

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

// --- Migration 7: profile definitions (issue 11) ---------------------------------------------------------

// The charts of a questionnaire's profile (JSON written by model/statistics/profiledefinition), so an office's
// profile opens the same every time. One row per questionnaire version: item names differ between versions.
constexpr auto kCreateProfileDefinitions = R"sql(
CREATE TABLE profile_definitions (
    questionnaire_id INTEGER PRIMARY KEY REFERENCES questionnaires (id) ON DELETE CASCADE,
    definition       TEXT NOT NULL,
    saved_by         TEXT NOT NULL,
    saved_at         INTEGER NOT NULL
))sql";

std::vector<const char *> migration2()
{
    std::vector<const char *> statements{
        kAddInterviewVersion, kCreateAccounts,     kCreateStatusHistory,  kIndexStatusHistory,
        kCreateComments,      kIndexComments,      kCreateAcceptedWarnings, kCreateAuditLog,
        kIndexAuditByInterview, kCreateOfficePolicy, kDefaultOfficePolicy, kCreateCaseSummaries,
        kFillCaseSummaries,   kTriggerSummaryInsert, kTriggerSummaryUpdate};
    statements.insert(statements.end(), std::begin(kCaseSummaryIndexes), std::end(kCaseSummaryIndexes));
    return statements;
}

std::vector<const char *> migration4()
{
    std::vector<const char *> statements(std::begin(kCaseStatusIndexes), std::end(kCaseStatusIndexes));
    statements.push_back(kCreateCaseSearch);
    statements.push_back(kRebuildCaseSearch);
    // The insert trigger last: its presence is what restoreIndexes() looks for.
    statements.push_back(kCaseSearchTriggers[1]);
    statements.push_back(kCaseSearchTriggers[2]);
    statements.push_back(kCaseSearchTriggers[0]);
    return statements;
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
        {2, "accounts, workflow, audit log, case list", migration2()},
        {3,
         "case list counts",
         {kCreateCaseCounts, kIndexCaseCountsByEnumerator, kFillCaseCounts, kTriggerCountsInsert,
          kTriggerCountsDelete, kTriggerCountsUpdate}},
        {4, "case list text search and status indexes", migration4()},
        {5, "entry reasons and paradata", migration5()},
        {6,
         "batches: office key, trusted keys, export marks, import conflicts",
         {kCreateOfficeKey, kMakeOfficeKey, kCreateTrustedKeys, kAddExportBatch, kIndexExportBatch, kCreateBatches,
          kCreateImportConflicts, kIndexOpenConflicts}},
        {7, "profile definitions", {kCreateProfileDefinitions}},
        {8, "case list date range by last change", {kIndexCaseByDateModified}},
        {11,
         "case list flag filters in the list's order",
         std::vector<const char *>(std::begin(kCaseFlagIndexes), std::end(kCaseFlagIndexes))},
        {12, "import conflict counts and batches", {kIndexConflictsByBatch}},
        {13, "open import conflicts in order", {kIndexOpenConflictsById}},
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
    if (!runInTransaction(connectionName, kDropAnswersByValue, u"Cannot start the bulk load", error))
        return false;
    // The case list's indexes too (from migration 2 on): a million summary rows into fifteen indexes.
    if (storedSchemaVersion(connectionName) < 2)
        return true;
    for (const char *statement : kDropCaseSummaryIndexes) {
        if (!runInTransaction(connectionName, statement, u"Cannot start the bulk load", error))
            return false;
    }
    if (storedSchemaVersion(connectionName) < 4)
        return true;
    // The search index's triggers first: their absence is what restoreIndexes() repairs.
    for (const char *statement : kDropCaseSearchTriggers) {
        if (!runInTransaction(connectionName, statement, u"Cannot start the bulk load", error))
            return false;
    }
    for (const char *statement : kDropCaseStatusIndexes) {
        if (!runInTransaction(connectionName, statement, u"Cannot start the bulk load", error))
            return false;
    }
    for (const char *statement : kDropCaseFlagIndexes) {
        if (!runInTransaction(connectionName, statement, u"Cannot start the bulk load", error))
            return false;
    }
    return runInTransaction(connectionName, kClearCaseSearch, u"Cannot start the bulk load", error);
}

namespace {

bool restoreCaseSummaryIndexes(const QString &connectionName, QString *error)
{
    QSqlQuery missing = sql::query(connectionName, true);
    if (!sql::prepare(missing, kCaseIndexesMissing, error) ||
        !sql::exec(missing, u"Cannot read the schema", error))
        return false;
    if (!missing.next() || missing.value(0).toInt() == 0)
        return true;
    missing.finish();
    for (const char *statement : kCaseSummaryIndexes) {
        if (!runInTransaction(connectionName, statement, u"Cannot rebuild the case list indexes", error))
            return false;
    }
    return true;
}

// After a bulk load (or one a crash interrupted): the status indexes, and the search index rebuilt in one pass
// together with its triggers, in one transaction, so it is never left without them.
bool restoreCaseSearch(const QString &connectionName, QString *error)
{
    QSqlQuery missing = sql::query(connectionName, true);
    if (!sql::prepare(missing, kCaseSearchMissing, error) || !sql::exec(missing, u"Cannot read the schema", error))
        return false;
    if (!missing.next() || missing.value(0).toInt() == 0)
        return true;
    missing.finish();
    for (const char *statement : kCaseStatusIndexes) {
        if (!runInTransaction(connectionName, statement, u"Cannot rebuild the case list indexes", error))
            return false;
    }
    // The flag indexes of migration 11, on a file that has reached it (a bulk load into an older file that is
    // being migrated rebuilds before its later migrations run).
    if (storedSchemaVersion(connectionName) >= 11) {
        for (const char *statement : kCaseFlagIndexes) {
            if (!runInTransaction(connectionName, statement, u"Cannot rebuild the case list indexes", error))
                return false;
        }
    }
    Transaction transaction(connectionName);
    if (!transaction.begin(error))
        return false;
    for (const char *statement : {kClearCaseSearch, kRebuildCaseSearch, kCaseSearchTriggers[1],
                                  kCaseSearchTriggers[2], kCaseSearchTriggers[0]}) {
        QSqlQuery q = sql::query(connectionName);
        if (!sql::prepare(q, statement, error) || !sql::exec(q, u"Cannot rebuild the case list search", error))
            return false;
    }
    return transaction.commit(error);
}

} // namespace

bool restoreIndexes(const QString &connectionName, QString *error)
{
    if (!restoreCaseSummaryIndexes(connectionName, error) || !restoreCaseSearch(connectionName, error))
        return false;
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
