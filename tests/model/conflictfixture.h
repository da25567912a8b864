#pragma once

// Import conflicts in numbers, for the conflict list's tests and benchmark: made the way an import records them
// (the store, one transaction), without exporting and importing a batch for each. No test framework in here, so
// the benchmark programs share it.

#include "batch/interviewinterchange.h"
#include "store/importconflictstore.h"
#include "store/questionnairestore.h"
#include "store/transaction.h"
#include "workspace/workspace.h"

namespace flowdesk::testing {

// `count` conflicts from `batch` over `interviews` in turn: each conflict's copy differs from ours in the first
// answered top-level text question ("<ours>-B<n>" for the n-th conflict). Returns that question's item id, or -1
// with `error` set (nothing added).
inline int addConflicts(Workspace &workspace, const Session &reader, const std::vector<qint64> &interviews, int count,
                        const QString &batch, QString *error)
{
    const Questionnaire &q = *workspace.questionnaire();
    const StoredQuestionnaire &stored = workspace.storedQuestionnaire();
    const InterviewInterchange interchange(q, QuestionnaireStore(workspace.database()).fields(stored.id), stored.hash);
    std::vector<Interview> ours;
    for (qint64 id : interviews) {
        auto copy = workspace.workflow()->open(reader, id, error);
        if (!copy)
            return -1;
        ours.push_back(copy->interview);
    }
    int textItem = -1;
    for (const Item &item : q.items) {
        if (item.type == QuestionType::Text && item.repeat < 0 && !ours.empty() &&
            !ours.front().answers.value(item.id).isEmpty()) {
            textItem = item.id;
            break;
        }
    }
    if (textItem < 0) {
        *error = QStringLiteral("the first interview has no answered top-level text question");
        return -1;
    }
    Transaction transaction(workspace.database().connectionName());
    if (!transaction.begin(error))
        return -1;
    ImportConflictStore store(workspace.database().connectionName());
    for (int n = 0; n < count; ++n) {
        const size_t which = size_t(n) % ours.size();
        Interview theirs = ours[which];
        theirs.answers.setValue(textItem, ours[which].answers.value(textItem) + QStringLiteral("-B%1").arg(n));
        QByteArray line;
        if (!interchange.write(theirs, InterviewStatus::Approved, true, &line, error))
            return -1;
        ImportConflict conflict;
        conflict.batchId = batch;
        conflict.interviewId = interviews[which];
        conflict.theirs = line;
        conflict.receivedAt = QDateTime::currentDateTimeUtc();
        if (store.add(conflict, error) == 0)
            return -1;
    }
    return transaction.commit(error) ? textItem : -1;
}

} // namespace flowdesk::testing
