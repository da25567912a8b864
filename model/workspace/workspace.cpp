#include "workspace.h"

namespace flowdesk {

LoadedForm Workspace::loadStored(const QuestionnaireStore &store, const StoredQuestionnaire &stored, QString *error)
{
    QString readError;
    const auto sources = store.sources(stored.id, &readError);
    if (!sources) {
        if (error)
            *error = !readError.isEmpty() ? readError
                                          : QStringLiteral("the sources of questionnaire %1 version %2 are missing")
                                                .arg(stored.formId, stored.version);
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
    return open(path, OpenMode::Create, error);
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, OpenMode mode, QString *error)
{
    std::unique_ptr<Workspace> workspace(new Workspace);
    workspace->m_db = Database::open(path, mode, error);
    if (!workspace->m_db)
        return nullptr;
    workspace->m_questionnaires = std::make_unique<QuestionnaireStore>(*workspace->m_db);
    QString readError;
    const std::vector<StoredQuestionnaire> stored = workspace->m_questionnaires->list(&readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return nullptr;
    }
    if (stored.empty())
        return workspace;
    // list() is in the order they were added: the last is the newest.
    workspace->m_stored = stored.back();
    workspace->m_form = loadStored(*workspace->m_questionnaires, workspace->m_stored, error);
    if (!workspace->m_form.ok()) {
        if (error && workspace->m_db->damage().isEmpty())
            *error = QStringLiteral("%1: %2").arg(path, *error);
        return nullptr;
    }
    // A questionnaire stored before `or_other` added its text question gets that field now.
    if (!workspace->m_db->isReadOnly() &&
        !workspace->m_questionnaires->addGeneratedFields(workspace->m_stored.id, *workspace->m_form.questionnaire,
                                                         error))
        return nullptr;
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
