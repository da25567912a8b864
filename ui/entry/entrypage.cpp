#include "entrypage.h"

#include "entry/entrydatabase.h"
#include "entry/entrysession.h"
#include "entryform.h"
#include "workspace/workspace.h"

#include <QVBoxLayout>

namespace flowdesk {

EntryPage::EntryPage(QWidget *parent) : QWidget(parent) {}

EntryPage::~EntryPage()
{
    delete m_form; // before the session it borrows
}

EntryPage *EntryPage::open(const Workspace &workspace, qint64 interviewId, const QString &enumerator, QString *error,
                           QWidget *parent)
{
    const Questionnaire *questionnaire = workspace.questionnaire();
    if (!questionnaire) {
        if (error)
            *error = tr("The database holds no questionnaire to enter interviews with.");
        return nullptr;
    }
    const qint64 questionnaireId = workspace.storedQuestionnaire().id;
    auto db = EntryDatabase::open(workspace.path(), questionnaireId, *questionnaire, error);
    if (!db)
        return nullptr;
    Interview interview;
    if (interviewId == 0) {
        interview = EntrySession::newInterview(*questionnaire, questionnaireId, enumerator);
    } else {
        auto loaded = db->load(interviewId);
        if (!loaded) {
            if (error)
                *error = tr("Interview %1 is not in this database (or was entered with another questionnaire version).")
                             .arg(interviewId);
            return nullptr;
        }
        interview = std::move(*loaded);
    }
    auto *page = new EntryPage(parent);
    page->m_db = std::move(db);
    page->m_session = std::make_unique<EntrySession>(*questionnaire, std::move(interview), page->m_db->storage());
    page->m_form = new EntryForm(*page->m_session, page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(page->m_form);
    connect(page->m_form, &EntryForm::completed, page, &EntryPage::completed);
    return page;
}

QString EntryPage::title() const
{
    const qint64 id = m_session->interview().id;
    return id == 0 ? tr("New interview") : tr("Interview %1").arg(id);
}

} // namespace flowdesk
