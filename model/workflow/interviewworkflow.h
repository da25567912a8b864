#pragma once

#include "accounts/permissions.h"
#include "accounts/session.h"
#include "casesummarybuilder.h"
#include "store/answerlayout.h"
#include "store/interviewstore.h"
#include "store/workflowstore.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace flowdesk {

class Database;

// An interview as one account opened it: the answers and the version they were read at. Pass it back to save;
// a save or status change made on a stale copy is refused (someone else changed the interview meanwhile).
struct InterviewCopy
{
    Interview interview;
    qint64 version = 0;
};

// A comment as the review screen shows it: with the questionnaire item (-1: on the whole interview).
struct InterviewComment
{
    Comment stored;
    int item = -1;
};

// One answer that differs between our interview and another office's copy under the same uuid.
struct AnswerDifference
{
    QString path;     // "travel/transit_stay/transit_months"
    QString instance; // '' or "2", "2.1"
    QString ours;     // '' when we have none; "(instance)" for a repeat instance
    QString theirs;
};

// What importing a batch's interviews did (BatchImporter reports it).
struct ImportMerge
{
    qint64 added = 0;
    qint64 skipped = 0;   // same uuid, same content
    qint64 conflicts = 0; // same uuid, other content: kept aside for a reviewer
};

struct BulkApproval
{
    int approved = 0;
    std::vector<QString> refused; // one message per interview left as it was
};

// THE door for every change to interviews: answers, statuses, comments, accepted warnings. Each method
//  * acts as the logged-in `session` and checks the permission table (permissions.cpp) and, where the table says
//    Own or Policy, the interview's enumerator, its status and the office policy;
//  * checks the interview's version (optimistic concurrency: `... WHERE id = ? AND version = ?`), so a change
//    made on a stale copy is refused rather than overwriting another window's or process's work;
//  * writes the change, its audit entries (each answer old -> new; each status change with its reason), the
//    status history and the interview's case-list row in ONE transaction;
//  * on refusal returns false / nullopt with `error` saying why ("Interview 1234 is draft; only a completed
//    interview can be approved.") and changes nothing in the database.
// Statuses: draft -> completed (no errors left) -> approved | rejected (reason); rejected -> completed again by its
// enumerator; approved -> completed by a supervisor's reopen (reason); approved -> exported.
//
// Borrows the Database and the Questionnaire (both must outlive it). Not thread-safe: use from the thread that
// opened the Database; a second window or process uses its own Database and is kept apart by the versions.
class InterviewWorkflow
{
public:
    InterviewWorkflow(Database &database, qint64 questionnaireId, const Questionnaire &questionnaire,
                      CaseListSpec spec);
    ~InterviewWorkflow();

    // The interview with its version, if the session may see it (enumerators: their own only).
    std::optional<InterviewCopy> open(const Session &session, qint64 interviewId, QString *error) const;
    // Stores a new draft keyed by the session's account (enumerators only); its enumerator is the account's login.
    std::optional<InterviewCopy> create(const Session &session, Interview interview, QString *error);
    // Saves `copy`'s answers (its status, enumerator and times are the stored ones; only answers change).
    // Enumerators: their own drafts and rejected interviews. Reviewers, supervisors, administrators: completed
    // interviews, only when OfficePolicy::reviewersEditAnswers, and `reason` is required. Each changed answer is
    // audited old -> new. On success copy.version and copy.interview.modified are updated; a save that changes
    // no answer writes nothing.
    // `alsoWrite`, when given, runs inside the same transaction after the answers are written (data entry writes
    // its paradata there); its failure rolls the whole save back. It runs only when an answer changed.
    bool saveAnswers(const Session &session, InterviewCopy &copy, const QString &reason, QString *error,
                     const std::function<bool(QString *)> &alsoWrite = {});

