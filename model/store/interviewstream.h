#pragma once

#include "interview/interview.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace flowdesk {

class Database;
class Questionnaire;

// One interview as an export reads it: its row, its answers, and its workflow history.
struct StreamedInterview
{
    struct StatusChange
    {
        QString from, to, account, reason;
        qint64 at = 0; // ms since the epoch, UTC
    };
    struct Comment
    {
        int item = -1; // questionnaire item, -1 for a comment on the whole interview
        QString instance, author, text;
        qint64 at = 0;
        bool hidden = false;
    };
    struct AcceptedWarning
    {
        int item = -1;
        QString instance, reason, account;
        qint64 at = 0;
    };

    Interview interview;
    int version = 1;
    std::vector<StatusChange> history;
    std::vector<Comment> comments;
    std::vector<AcceptedWarning> warnings;
};

// Reads chosen interviews of one questionnaire with their answers and workflow rows, on SQLite's own C API
// (statements prepared once, stepped, reset per interview: no QVariant per value), in one read transaction
// so every table is read at the same moment. One interview alive at a time: memory stays flat whatever the
// count. Not thread-safe; use from the thread that opened the Database. See model/store/DESIGN.md, "Streaming
// reader".
class InterviewStream
{
public:
    InterviewStream(Database &database, qint64 questionnaireId, const Questionnaire &questionnaire);
    ~InterviewStream();
    InterviewStream(const InterviewStream &) = delete;
    InterviewStream &operator=(const InterviewStream &) = delete;

    // Visits `ids` (ascending) in order; an id that is not an interview of this questionnaire is an error (the
    // selection changed under the caller). Stops when `visit` returns false. Returns the number visited, or -1
    // with `error` set when reading failed (a damaged file is marked as such, as by the other readers).
    // `visit` must not write to the database.
    qint64 forEach(const std::vector<qint64> &ids, const std::function<bool(StreamedInterview &)> &visit,
                   QString *error);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace flowdesk
