#include "interviewstream.h"

#include "answerlayout.h"
#include "database.h"
#include "databasefile.h"
#include "openfiles.h"
#include "questionnairestore.h"
#include "sqlsupport.h"

#include <sqlite3.h>

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimeZone>

#include <unordered_map>

namespace flowdesk {

namespace {

constexpr auto kInterview = R"sql(
SELECT id, uuid, status, enumerator, office, created_at, modified_at, version
FROM interviews WHERE id = ?1 AND questionnaire_id = ?2)sql";
// The answers primary key is (interview_id, field_id, instance): one range scan, no sort.
constexpr auto kAnswers = R"sql(
SELECT field_id, instance, value FROM answers WHERE interview_id = ?1)sql";
constexpr auto kHistory = R"sql(
SELECT h.from_status, h.to_status, COALESCE(a.name, ''), h.reason, h.at
FROM status_history AS h LEFT JOIN accounts AS a ON a.id = h.account_id
WHERE h.interview_id = ?1 ORDER BY h.at, h.id)sql";
constexpr auto kComments = R"sql(
SELECT c.field_id, c.instance, COALESCE(a.name, ''), c.text, c.at, c.hidden
FROM comments AS c LEFT JOIN accounts AS a ON a.id = c.author_id
WHERE c.interview_id = ?1 ORDER BY c.at, c.id)sql";
constexpr auto kWarnings = R"sql(
SELECT w.field_id, w.instance, w.reason, COALESCE(a.name, ''), w.at
FROM accepted_warnings AS w LEFT JOIN accounts AS a ON a.id = w.account_id
WHERE w.interview_id = ?1 ORDER BY w.field_id, w.instance)sql";

QString text(sqlite3_stmt *statement, int column)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(statement, column)) : QString();
}

QDateTime time(sqlite3_stmt *statement, int column)
{
    if (sqlite3_column_type(statement, column) == SQLITE_NULL)
        return {};
    return QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(statement, column), Qt::UTC);
}

struct Statement
{
    sqlite3_stmt *handle = nullptr;
    ~Statement() { sqlite3_finalize(handle); }
};

} // namespace

struct InterviewStream::Impl
{
    Database &db;
    qint64 questionnaireId;
    AnswerLayout layout;
    std::vector<qint64> fieldItems; // field id - first field id -> item
    sqlite3 *handle = nullptr;
    Statement interview, answers, history, comments, warnings;

    Impl(Database &database, qint64 id, const Questionnaire &questionnaire)
        : db(database), questionnaireId(id),
          layout(questionnaire, QuestionnaireStore(database).fields(id))
    {
    }

    // A failed step: damage marks the file, as sql::failed does for Qt's statements.
    bool fail(QString *error, const QString &what)
    {
        const int code = sqlite3_errcode(handle) & 0xff;
        const QString detail = QString::fromUtf8(sqlite3_errmsg(handle));
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_IOERR) {
            const QString message = DatabaseFile::damagedMessage(db.path(), detail);
            openfiles::markDamaged(db.path(), message);
            sql::fail(error, message);
        }
        return sql::fail(error, QStringLiteral("%1: %2").arg(what, detail));
    }

    bool prepare(Statement &statement, const char *sql, QString *error)
    {
        if (sqlite3_prepare_v3(handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement.handle, nullptr) != SQLITE_OK)
            return fail(error, QStringLiteral("Preparing the export's reader"));
        return true;
    }

    // Runs `statement` for one interview; `row` is called per row.
    template<typename Row>
    bool each(Statement &statement, qint64 id, QString *error, const QString &what, Row row)
    {
        sqlite3_reset(statement.handle);
        sqlite3_bind_int64(statement.handle, 1, id);
        int rc;
        while ((rc = sqlite3_step(statement.handle)) == SQLITE_ROW)
            row(statement.handle);
        if (rc != SQLITE_DONE)
            return fail(error, what);
        return true;
    }

    int itemOf(sqlite3_stmt *statement, int column) const
    {
        if (sqlite3_column_type(statement, column) == SQLITE_NULL)
            return -1;
        return layout.itemForField(sqlite3_column_int64(statement, column));
    }
};

InterviewStream::InterviewStream(Database &database, qint64 questionnaireId, const Questionnaire &questionnaire)
    : d(std::make_unique<Impl>(database, questionnaireId, questionnaire))
{
}

InterviewStream::~InterviewStream() = default;