    // saveAnswers for data entry removing the repeat instance `removed` of `repeatItem` (its instance path, "2.3"
    // as {2, 3}): the reasons kept with answers inside it (accepted warnings, confirmed values) are dropped and those
    // of the instances after it renumbered, in the same transaction as the answers.
    bool saveAnswersRemovingInstance(const Session &session, InterviewCopy &copy, int repeatItem,
                                     const std::vector<int> &removed, QString *error,
                                     const std::function<bool(QString *)> &alsoWrite = {});

    // Data entry's Complete: saves `copy`'s answers as completion leaves them (irrelevant answers dropped, `end`
    // stamped) and changes the status to completed, with their audit entries and `alsoWrite`, in ONE transaction:
    // when either is refused (permissions, a stale copy, errors left) nothing is written. On success copy.version,
    // copy.interview.status and .modified are updated.
    bool completeWithAnswers(const Session &session, InterviewCopy &copy, QString *error,
                             const std::function<bool(QString *)> &alsoWrite = {});

    // Whether the status graph and the permission table let `session` take `action` (Complete, Approve, Reject,
    // ReopenApproved, Export) on an interview in status `from`: what a screen asks to offer a button. Ownership and
    // versions are checked by the change itself.
    bool offers(const Session &session, InterviewStatus from, Action action) const;

    // Status changes. `version` is the version the caller last saw; updated on success.
    bool complete(const Session &session, qint64 interviewId, qint64 &version, QString *error);
    bool approve(const Session &session, qint64 interviewId, qint64 &version, const QString &note, QString *error);
    bool reject(const Session &session, qint64 interviewId, qint64 &version, const QString &reason, QString *error);
    // Approved -> completed, so it is reviewed again before anything leaves the office (supervisors; reason).
    bool reopen(const Session &session, qint64 interviewId, qint64 &version, const QString &reason, QString *error);
    // Approved -> exported, for the exporter (supervisors); `batch` names the export batch in the audit log.
    bool markExported(const Session &session, qint64 interviewId, qint64 &version, const QString &batch,
                      QString *error);
    // Batches (issue 10; workflowbatch.cpp). Approved -> exported for every interview of `ids`, each marked with
    // `batch`, audited and given its history row, and then `beforeCommit` (the exporter puts the batch's files in
    // place there), all in ONE transaction: any refusal or failure marks nothing. Supervisors and administrators.
    bool markExported(const Session &session, const std::vector<qint64> &ids, const QString &batch,
                      const std::function<bool(QString *)> &beforeCommit, QString *error);
    // Merges another office's interviews of this questionnaire in ONE transaction (administrators: Import).
    // `next(interview, line, error)` gives the next one (1), the end (0) or a failure (-1). A new uuid is stored
    // as it came (status, enumerator, office, times) and audited; a uuid stored with the same answers is skipped;
    // with other answers it goes to the conflict list with `line` (theirs), never over ours. `beforeCommit`
    // records the batch. On any failure nothing is imported.
    std::optional<ImportMerge> importInterviews(
        const Session &session, const QString &batch,
        const std::function<int(Interview &, QByteArray &, QString *)> &next,
        const std::function<bool(QString *)> &beforeCommit, QString *error);
    // The answers that differ between our interview `interviewId` and `theirs`, in field order.
    std::optional<std::vector<AnswerDifference>> differences(qint64 interviewId, const Interview &theirs,
                                                             QString *error) const;
    // A reviewer's decision on import conflict `conflictId` (Approve: reviewers, supervisors, administrators):
    // keep ours (nothing changes but the conflict), or take theirs (our answers replaced by `theirs`, each
    // change audited old -> new with the batch, the version bumped). `theirs` is the conflict's line as read.
    bool resolveConflict(const Session &session, qint64 conflictId, const Interview &theirs, bool takeTheirs,
                         QString *error);

    // Approves each (id, version) that is completed and current, in one transaction; the others are listed with
    // the reason they were left. Supervisors and administrators only (else nothing is approved).
    BulkApproval bulkApprove(const Session &session, const std::vector<std::pair<qint64, qint64>> &interviews,
                             QString *error);

