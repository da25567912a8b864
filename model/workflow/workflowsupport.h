#pragma once

#include "accounts/session.h"
#include "audit/auditentry.h"
#include "interview/interview.h"
#include "store/answerlayout.h"

#include <QJsonObject>

#include <vector>

namespace flowdesk {

class Questionnaire;

// Small pieces the workflow services share; internal to model/workflow.
namespace workflow {

bool fail(QString *error, const QString &message);
QString json(const QJsonObject &object);
AuditEntry entry(const Session &session, const QString &action, qint64 interviewId, const QString &details);
QString staleMessage(qint64 interviewId, qint64 seen, qint64 current);

// One answer that differs between two versions of an interview.
struct AnswerChange
{
    QString path;     // "travel/group_member/member_age"
    QString instance; // '' or "2", "2.1"
    QString oldValue; // '' when it had none
    QString newValue;
};

// The same difference as stored rows, for writing only what changed: `written` are the rows of `after` that are
// new or hold another value (their values point into `after`), `removed` the rows of `before` that `after` no
// longer has.
struct RowChanges
{
    std::vector<AnswerLayout::Row> written;
    std::vector<AnswerLayout::Row> removed;
};

// The answers of `after` that differ from `before` (added, changed, removed), in field order. Repeat instances
// that appear or disappear show as their repeat's path with old/new "(instance)" / "". Fails, naming the item,
// when `after` holds an answer the layout cannot store. `rows`, when given, receives the same as rows.
bool diffAnswers(const AnswerLayout &layout, const Questionnaire &questionnaire, const AnswerScope &before,
                 const AnswerScope &after, std::vector<AnswerChange> *changes, QString *error,
                 RowChanges *rows = nullptr);

} // namespace workflow
} // namespace flowdesk
