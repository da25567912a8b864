#include "questionnairecatalog.h"

#include "accounts/accounts.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/questionnairestore.h"
#include "store/transaction.h"
#include "workflowsupport.h"

namespace flowdesk {

std::optional<qint64> QuestionnaireCatalog::add(Database &database, const Session &session, const LoadedForm &form,
                                                QString *error)
{
    if (!Accounts::authorize(database, session, Action::AddQuestionnaire, error))
        return std::nullopt;
    if (!form.ok())
        return workflow::fail(error, QStringLiteral("The questionnaire has errors: run 'form check' on it.")),
               std::nullopt;
    QuestionnaireStore store(database);
    const QString hash = QuestionnaireStore::hashSources(form.workbook.sources);
    for (const StoredQuestionnaire &stored : store.list()) {
        if (stored.hash == hash)
            return stored.id;
    }
    // QuestionnaireStore::add is its own transaction; the audit entry follows in a second one. A crash between
    // the two leaves a questionnaire without its entry, never an entry without a questionnaire.
    const auto id = store.add(form.workbook, *form.questionnaire, error);
    if (!id)
        return std::nullopt;
    const QString connection = database.connectionName();
    Transaction transaction(connection);
    AuditWriter audit(connection);
    AuditEntry entry = workflow::entry(session, QStringLiteral("questionnaire added"), 0,
                                       workflow::json({{QStringLiteral("id"), *id},
                                                       {QStringLiteral("form_id"), form.questionnaire->formId},
                                                       {QStringLiteral("version"), form.questionnaire->version},
                                                       {QStringLiteral("hash"), hash}}));
    if (!transaction.begin(error) || !audit.prepare(error) || !audit.append(entry, error) || !transaction.commit(error))
        return std::nullopt;
    return id;
}

} // namespace flowdesk
