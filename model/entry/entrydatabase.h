#pragma once

#include "interview/interview.h"

#include <QString>

#include <memory>
#include <optional>

namespace flowdesk {

class Database;
class EntryStorage;
class InterviewStore;
class InterviewStoreEntryStorage;
class Questionnaire;

// The connection data entry writes through: its own connection to the database file, with durable writes (every
// commit synced, so an accepted answer survives a power cut, not only a killed process), and the storage an
// EntrySession saves to. One per entry window; use from the thread that opened it.
class EntryDatabase
{
public:
    ~EntryDatabase();
    EntryDatabase(const EntryDatabase &) = delete;
    EntryDatabase &operator=(const EntryDatabase &) = delete;

    // Opens `path` for entering interviews of the questionnaire stored as `questionnaireId` (`questionnaire` must be
    // that one, and outlive this). Returns nullptr and sets `error` on failure.
    static std::unique_ptr<EntryDatabase> open(const QString &path, qint64 questionnaireId,
                                               const Questionnaire &questionnaire, QString *error);

    EntryStorage &storage();
    qint64 questionnaireId() const { return m_questionnaireId; }
    std::optional<Interview> load(qint64 interviewId) const;

private:
    EntryDatabase() = default;
    qint64 m_questionnaireId = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<InterviewStore> m_interviews;
    std::unique_ptr<InterviewStoreEntryStorage> m_storage;
};

} // namespace flowdesk
