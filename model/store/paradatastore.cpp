#include "paradatastore.h"

#include "sqlsupport.h"

namespace flowdesk {

namespace {

constexpr auto kAddInterview = R"sql(
INSERT INTO interview_paradata (interview_id, started_at, ended_at, active_ms, pause_ms, pauses, keystrokes,
                                corrections, errors, sessions, last_position)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (interview_id) DO UPDATE SET
    started_at = COALESCE(started_at, excluded.started_at),
    ended_at = COALESCE(excluded.ended_at, ended_at),
    active_ms = active_ms + excluded.active_ms,
    pause_ms = pause_ms + excluded.pause_ms,
    pauses = pauses + excluded.pauses,
    keystrokes = keystrokes + excluded.keystrokes,
    corrections = corrections + excluded.corrections,
    errors = errors + excluded.errors,
    sessions = sessions + excluded.sessions,
    last_position = CASE WHEN excluded.last_position = '' THEN last_position ELSE excluded.last_position END)sql";
constexpr auto kAddTime = R"sql(
INSERT INTO paradata_times (interview_id, kind, name, instance, ms, visits) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (interview_id, kind, name, instance) DO UPDATE SET
    ms = ms + excluded.ms, visits = visits + excluded.visits)sql";
constexpr auto kAddDay = R"sql(
INSERT INTO keyer_days (account_id, account_name, day, active_ms, pause_ms, pauses, keystrokes, corrections, errors,
                        fields)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (account_id, day) DO UPDATE SET
    account_name = excluded.account_name,
    active_ms = active_ms + excluded.active_ms,
    pause_ms = pause_ms + excluded.pause_ms,
    pauses = pauses + excluded.pauses,
    keystrokes = keystrokes + excluded.keystrokes,
    corrections = corrections + excluded.corrections,
    errors = errors + excluded.errors,
    fields = fields + excluded.fields)sql";
constexpr auto kInterview = R"sql(
SELECT started_at, ended_at, active_ms, pause_ms, pauses, keystrokes, corrections, errors, sessions, last_position
FROM interview_paradata WHERE interview_id = ?)sql";
constexpr auto kTimes = R"sql(
SELECT kind, name, instance, ms, visits FROM paradata_times WHERE interview_id = ?
ORDER BY kind DESC, ms DESC, name, instance)sql";
constexpr auto kLastPosition = R"sql(SELECT last_position FROM interview_paradata WHERE interview_id = ?)sql";
constexpr auto kDays = R"sql(
SELECT account_id, account_name, day, active_ms, pause_ms, pauses, keystrokes, corrections, errors, fields
FROM keyer_days WHERE day BETWEEN ? AND ? ORDER BY day, account_name)sql";

void bindCounts(QSqlQuery &q, const ParadataCounts &c)
{
    q.addBindValue(c.activeMs);
    q.addBindValue(c.pauseMs);
    q.addBindValue(c.pauses);
    q.addBindValue(c.keystrokes);
    q.addBindValue(c.corrections);
    q.addBindValue(c.errors);
}

} // namespace

bool ParadataStore::write(qint64 interviewId, qint64 accountId, const QString &accountName, const QString &day,
                          const ParadataBatch &batch, QString *error)
{
    QSqlQuery interview = sql::query(m_connection);
    if (!sql::prepareKept(interview, m_connection, kAddInterview, error))
        return false;
    interview.addBindValue(interviewId);
    interview.addBindValue(sql::toStoredTime(batch.startedAt));
    interview.addBindValue(sql::toStoredTime(batch.endedAt));
    bindCounts(interview, batch.counts);
    interview.addBindValue(batch.newSession ? 1 : 0);
    interview.addBindValue(sql::nonNull(batch.lastPosition));
    if (!sql::exec(interview, u"Cannot record the interview's paradata", error))
        return false;

    QSqlQuery time = sql::query(m_connection);
    if (!batch.times.empty() && !sql::prepareKept(time, m_connection, kAddTime, error))
        return false;
    for (const ParadataTime &t : batch.times) {
        time.addBindValue(interviewId);
        time.addBindValue(t.kind == ParadataTime::Kind::Question ? QStringLiteral("question")
                                                                 : QStringLiteral("section"));
        time.addBindValue(sql::nonNull(t.name));
        time.addBindValue(sql::nonNull(t.instance));
        time.addBindValue(t.ms);
        time.addBindValue(t.visits);
        if (!sql::exec(time, u"Cannot record the time per question", error))
            return false;
    }

    QSqlQuery keyer = sql::query(m_connection);
    if (!sql::prepareKept(keyer, m_connection, kAddDay, error))
        return false;
    keyer.addBindValue(accountId);
    keyer.addBindValue(accountName);
    keyer.addBindValue(day);
    bindCounts(keyer, batch.counts);
    keyer.addBindValue(batch.counts.fields);
    return sql::exec(keyer, u"Cannot record the keyer's statistics", error);
}

std::optional<InterviewParadata> ParadataStore::interviewSummary(qint64 interviewId) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kInterview, nullptr))
        return std::nullopt;
    q.addBindValue(interviewId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    InterviewParadata p;
    p.interviewId = interviewId;
    p.startedAt = sql::fromStoredTime(q.value(0));
    p.endedAt = sql::fromStoredTime(q.value(1));
    p.counts.activeMs = q.value(2).toLongLong();
    p.counts.pauseMs = q.value(3).toLongLong();
    p.counts.pauses = q.value(4).toInt();
    p.counts.keystrokes = q.value(5).toInt();
    p.counts.corrections = q.value(6).toInt();
    p.counts.errors = q.value(7).toInt();
    p.sessions = q.value(8).toInt();
    p.lastPosition = q.value(9).toString();
    QSqlQuery times = sql::query(m_connection, true);
    if (!sql::prepare(times, kTimes, nullptr))
        return p;
    times.addBindValue(interviewId);
    if (!times.exec())
        return p;
    while (times.next()) {
        const auto kind = times.value(0).toString() == u"section" ? ParadataTime::Kind::Section
                                                                  : ParadataTime::Kind::Question;
        p.times.push_back({kind, times.value(1).toString(), times.value(2).toString(), times.value(3).toLongLong(),
                           times.value(4).toInt()});
    }
    return p;
}

QString ParadataStore::lastPosition(qint64 interviewId) const
{
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kLastPosition, nullptr))
        return {};
    q.addBindValue(interviewId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

std::vector<KeyerDay> ParadataStore::keyerDays(const QString &fromDay, const QString &toDay) const
{
    std::vector<KeyerDay> days;
    QSqlQuery q = sql::query(m_connection, true);
    if (!sql::prepare(q, kDays, nullptr))
        return days;
    q.addBindValue(fromDay);
    q.addBindValue(toDay);
    if (!q.exec())
        return days;
    while (q.next()) {
        KeyerDay d;
        d.accountId = q.value(0).toLongLong();
        d.accountName = q.value(1).toString();
        d.day = q.value(2).toString();
        d.counts.activeMs = q.value(3).toLongLong();
        d.counts.pauseMs = q.value(4).toLongLong();
        d.counts.pauses = q.value(5).toInt();
        d.counts.keystrokes = q.value(6).toInt();
        d.counts.corrections = q.value(7).toInt();
        d.counts.errors = q.value(8).toInt();
        d.counts.fields = q.value(9).toInt();
        days.push_back(std::move(d));
    }
    return days;
}

} // namespace flowdesk