qint64 InterviewStream::forEach(const std::vector<qint64> &ids,
                                const std::function<bool(StreamedInterview &)> &visit, QString *error)
{
    if (!d->layout.problem().isEmpty()) {
        sql::fail(error, d->layout.problem());
        return -1;
    }
    // The Qt connection's own handle: the same connection, so the same locks and the same view of the file.
    const QVariant handle = QSqlDatabase::database(d->db.connectionName(), false).driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        sql::fail(error, QStringLiteral("The export needs the SQLite driver."));
        return -1;
    }
    d->handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!d->interview.handle
        && (!d->prepare(d->interview, kInterview, error) || !d->prepare(d->answers, kAnswers, error)
            || !d->prepare(d->history, kHistory, error) || !d->prepare(d->comments, kComments, error)
            || !d->prepare(d->warnings, kWarnings, error))) {
        return -1;
    }
    // One read transaction for the whole export: every interview as it was at one moment.
    const bool ownTransaction = sqlite3_get_autocommit(d->handle) != 0;
    if (ownTransaction && sqlite3_exec(d->handle, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK) {
        d->fail(error, QStringLiteral("Starting to read"));
        return -1;
    }
    struct End
    {
        sqlite3 *handle;
        bool own;
        Statement *statements[5];
        ~End()
        {
            for (Statement *s : statements)
                sqlite3_reset(s->handle);
            if (own)
                sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
        }
    } end{d->handle, ownTransaction, {&d->interview, &d->answers, &d->history, &d->comments, &d->warnings}};

    const QString readingAnswers = QStringLiteral("Reading the answers");
    qint64 visited = 0;
    StreamedInterview current;
    for (const qint64 id : ids) {
        current.interview = Interview();
        current.history.clear();
        current.comments.clear();
        current.warnings.clear();
        Interview &interview = current.interview;
        sqlite3_stmt *row = d->interview.handle;
        sqlite3_reset(row);
        sqlite3_bind_int64(row, 1, id);
        sqlite3_bind_int64(row, 2, d->questionnaireId);
        const int rc = sqlite3_step(row);
        if (rc == SQLITE_DONE) {
            sql::fail(error, QStringLiteral("Interview %1 is not an interview of this questionnaire version "
                                                   "(it was removed or changed while the export was prepared).")
                                        .arg(id));
            return -1;
        }
        if (rc != SQLITE_ROW) {
            d->fail(error, QStringLiteral("Reading the interviews"));
            return -1;
        }
        interview.id = sqlite3_column_int64(row, 0);
        interview.uuid = QUuid::fromString(text(row, 1));
        interview.status = statusFromName(text(row, 2));
        interview.enumerator = text(row, 3);
        interview.office = text(row, 4);
        interview.created = time(row, 5);
        interview.modified = time(row, 6);
        interview.questionnaireId = d->questionnaireId;
        current.version = sqlite3_column_int(row, 7);

        bool placed = true;
        QString instance, value;
        if (!d->each(d->answers, id, error, readingAnswers, [&](sqlite3_stmt *a) {
                instance = text(a, 1);
                value = text(a, 2);
                placed = d->layout.place(interview.answers, sqlite3_column_int64(a, 0), instance, value) && placed;
            })) {
            return -1;
        }
        if (!placed) {
            sql::fail(error, QStringLiteral("Interview %1 has answers that do not fit its questionnaire.")
                                        .arg(id));
            return -1;
        }
        if (!d->each(d->history, id, error, QStringLiteral("Reading the status history"), [&](sqlite3_stmt *h) {
                current.history.push_back({text(h, 0), text(h, 1), text(h, 2), text(h, 3),
                                           sqlite3_column_int64(h, 4)});
            })
            || !d->each(d->comments, id, error, QStringLiteral("Reading the comments"), [&](sqlite3_stmt *c) {
                   current.comments.push_back({d->itemOf(c, 0), text(c, 1), text(c, 2), text(c, 3),
                                               sqlite3_column_int64(c, 4), sqlite3_column_int(c, 5) != 0});
               })
            || !d->each(d->warnings, id, error, QStringLiteral("Reading the accepted warnings"), [&](sqlite3_stmt *w) {
                   current.warnings.push_back({d->itemOf(w, 0), text(w, 1), text(w, 2), text(w, 3),
                                               sqlite3_column_int64(w, 4)});
               })) {
            return -1;
        }
        ++visited;
        if (!visit(current))
            break;
    }
    return visited;
}

} // namespace flowdesk
