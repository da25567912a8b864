#pragma once

#include "accounts/session.h"
#include "paradata.h"

#include <QDate>

#include <optional>
#include <vector>

namespace flowdesk {

class Database;

// The paradata of keying as screens read them, with the permission checked here: the keyers' days for supervisors
// (Action::ViewReports), and one interview's figures for whoever may view it (the review screen). Figures are
// written by data entry (WorkflowEntryStorage); see model/paradata/README.md.
class KeyingStatistics
{
public:
    explicit KeyingStatistics(Database &database) : m_db(database) {}

    // Per keyer and day from `from` to `to` (both included), by day then keyer; nullopt and `error` when refused.
    std::optional<std::vector<KeyerDay>> keyerDays(const Session &session, QDate from, QDate to, QString *error) const;
    // The totals over `days`, per keyer (day left empty), by keyer.
    static std::vector<KeyerDay> perKeyer(const std::vector<KeyerDay> &days);
    // One interview's paradata (start and end, time per section and question, keystrokes, corrections, errors,
    // pauses). nullopt when refused (`error` says why) or when the interview has none (`error` left empty).
    std::optional<InterviewParadata> interviewSummary(const Session &session, qint64 interviewId,
                                                      QString *error) const;

private:
    Database &m_db;
};

} // namespace flowdesk
