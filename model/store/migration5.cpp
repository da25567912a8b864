#include "migration5.h"

namespace flowdesk {

namespace {

// 'warning': an answer kept although its warning questions it; 'confirmed': paper keying, a value its constraint
// refuses kept because the paper says so. `value` is the answer the reason was given for: a later change voids it.
constexpr auto kAcceptedKind = R"sql(
ALTER TABLE accepted_warnings ADD COLUMN kind TEXT NOT NULL DEFAULT 'warning'
    CHECK (kind IN ('warning', 'confirmed')))sql";
constexpr auto kAcceptedValue = R"sql(
ALTER TABLE accepted_warnings ADD COLUMN value TEXT NOT NULL DEFAULT '')sql";

// One row per interview keyed: durations are sums of monotonic-clock intervals (ms), never differences of wall
// clock times, so changing the system clock cannot fake them; started_at/ended_at are wall-clock labels only.
// last_position is where keying stopped (a FieldRef key), so reopening resumes there.
constexpr auto kCreateInterviewParadata = R"sql(
CREATE TABLE interview_paradata (
    interview_id  INTEGER PRIMARY KEY REFERENCES interviews (id) ON DELETE CASCADE,
    started_at    INTEGER,
    ended_at      INTEGER,
    active_ms     INTEGER NOT NULL DEFAULT 0,
    pause_ms      INTEGER NOT NULL DEFAULT 0,
    pauses        INTEGER NOT NULL DEFAULT 0,
    keystrokes    INTEGER NOT NULL DEFAULT 0,
    corrections   INTEGER NOT NULL DEFAULT 0,
    errors        INTEGER NOT NULL DEFAULT 0,
    sessions      INTEGER NOT NULL DEFAULT 0,
    last_position TEXT NOT NULL DEFAULT ''
))sql";

// Time spent on each question (kind 'question', name = the item's path, instance as in answers) and section
// (kind 'section', name = the group's path, '' for questions outside any group), summed over visits.
constexpr auto kCreateParadataTimes = R"sql(
CREATE TABLE paradata_times (
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('question', 'section')),
    name         TEXT NOT NULL,
    instance     TEXT NOT NULL DEFAULT '',
    ms           INTEGER NOT NULL DEFAULT 0,
    visits       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (interview_id, kind, name, instance)
) WITHOUT ROWID)sql";

// Per keyer and (local) day: the sums the operator statistics divide. No foreign key: the figures outlive a
// removed account, whose name is kept for that reason.
constexpr auto kCreateKeyerDays = R"sql(
CREATE TABLE keyer_days (
    account_id   INTEGER NOT NULL,
    account_name TEXT NOT NULL,
    day          TEXT NOT NULL,
    active_ms    INTEGER NOT NULL DEFAULT 0,
    pause_ms     INTEGER NOT NULL DEFAULT 0,
    pauses       INTEGER NOT NULL DEFAULT 0,
    keystrokes   INTEGER NOT NULL DEFAULT 0,
    corrections  INTEGER NOT NULL DEFAULT 0,
    errors       INTEGER NOT NULL DEFAULT 0,
    fields       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, day)
) WITHOUT ROWID)sql";
constexpr auto kIndexKeyerDaysByDay = R"sql(CREATE INDEX keyer_days_by_day ON keyer_days (day))sql";

} // namespace

std::vector<const char *> migration5()
{
    return {kAcceptedKind, kAcceptedValue, kCreateInterviewParadata, kCreateParadataTimes, kCreateKeyerDays,
            kIndexKeyerDaysByDay};
}

} // namespace flowdesk
