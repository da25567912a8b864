#pragma once

#include "questionnaire/questionnaireloader.h"
#include "store/database.h"
#include "store/interviewstore.h"
#include "store/questionnairestore.h"
#include "workflow/interviewworkflow.h"

#include <memory>

namespace flowdesk {

// An open FlowDesk database with its current questionnaire loaded from the stored sources and an interview store
// for it: what a window or a batch job works on. Owns everything it holds; use from one thread.
class Workspace
{
public:
    // Opens `path` in `mode` (see OpenMode: ReadWrite may open read-only, see database().readOnlyReason()).
    // The newest stored questionnaire becomes current; a database without one opens with no questionnaire
    // (interviews() is then null).
    static std::unique_ptr<Workspace> open(const QString &path, OpenMode mode, QString *error);
    // Create mode: a missing or empty file becomes a new database.
    static std::unique_ptr<Workspace> open(const QString &path, QString *error);

    // Re-reads a stored questionnaire from the exact sources kept with it. On failure the result has no
    // questionnaire and `error` says which one and why.
    static LoadedForm loadStored(const QuestionnaireStore &store, const StoredQuestionnaire &stored, QString *error);

    QString path() const { return m_db->path(); }
    const Questionnaire *questionnaire() const { return m_form.questionnaire.get(); }
    const StoredQuestionnaire &storedQuestionnaire() const { return m_stored; }
    InterviewStore *interviews() const { return m_interviews.get(); }
    // The one door for changes to interviews of the current questionnaire (null without one). Accounts,
    // CaseListQuery, AuditLog and OfficePolicy take database().
    InterviewWorkflow *workflow() const { return m_workflow.get(); }
    Database &database() const { return *m_db; }

private:
    Workspace() = default;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QuestionnaireStore> m_questionnaires;
    LoadedForm m_form;
    StoredQuestionnaire m_stored;
    std::unique_ptr<InterviewStore> m_interviews;
    std::unique_ptr<InterviewWorkflow> m_workflow;
};

} // namespace flowdesk
