#include "mainwindow.h"

#include "interviewspage.h"
#include "questionnairepanel.h"
#include "login/login.h"
#include "reports/reportspage.h"
#include "review/reviewdesk.h"
#include "accounts/permissions.h"
#include "accounts/role.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace flowdesk {

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent)
    : QMainWindow(parent), m_pages(new QTabWidget(this)), m_statusDatabase(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    setCentralWidget(m_pages);

    m_questionnaireDock = new QDockWidget(tr("Questionnaire"), this);
    m_questionnaireDock->setObjectName(QStringLiteral("questionnaireDock"));
    m_questionnaireDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_questionnaireDock);

    m_statusAccount = new QLabel(this);
    m_statusAccount->setObjectName(QStringLiteral("statusAccount"));
    statusBar()->addPermanentWidget(m_statusAccount);
    statusBar()->addPermanentWidget(m_statusDatabase);
    createActions();
    resize(1280, 800);
    setWorkspace(std::move(workspace));
    resizeDocks({m_questionnaireDock}, {480}, Qt::Horizontal);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_questionnaireDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About FlowDesk"), this, &MainWindow::showAbout);
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    // Views first: they borrow the workspace's store and questionnaire.
    m_pages->clear();
    delete m_interviewsPage;
    m_interviewsPage = nullptr;
    delete m_reviewDesk;
    m_reviewDesk = nullptr;
    delete m_reportsPage;
    m_reportsPage = nullptr;
    m_session.reset();
    m_statusAccount->clear();
    delete m_questionnairePanel;
    m_questionnairePanel = nullptr;
    m_workspace = std::move(workspace);
    rebuild();
}

void MainWindow::rebuild()
{
    const Questionnaire *questionnaire = m_workspace ? m_workspace->questionnaire() : nullptr;
    m_questionnairePanel = new QuestionnairePanel(questionnaire, m_questionnaireDock);
    m_questionnaireDock->setWidget(m_questionnairePanel);
    m_interviewsPage = new InterviewsPage(m_workspace ? m_workspace->interviews() : nullptr, m_pages);
    m_pages->addTab(m_interviewsPage, tr("&Interviews"));

    QString title = QStringLiteral("FlowDesk");
    if (m_workspace) {
        const QString file = QFileInfo(m_workspace->path()).fileName();
        title = QStringLiteral("%1 — FlowDesk").arg(file);
        QString form;
        if (questionnaire) {
            form = tr("%1 (version %2)").arg(questionnaire->title, questionnaire->version);
        }
        m_statusDatabase->setText(form.isEmpty() ? m_workspace->path()
                                                 : QStringLiteral("%1 · %2").arg(form, m_workspace->path()));
        statusBar()->showMessage(m_interviewsPage->summaryText());
    }
    setWindowTitle(title);
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), QString(),
                                                      tr("FlowDesk databases (*.flowdesk *.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, &error);
    if (!workspace) {
        QMessageBox::warning(this, tr("Cannot open database"), error);
        return;
    }
    // Each database has its own accounts: whoever opens it logs in to it.
    const std::optional<Session> session = logIn(workspace->database(), this);
    if (!session)
        return;
    setWorkspace(std::move(workspace));
    setSession(*session);
}

void MainWindow::setSession(const Session &session)
{
    if (!m_workspace || !m_workspace->workflow() || !m_workspace->questionnaire())
        return;
    m_session = session;
    delete m_reviewDesk;
    delete m_reportsPage;
    m_reportsPage = nullptr;
    m_reviewDesk = new ReviewDesk(m_workspace->database(), session, *m_workspace->workflow(),
                                  *m_workspace->questionnaire(), m_pages);
    // The plain list shows every interview to everyone; the case list asks the model who may see what.
    if (m_interviewsPage) {
        m_pages->removeTab(m_pages->indexOf(m_interviewsPage));
        m_interviewsPage->hide();
    }
    m_pages->insertTab(0, m_reviewDesk, tr("&Interviews"));
    if (permits(session, Action::ViewReports, nullptr)) {
        m_reportsPage = new ReportsPage(m_workspace->database(), session, m_pages);
        m_pages->insertTab(1, m_reportsPage, tr("&Reports"));
    }
    m_pages->setCurrentWidget(m_reviewDesk);
    // The review screens need the room; the questionnaire stays a click away in the View menu.
    m_questionnaireDock->hide();
    connect(m_questionnairePanel, &QuestionnairePanel::languageChanged, m_reviewDesk, &ReviewDesk::setLanguage);
    m_statusAccount->setText(tr("%1 (%2)").arg(session.displayName().isEmpty() ? session.name() : session.displayName(),
                                               roleName(session.role())));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About FlowDesk"),
                       tr("<p><b>FlowDesk</b> %1</p><p>Offline entry, review and export of Flow Monitoring Surveys "
                          "written as XLSForms.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace flowdesk
