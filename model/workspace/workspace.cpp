#include "workspace.h"

namespace flowdesk {

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
    const auto sources = workspace->m_questionnaires->sources(workspace->m_stored.id);
    if (!sources) {
        if (error)
            *error = QStringLiteral("%1: the sources of questionnaire %2 are missing").arg(path, workspace->m_stored.formId);
        return nullptr;
    }
    workspace->m_form = QuestionnaireLoader::fromSources(*sources, workspace->m_stored.sourceName);
    if (!workspace->m_form.ok()) {
        if (error)
            *error = QStringLiteral("%1: the stored questionnaire %2 no longer loads: %3")
                         .arg(path, workspace->m_stored.formId,
                              workspace->m_form.diagnostics.items.empty()
                                  ? QString()
                                  : workspace->m_form.diagnostics.items.front().toString());
        return nullptr;
    }
    workspace->m_interviews = std::make_unique<InterviewStore>(*workspace->m_db, workspace->m_stored.id,
                                                               *workspace->m_form.questionnaire);
    return workspace;
}

} // namespace flowdesk
