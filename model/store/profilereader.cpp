#include "profilereader.h"

#include <sqlite3.h>

namespace flowdesk {

namespace {

constexpr auto kFieldIds = "SELECT id, item_index FROM fields WHERE questionnaire_id = ? ORDER BY item_index";
constexpr auto kInterviews =
    "SELECT id, status, modified_at FROM interviews WHERE questionnaire_id = ? ORDER BY id";
constexpr auto kChanged =
    "SELECT id, status, modified_at FROM interviews WHERE modified_at >= ? AND questionnaire_id = ? ORDER BY id";
constexpr auto kCount = "SELECT COUNT(*) FROM interviews WHERE questionnaire_id = ?";
constexpr auto kAnswers = "SELECT interview_id, instance, value FROM answers WHERE field_id = ?";
constexpr auto kAnswersOf = "SELECT field_id, instance, value FROM answers WHERE interview_id = ?";
constexpr auto kDataVersion = "PRAGMA data_version";

std::string_view text(sqlite3_stmt *statement, int column)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return bytes ? std::string_view(bytes, size_t(sqlite3_column_bytes(statement, column))) : std::string_view();
}

// A prepared statement freed on every path.
struct Statement
{
    sqlite3_stmt *s = nullptr;
    ~Statement() { sqlite3_finalize(s); }
};

} // namespace

ProfileReader::~ProfileReader()
{
    sqlite3_close_v2(m_db);
}

bool ProfileReader::fail(const char *what, QString *error) const
{
    if (error) {
        *error = QStringLiteral("Cannot read %1 from %2: %3")
                     .arg(QLatin1String(what), m_path,
                          QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "cannot open the file"));
    }
    return false;
}

bool ProfileReader::open(const QString &path, QString *error)
{
    m_path = path;
    const QByteArray name = path.toUtf8();
    if (sqlite3_open_v2(name.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        fail("the profile data", error);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    return true;
}

std::vector<qint64> ProfileReader::fieldIds(qint64 questionnaireId, QString *error)
{
    std::vector<qint64> ids;
    Statement q;
    if (sqlite3_prepare_v2(m_db, kFieldIds, -1, &q.s, nullptr) != SQLITE_OK) {
        fail("the fields", error);
        return ids;
    }
    sqlite3_bind_int64(q.s, 1, questionnaireId);
    int rc;
    while ((rc = sqlite3_step(q.s)) == SQLITE_ROW) {
        const auto index = size_t(sqlite3_column_int64(q.s, 1));
        if (ids.size() <= index)
            ids.resize(index + 1, 0);
        ids[index] = sqlite3_column_int64(q.s, 0);
    }
    if (rc != SQLITE_DONE) {
        fail("the fields", error);
        ids.clear();
    }
    return ids;
}

static bool scanInterviews(sqlite3 *db, const char *sql, qint64 first, qint64 second, bool two,
                           const std::function<void(qint64, std::string_view, qint64)> &row)
{
    Statement q;
    if (sqlite3_prepare_v2(db, sql, -1, &q.s, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_int64(q.s, 1, first);
    if (two)
        sqlite3_bind_int64(q.s, 2, second);
    int rc;
    while ((rc = sqlite3_step(q.s)) == SQLITE_ROW)
        row(sqlite3_column_int64(q.s, 0), text(q.s, 1), sqlite3_column_int64(q.s, 2));
    return rc == SQLITE_DONE;
}

bool ProfileReader::interviews(qint64 questionnaireId,
                               const std::function<void(qint64, std::string_view, qint64)> &row, QString *error)
{
    return scanInterviews(m_db, kInterviews, questionnaireId, 0, false, row) || fail("the interviews", error);
}

bool ProfileReader::changedSince(qint64 questionnaireId, qint64 since,
                                 const std::function<void(qint64, std::string_view, qint64)> &row, QString *error)
{
    return scanInterviews(m_db, kChanged, since, questionnaireId, true, row) || fail("the changed interviews", error);
}

qint64 ProfileReader::interviewCount(qint64 questionnaireId, QString *error)
{
    Statement q;
    if (sqlite3_prepare_v2(m_db, kCount, -1, &q.s, nullptr) != SQLITE_OK) {
        fail("the interview count", error);
        return -1;
    }
    sqlite3_bind_int64(q.s, 1, questionnaireId);
    if (sqlite3_step(q.s) != SQLITE_ROW) {
        fail("the interview count", error);
        return -1;
    }
    return sqlite3_column_int64(q.s, 0);
}

static bool scanAnswers(sqlite3 *db, const char *sql, qint64 key,
                        const std::function<void(qint64, std::string_view, std::string_view)> &row)
{
    Statement q;
    if (sqlite3_prepare_v2(db, sql, -1, &q.s, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_int64(q.s, 1, key);
    int rc;
    while ((rc = sqlite3_step(q.s)) == SQLITE_ROW)
        row(sqlite3_column_int64(q.s, 0), text(q.s, 1), text(q.s, 2));
    return rc == SQLITE_DONE;
}

bool ProfileReader::answers(qint64 fieldId,
                            const std::function<void(qint64, std::string_view, std::string_view)> &row,
                            QString *error)
{
    return scanAnswers(m_db, kAnswers, fieldId, row) || fail("the answers", error);
}

bool ProfileReader::answersOf(qint64 interviewId,
                              const std::function<void(qint64, std::string_view, std::string_view)> &row,
                              QString *error)
{
    return scanAnswers(m_db, kAnswersOf, interviewId, row) || fail("an interview's answers", error);
}

qint64 ProfileReader::dataVersion()
{
    Statement q;
    if (sqlite3_prepare_v2(m_db, kDataVersion, -1, &q.s, nullptr) != SQLITE_OK || sqlite3_step(q.s) != SQLITE_ROW)
        return -1;
    return sqlite3_column_int64(q.s, 0);
}

} // namespace flowdesk
