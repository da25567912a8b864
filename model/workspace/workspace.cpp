#include "workspace.h"

namespace flowdesk {

LoadedForm Workspace::loadStored(const QuestionnaireStore &store, const StoredQuestionnaire &stored, QString *error)
{
    const auto sources = store.sources(stored.id);
    if (!sources) {
        if (error)
            *error = QStringLiteral("the sources of questionnaire %1 version %2 are missing").arg(stored.formId, stored.version);
        return {};
    }
    LoadedForm form = QuestionnaireLoader::fromSources(*sources, stored.sourceName);
    if (!form.ok() && error) {
        *error = QStringLiteral("the stored questionnaire %1 version %2 no longer loads: %3")
                     .arg(stored.formId, stored.version,
                          form.diagnostics.items.empty() ? QString() : form.diagnostics.items.front().toString());
    }
    return form;
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error)
{
    std::unique_ptr<Workspace> workspace(new Workspace);
    workspace->m_db = Database::open(path, error);
    if (!workspace->m_db)
        return nullptr;
    workspace->m_questionnaires = std::make_unique<QuestionnaireStore>(*workspace->m_db);
    const std::vector<StoredQuestionnaire> stored = workspace->m_questionnaires->list();
    if (stored.empty())
        return workspace;
    // list() is in the order they were added: the last is the newest.
    workspace->m_stored = stored.back();
    workspace->m_form = loadStored(*workspace->m_questionnaires, workspace->m_stored, error);
    if (!workspace->m_form.ok()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, *error);
        return nullptr;
    }
    workspace->m_interviews = std::make_unique<InterviewStore>(*workspace->m_db, workspace->m_stored.id,
                                                               *workspace->m_form.questionnaire);
    QString unusable;
    if (!workspace->m_interviews->isUsable(&unusable)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, unusable);
        return nullptr;
    }
    workspace->m_workflow = std::make_unique<InterviewWorkflow>(
        *workspace->m_db, workspace->m_stored.id, *workspace->m_form.questionnaire,
        CaseListSpec::read(workspace->m_form.workbook, *workspace->m_form.questionnaire));
    return workspace;
}

} // namespace flowdesk
