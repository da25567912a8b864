#include "entrypage.h"

#include "entry/entrydatabase.h"
#include "entry/entrymodes.h"
#include "entry/entrysession.h"
#include "entry/workflowentrystorage.h"
#include "entryform.h"
#include "paradata/paradatarecorder.h"
#include "store/database.h"
#include "store/paradatastore.h"
#include "workflow/interviewworkflow.h"
#include "workflow/officepolicy.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QVBoxLayout>

namespace flowdesk {

EntryPage::EntryPage(QWidget *parent) : QWidget(parent) {}

EntryPage::~EntryPage()
{
    delete m_form; // before the session it borrows
    // The time since the last saved answer (closing the tab without completing).
    if (m_db && m_session)
        m_db->storage().flushParadata(m_session->interview().id, nullptr);
}

EntryPage *EntryPage::open(const Workspace &workspace, qint64 interviewId, const Session &account, QString *error,
                           QWidget *parent)
{
    const Questionnaire *questionnaire = workspace.questionnaire();
    if (!questionnaire || !workspace.workflow()) {
        if (error)
            *error = tr("The database holds no questionnaire to enter interviews with.");
        return nullptr;
    }
    const qint64 questionnaireId = workspace.storedQuestionnaire().id;
    auto db = EntryDatabase::open(workspace.path(), questionnaireId, *questionnaire,
                                  workspace.workflow()->caseListSpec(), account, error);
    if (!db)
        return nullptr;
    Interview interview;
    if (interviewId == 0) {
        interview = EntrySession::newInterview(*questionnaire, questionnaireId, account.name());
    } else {
        auto loaded = db->load(interviewId, error);
        if (!loaded)
            return nullptr;
        interview = std::move(*loaded);
    }
    auto *page = new EntryPage(parent);
    page->m_db = std::move(db);
    page->m_recorder = std::make_unique<ParadataRecorder>();
    page->m_db->storage().setRecorder(page->m_recorder.get());
    page->m_session = std::make_unique<EntrySession>(*questionnaire, std::move(interview), page->m_db->storage());
    page->m_session->setMode(defaultEntryMode(*questionnaire, OfficePolicy::load(page->m_db->database())));
    if (interviewId != 0)
        page->m_session->restoreNotes(page->m_db->storage().notes(interviewId));
    page->m_form = new EntryForm(*page->m_session, page);
    page->m_form->setRecorder(page->m_recorder.get());
    if (interviewId != 0) {
        const QString stoppedAt = ParadataStore(page->m_db->database().connectionName()).lastPosition(interviewId);
        const int field = page->m_session->fieldIndex(FieldRef::fromKey(stoppedAt));
        page->m_form->goToField(field >= 0 ? field : page->m_session->resumeField());
    }
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

void EntryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_form)
        rebuildForm();
    QWidget::changeEvent(event);
}

void EntryPage::rebuildForm()
{
    // Answers are saved per field, so only the place and the questionnaire language need carrying over.
    const int field = m_form->currentField();
    const int language = m_form->languageBox()->currentIndex();
    const bool hadFocus = m_form->isAncestorOf(QApplication::focusWidget());
    EntryForm *old = m_form;
    m_form = new EntryForm(*m_session, this);
    m_form->setRecorder(m_recorder.get());
    if (language >= 0)
        m_form->setLanguage(language);
    if (field >= 0)
        m_form->goToField(field);
    layout()->replaceWidget(old, m_form);
    delete old;
    connect(m_form, &EntryForm::completed, this, &EntryPage::completed);
    if (hadFocus)
        m_form->setFocus();
}

} // namespace flowdesk
