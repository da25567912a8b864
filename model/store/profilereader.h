#pragma once

#include <QString>

#include <functional>
#include <string_view>
#include <vector>

struct sqlite3;

namespace flowdesk {

// Streams the columns the profile charts read, straight from SQLite's C API on a read-only connection of its own
// (model/statistics/profiledata builds its compact column store from it). Qt SQL makes a QVariant per value: at
// a million interviews and twenty charted questions that alone would take longer than the five seconds a first
// opening may. Each scan is one range of the value index (field_id, value), so equal values arrive together.
// One ProfileReader per thread. Separate from the exporters' streaming reader, which reads whole interviews.
class ProfileReader
{
public:
    ProfileReader() = default;
    ~ProfileReader();
    ProfileReader(const ProfileReader &) = delete;
    ProfileReader &operator=(const ProfileReader &) = delete;

    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_db != nullptr; }

    // Field ids by item index for a stored questionnaire (empty when unknown).
    std::vector<qint64> fieldIds(qint64 questionnaireId, QString *error);
    // Interviews of the questionnaire in id order: id, status text, modified_at (ms).
    bool interviews(qint64 questionnaireId, const std::function<void(qint64, std::string_view, qint64)> &row,
                    QString *error);
    // Interviews modified at or after `since` (ms), any questionnaire filtered to `questionnaireId`.
    bool changedSince(qint64 questionnaireId, qint64 since,
                      const std::function<void(qint64, std::string_view, qint64)> &row, QString *error);
    qint64 interviewCount(qint64 questionnaireId, QString *error);
    // Every answer to one field: interview id, instance path ("" at the top), value ("" for a repeat's row).
    bool answers(qint64 fieldId,
                 const std::function<void(qint64, std::string_view, std::string_view)> &row, QString *error);
    // The answers of one interview: field id, instance, value.
    bool answersOf(qint64 interviewId,
                   const std::function<void(qint64, std::string_view, std::string_view)> &row, QString *error);
    // SQLite's PRAGMA data_version: changes when another connection commits to the file.
    qint64 dataVersion();

private:
    bool fail(const char *what, QString *error) const;
    sqlite3 *m_db = nullptr;
    QString m_path;
};

} // namespace flowdesk