    // A comment on the interview (item -1) or on one question, in a repeat instance ("2", "2.1"). Anyone who may
    // view the interview may comment, enumerators on their own. Returns the comment id, 0 when refused.
    qint64 comment(const Session &session, qint64 interviewId, int item, const QString &instance,
                   const QString &text, QString *error);
    // Only the author hides a comment; comments are never deleted.
    bool hideComment(const Session &session, qint64 commentId, QString *error);
    std::vector<InterviewComment> comments(const Session &session, qint64 interviewId, bool includeHidden) const;

    // The reason an answer outside its warning was kept (data entry writes it); same permission as editing.
    bool acceptWarning(const Session &session, qint64 interviewId, int item, const QString &instance,
                       const QString &reason, QString *error);
    // The same from data entry: `value` is the answer the reason is for (a later change voids it); `confirmed`
    // when it is a paper-keying value confirmed past its constraint rather than a warning accepted.
    bool keepAnswer(const Session &session, qint64 interviewId, int item, const QString &instance,
                    const QString &value, bool confirmed, const QString &reason, QString *error);
    std::vector<AcceptedWarning> acceptedWarnings(const Session &session, qint64 interviewId) const;
    std::vector<StatusChange> history(const Session &session, qint64 interviewId) const;

    // Works out the case-list rows still marked stale (interviews written by other paths, or a database migrated
    // from before the case list), `batch` per transaction; `progress(done, total)` may return false to stop.
    // Derived data, no session needed. Returns how many were refreshed, -1 on failure.
    qint64 refreshCaseList(const std::function<bool(qint64, qint64)> &progress, QString *error, int batch = 500);
    // How many of this questionnaire's case-list rows refreshCaseList() would work out (0: the list is up to date).
    qint64 staleCaseListRows() const;

    const CaseListSpec &caseListSpec() const { return m_builder->spec(); }
    qint64 questionnaireId() const { return m_questionnaireId; }
    // Item id of a stored field id and back (-1 / 0 when unknown).
    int itemForField(qint64 fieldId) const { return m_layout.itemForField(fieldId); }
    qint64 fieldForItem(int item) const { return m_layout.fieldForItem(item); }

    struct Step; // one edge of the status graph (workflowtransitions.cpp)

private:
    bool transition(const Session &session, qint64 interviewId, qint64 &version, const Step &step,
                    const QString &reason, QString *error);
    bool transitionInTransaction(const Session &session, const InterviewState &state, qint64 version,
                                 const Step &step, const QString &reason, class AuditWriter &audit,
                                 CaseSummaryStore &summaries, QString *error, bool summarize = true);
    // saveAnswers inside the caller's transaction; `changedAt` is set (valid) only when answers were written.
    bool writeAnswers(const Session &session, const InterviewCopy &copy, const QString &reason, class AuditWriter &audit,
                      CaseSummaryStore &summaries, QDateTime *changedAt, QString *error);
    // The errors completion refuses: the validator's, less the constraint failures confirmed with a reason.
    int errorsInTheWay(const Interview &stored) const;
    QString valueAt(const AnswerScope &answers, int item, const std::vector<int> &instance) const;
    bool renumberKeptReasons(qint64 interviewId, int repeatItem, const std::vector<int> &removed, QString *error);
    bool mayView(const Session &session, const InterviewState &state, QString *error) const;
    bool mayEdit(const Session &session, const InterviewState &state, const QString &reason, QString *error) const;
    bool writeSummary(qint64 interviewId, CaseSummaryStore &summaries, QString *error);
    std::optional<InterviewState> currentState(qint64 interviewId, QString *error) const;

    Database &m_db;
    qint64 m_questionnaireId;
    const Questionnaire &m_q;
    AnswerLayout m_layout;
    std::unique_ptr<InterviewStore> m_store;
    std::unique_ptr<CaseSummaryBuilder> m_builder;
};

} // namespace flowdesk
