#include "keyingstatistics.h"

#include "accounts/accounts.h"
#include "store/database.h"
#include "store/paradatastore.h"
#include "store/workflowstore.h"

#include <map>

namespace flowdesk {

std::optional<std::vector<KeyerDay>> KeyingStatistics::keyerDays(const Session &session, QDate from, QDate to,
                                                                  QString *error) const
{
    if (!Accounts::authorize(m_db, session, Action::ViewReports, error))
        return std::nullopt;
    return ParadataStore(m_db.connectionName()).keyerDays(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

std::vector<KeyerDay> KeyingStatistics::perKeyer(const std::vector<KeyerDay> &days)
{
    std::map<QString, KeyerDay> keyers;
    for (const KeyerDay &d : days) {
        KeyerDay &k = keyers[d.accountName];
        k.accountId = d.accountId;
        k.accountName = d.accountName;
        k.counts.activeMs += d.counts.activeMs;
        k.counts.pauseMs += d.counts.pauseMs;
        k.counts.pauses += d.counts.pauses;
        k.counts.keystrokes += d.counts.keystrokes;
        k.counts.corrections += d.counts.corrections;
        k.counts.errors += d.counts.errors;
        k.counts.fields += d.counts.fields;
    }
    std::vector<KeyerDay> result;
    for (auto &[name, keyer] : keyers)
        result.push_back(std::move(keyer));
    return result;
}

std::optional<InterviewParadata> KeyingStatistics::interviewSummary(const Session &session, qint64 interviewId,
                                                                    QString *error) const
{
    if (!Accounts::authorize(m_db, session, Action::ViewInterview, error))
        return std::nullopt;
    const auto state = WorkflowStore(m_db.connectionName()).state(interviewId, error);
    if (!state)
        return std::nullopt;
    if (grant(session.role(), Action::ViewInterview) == Grant::Own && state->enumerator != session.name()) {
        if (error)
            *error = QStringLiteral("Interview %1 was keyed by %2; an enumerator sees only their own interviews.")
                         .arg(interviewId)
                         .arg(state->enumerator);
        return std::nullopt;
    }
    return ParadataStore(m_db.connectionName()).interviewSummary(interviewId);
}

} // namespace flowdesk
