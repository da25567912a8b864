#pragma once

#include "paradata/paradata.h"

#include <QString>

#include <optional>
#include <vector>

namespace flowdesk {

// SQL for the paradata of keying (migration 5): per interview, per question and section, per keyer and day.
// Internal to model/: data entry writes through WorkflowEntryStorage (inside the transaction that saves the answer);
// screens read the figures here.
class ParadataStore
{
public:
    explicit ParadataStore(const QString &connectionName) : m_connection(connectionName) {}

    // Adds `batch` to the interview's rows and to the keyer's day (`day`: yyyy-MM-dd). Runs in the caller's
    // transaction.
    bool write(qint64 interviewId, qint64 accountId, const QString &accountName, const QString &day,
               const ParadataBatch &batch, QString *error);

    // For the review screen: one interview's totals, its time per section and per question (sections first, each
    // longest first) and where keying stopped. nullopt when it has none (keyed before migration 5, or imported).
    std::optional<InterviewParadata> interviewSummary(qint64 interviewId) const;
    // Where keying of the interview stopped (a FieldRef key), '' when unknown.
    QString lastPosition(qint64 interviewId) const;
    // The keyers' days from `fromDay` to `toDay` (yyyy-MM-dd, both included), by day then keyer.
    std::vector<KeyerDay> keyerDays(const QString &fromDay, const QString &toDay) const;

private:
    QString m_connection;
};

} // namespace flowdesk
