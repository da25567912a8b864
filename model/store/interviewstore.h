#pragma once

#include "answerlayout.h"
#include "interview/interview.h"

#include <QDateTime>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace flowdesk {

class Database;
class Questionnaire;

// A row of the interview list: what a case list shows without loading answers.
struct InterviewSummary
{
    qint64 id = 0;
    QUuid uuid;
    qint64 questionnaireId = 0;
    InterviewStatus status = InterviewStatus::Draft;
    QString enumerator;
    QString office;
    QDateTime created;
    QDateTime modified;
};

// Reads and writes interviews and their answers. All SQL is prepared with bound values; every write is one
// transaction. Not thread-safe: use from the thread that opened the Database.
class InterviewStore
{
public:
    // `questionnaire` must be the one stored as `questionnaireId`; its item ids are mapped to field ids.
    InterviewStore(Database &database, qint64 questionnaireId, const Questionnaire &questionnaire);

    // Inserts (id == 0, assigns id and uuid if null) or replaces the interview's answers, in one transaction.
    // A save is an edit: `modified` becomes now (and `created` too when unset). On failure nothing is
    // written and `interview` is unchanged.
    bool save(Interview &interview, QString *error);
    // Inserts many new interviews, one transaction per call (for imports and the demo generator). Keeps the
    // times given (fills in missing ones); all or nothing.
    bool insertMany(std::vector<Interview> &interviews, QString *error);

    // For loading a great many interviews (the demo generator, a large import): between these calls the
    // per-question value index is not kept up to date row by row; endBulkLoad() rebuilds it in one sorted
    // pass, which is about twice as fast overall (see model/store/DESIGN.md). Everything stays correct in
    // between, valueCounts() only slower. The state is in the database, for every store on it, and
    // Database::open() finishes a bulk load a crash interrupted.
    bool beginBulkLoad(QString *error);
    bool endBulkLoad(QString *error);

    // Readers: a read error (a damaged file) sets `error` and returns nothing (count and forEach: -1), never
    // a shortened result; once SQLite reports damage, Database::damage() says so and writes are refused.
    // "Not found" is nullopt with `error` left as it was.
    std::optional<Interview> load(qint64 id, QString *error = nullptr) const;
    bool remove(qint64 id, QString *error);

    qint64 count(QString *error = nullptr) const;
    std::vector<std::pair<InterviewStatus, qint64>> countByStatus(QString *error = nullptr) const;
    // Up to `limit` summaries with id > afterId, by id: keyset paging for lazy lists.
    std::vector<InterviewSummary> summaries(qint64 afterId, int limit, QString *error = nullptr) const;

    // Streams every interview of this questionnaire in id order with its answers, without holding more than
    // one in memory. Stops early when `visit` returns false. Returns the number visited, or -1 when reading
    // failed (the interviews visited before were read whole). `visit` must not write to the database (the
    // cursors stay open while it runs).
    qint64 forEach(const std::function<bool(const Interview &)> &visit, QString *error = nullptr) const;

    // How many interviews gave each value to a top-level or repeated question (select_multiple: per choice),
    // by value. For a repeated question each instance counts (two members answering "female" count two),
    // which is what per-person charts need.
    std::vector<std::pair<QString, qint64>> valueCounts(int itemId, QString *error = nullptr) const;

    // False (with the reason) when the questionnaire given does not match the stored one's fields; every
    // other call then fails or returns nothing.
    bool isUsable(QString *error = nullptr) const { return checkUsable(error); }

private:
    bool checkUsable(QString *error) const;
    bool checkQuestionnaire(const Interview &interview, QString *error) const;

    Database &m_db;
    qint64 m_questionnaireId;
    const Questionnaire &m_questionnaire;
    std::vector<qint64> m_fieldIds;
    AnswerLayout m_layout;
};

} // namespace flowdesk
