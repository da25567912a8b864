// The main window in the application's language: View > Language, and the window built again when it changes.
//
// Screens set their texts as they are built. Rather than a retranslate function in each of them (every screen
// edited, and each new text a chance to forget one), the window builds its pages again in the new language
// and puts back what was open: the current page, the interview under review, and the interview being keyed
// (its tab is kept; EntryPage rebuilds its own form at the same question, answers being saved per field).
#include "mainwindow.h"

#include "common/applanguage.h"
#include "entry/entryform.h"
#include "entry/entrypage.h"
#include "home/enumeratorhome.h"
#include "interviewspage.h"
#include "profile/profilepage.h"
#include "questionnairepanel.h"
#include "reports/reportspage.h"
#include "review/interviewreviewpage.h"
#include "review/reviewdesk.h"
#include "workspace/workspace.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

namespace flowdesk {

void MainWindow::addLanguageMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    for (const QString &code : applanguage::codes()) {
        QAction *action = menu->addAction(applanguage::nativeName(code));
        action->setObjectName(QStringLiteral("language_%1").arg(code));
        action->setCheckable(true);
        action->setChecked(code == applanguage::current());
        group->addAction(action);
        // Queued: the menu that sent the signal is rebuilt by the change.
        connect(
            action, &QAction::triggered, this, [code] { applanguage::choose(code); }, Qt::QueuedConnection);
    }
}

QString MainWindow::roleTitle(Role role)
{
    switch (role) {
    case Role::Enumerator:
        return tr("enumerator");
    case Role::Reviewer:
        return tr("reviewer");
    case Role::Supervisor:
        return tr("supervisor");
    case Role::Administrator:
        return tr("administrator");
    }
    return roleName(role);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    // The menus own their actions (the batch actions among them): they go, and come back in the new language.
    const QList<QMenu *> menus = menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    qDeleteAll(menus);
    createActions();
    m_questionnaireDock->setWindowTitle(tr("Questionnaire"));
    if (!m_workspace)
        return;

    // What is open, to put back.
    QWidget *current = m_pages->currentWidget();
    const int currentIndex = m_pages->currentIndex();
    QList<EntryPage *> entries;
    for (int i = 0; i < m_pages->count(); ++i)
        if (auto *entry = qobject_cast<EntryPage *>(m_pages->widget(i)))
            entries.append(entry);
    const qint64 reviewing = m_reviewDesk && m_reviewDesk->currentWidget() == m_reviewDesk->review()
                                 ? m_reviewDesk->review()->interviewId()
                                 : 0;
    const bool dockShown = m_questionnaireDock->isVisible();

    // The pages in the new language, as setWorkspace() and setSession() make them.
    m_pages->clear(); // takes the entry tabs out without deleting them
    deletePages();
    delete m_questionnairePanel;
    m_questionnairePanel = nullptr;
    rebuild();
    if (m_session)
        setSession(*m_session);
    m_questionnaireDock->setVisible(dockShown);

    for (EntryPage *entry : std::as_const(entries))
        m_pages->addTab(entry, entry->title());
    if (reviewing && m_reviewDesk)
        m_reviewDesk->openInterview(reviewing);
    if (entries.contains(current))
        m_pages->setCurrentWidget(current);
    else if (currentIndex >= 0 && currentIndex < m_pages->count())
        m_pages->setCurrentIndex(currentIndex);
    // The forms being keyed switch their labels too; each then rebuilds itself in the new language (EntryPage).
    const Questionnaire *questionnaire = m_workspace->questionnaire();
    const int language = questionnaire ? questionnaire->languageIndex(applanguage::current()) : -1;
    for (EntryPage *entry : std::as_const(entries)) {
        if (language >= 0)
            entry->form()->setLanguage(language);
    }
}

void MainWindow::applyQuestionnaireLanguage()
{
    const Questionnaire *questionnaire = m_workspace ? m_workspace->questionnaire() : nullptr;
    if (!questionnaire || !m_questionnairePanel)
        return;
    // "Arabic (ar)" for Arabic: the code in parentheses, else the name.
    const int language = questionnaire->languageIndex(applanguage::current());
    if (language < 0)
        return;
    m_questionnairePanel->languageBox()->setCurrentIndex(language);
    if (m_reviewDesk)
        m_reviewDesk->setLanguage(language);
    if (m_profilePage)
        m_profilePage->setLanguage(language);
    for (int i = 0; i < m_pages->count(); ++i)
        if (auto *entry = qobject_cast<EntryPage *>(m_pages->widget(i)))
            entry->form()->setLanguage(language);
}

} // namespace flowdesk
