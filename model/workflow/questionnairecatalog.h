#pragma once

#include "accounts/session.h"
#include "questionnaire/questionnaireloader.h"

#include <optional>

namespace flowdesk {

class Database;

// Adding questionnaires as an account: Action::AddQuestionnaire (administrators), audited ("questionnaire added"
// with form id, version and hash) right after the sources are stored. Adding the same sources again returns
// the stored id and writes nothing.
class QuestionnaireCatalog
{
public:
    static std::optional<qint64> add(Database &database, const Session &session, const LoadedForm &form,
                                     QString *error);
};

} // namespace flowdesk
