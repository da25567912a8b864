#pragma once

#include <QString>

#include <optional>

namespace flowdesk {

// The profile_definitions table (migration 7): one JSON definition per questionnaire. Internal to model/: use
// ProfileDefinitions (model/statistics).
class ProfileStore
{
public:
    explicit ProfileStore(const QString &connectionName) : m_connection(connectionName) {}

    // The stored JSON, or nothing when none is stored (or on a read error, which then sets `error`).
    std::optional<QString> definition(qint64 questionnaireId, QString *error) const;
    bool save(qint64 questionnaireId, const QString &json, const QString &savedBy, QString *error);

private:
    QString m_connection;
};

} // namespace flowdesk
