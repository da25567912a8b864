#include "mainwindow.h"

#include "entry/entryform.h"
#include "entry/entrypage.h"
#include "interviewlistmodel.h"
#include "interviewspage.h"
#include "questionnairepanel.h"
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
#include <QTableView>
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
    QAction *newInterview = file->addAction(tr("&New Interview"), this, [this] { openEntry(0); });
    newInterview->setShortcut(QKeySequence::New);
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
    // A draft or a rejected interview opens for entry where keying stopped.
    connect(m_interviewsPage->table(), &QTableView::activated, this, [this](const QModelIndex &index) {
        const InterviewSummary *summary = m_interviewsPage->model()->summary(index.row());
        if (summary && (summary->status == InterviewStatus::Draft || summary->status == InterviewStatus::Rejected))
            openEntry(summary->id);
    });

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
    setWorkspace(std::move(workspace));
}

void MainWindow::openEntry(qint64 interviewId)
{
    if (!m_workspace)
        return;
    QString error;
    EntryPage *page = EntryPage::open(*m_workspace, interviewId, qEnvironmentVariable("USER"), &error, m_pages);
    if (!page) {
        QMessageBox::warning(this, tr("Cannot open the interview"), error);
        return;
    }
    m_pages->setCurrentIndex(m_pages->addTab(page, page->title()));
    page->form()->setFocus();
    connect(page, &EntryPage::completed, this, [this, page] {
        m_interviewsPage->model()->reload();
        m_pages->removeTab(m_pages->indexOf(page));
        page->deleteLater();
    });
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About FlowDesk"),
                       tr("<p><b>FlowDesk</b> %1</p><p>Offline entry, review and export of Flow Monitoring Surveys "
                          "written as XLSForms.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace flowdesk
