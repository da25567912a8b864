#pragma once

#include "accounts/session.h"
#include "interview/interview.h"

#include <QDateTime>

#include <array>
#include <optional>
#include <vector>

namespace flowdesk {

class Database;

struct EnumeratorReport
{
    QString enumerator;
    std::array<qint64, 5> byStatus{}; // by InterviewStatus
    qint64 medianDurationSeconds = -1;
    qint64 rejections = 0; // times any of their interviews was rejected
};

struct StatusWaitReport
{
    InterviewStatus status = InterviewStatus::Draft;
    qint64 interviews = 0;
    qint64 medianWaitSeconds = 0; // since the interview entered this status
    qint64 longestWaitSeconds = 0;
};

// The reports a supervisor expects (Survey Solutions has them), as model queries over the case list and the status
// history. Action::ViewReports; refused (nullopt, `error` says why) otherwise. Borrows the Database.
class SupervisorReports
{
public:
    SupervisorReports(Database &database, const Session &session) : m_db(database), m_session(session) {}

    std::optional<std::vector<EnumeratorReport>> byEnumerator(QString *error) const;
    // Only the interviews by status of each enumerator (no durations or rejections): from the kept counts, in
    // milliseconds at any size, for the case list's enumerator filter.
    std::optional<std::vector<EnumeratorReport>> statusesByEnumerator(QString *error) const;
    std::optional<std::vector<StatusWaitReport>> waitingByStatus(QString *error,
                                                                 const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    Database &m_db;
    Session m_session;
};

} // namespace flowdesk
