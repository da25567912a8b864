#include "mainwindow.h"

#include "caselist/caselistrefresh.h"
#include "common/applanguage.h"
#include "backupschedule.h"
#include "entry/entryform.h"
#include "entry/entrypage.h"
#include "interviewlistmodel.h"
#include "interviewspage.h"
#include "questionnairepanel.h"
#include "store/backup.h"
#include "store/restore.h"
#include "login/login.h"
#include "home/enumeratorhome.h"
#include <QPushButton>
#include "paradata/keyingstatisticspage.h"
#include "reports/reportspage.h"
#include "profile/profilepage.h"
#include "review/reviewdesk.h"
#include "accounts/permissions.h"
#include "accounts/role.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>

#include <utility>

namespace flowdesk {

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent)
    : QMainWindow(parent), m_pages(new QTabWidget(this)), m_statusDatabase(new QLabel(this)),
      m_backups(new BackupSchedule(this))
{
    connect(m_backups, &BackupSchedule::started, this,
            [this] { statusBar()->showMessage(tr("Backing up the database…")); });
    connect(m_backups, &BackupSchedule::finished, this, &MainWindow::backupFinished);
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
    QAction *newInterview = file->addAction(tr("&New Interview"), this, [this] { openEntry(0); });
    newInterview->setShortcut(QKeySequence::New);
    file->addSeparator();
    file->addAction(tr("&Back Up Now…"), this, &MainWindow::backUpNow)->setObjectName(QStringLiteral("backUpNow"));
    file->addAction(tr("&Restore from Backup…"), this, &MainWindow::restoreFromBackup)
        ->setObjectName(QStringLiteral("restoreFromBackup"));
    file->addSeparator();
    m_exportBatch = file->addAction(tr("&Export Batch…"), this, &MainWindow::exportBatch);
    m_exportBatch->setObjectName(QStringLiteral("exportBatch"));
    m_importBatch = file->addAction(tr("&Import Batch…"), this, &MainWindow::importBatch);
    m_importBatch->setObjectName(QStringLiteral("importBatch"));
    m_reviewConflicts = file->addAction(tr("Import &Conflicts…"), this, &MainWindow::reviewConflicts);
    m_reviewConflicts->setObjectName(QStringLiteral("reviewConflicts"));
    updateBatchActions();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_questionnaireDock->toggleViewAction());
    addLanguageMenu(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About FlowDesk"), this, &MainWindow::showAbout);
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    // Views first: they borrow the workspace's store and questionnaire.
    m_pages->clear();
    deletePages();
    m_session.reset();
    m_statusAccount->clear();
    updateBatchActions();
    delete m_questionnairePanel;
    m_questionnairePanel = nullptr;
    m_workspace = std::move(workspace);
    if (m_workspace)
        m_databasePath = m_workspace->path();
    rebuild();
    m_backups->setDatabase(m_workspace ? m_workspace->path() : QString());
    // After the window is up: a message box from the constructor would come before the window it is about.
    QTimer::singleShot(0, this, &MainWindow::reportState);
}

std::unique_ptr<Workspace> MainWindow::openWorkspace(const QString &path, QWidget *parent, QString *error)
{
    const QFileInfo info(path);
    OpenMode mode = OpenMode::ReadWrite;
    if (info.isFile() && info.size() == 0) {
        const auto answer = QMessageBox::question(
            parent, tr("Empty file"),
            tr("%1 is an empty file, not a FlowDesk database.\n\nCreate a new, empty FlowDesk database in it?")
                .arg(QDir::toNativeSeparators(path)));
        if (answer != QMessageBox::Yes) {
            error->clear();
            return nullptr;
        }
        mode = OpenMode::Create;
    }
    return Workspace::open(path, mode, error);
}

void MainWindow::showOpenFailure(const QString &path, const QString &error)
{
    setWorkspace(nullptr);
    m_databasePath = path;
    statusBar()->showMessage(error);
    QMessageBox::critical(this, tr("Cannot open database"), error);
}

void MainWindow::reportState()
{
    if (!m_workspace)
        return;
    const Database &db = m_workspace->database();
    const QString state = !db.damage().isEmpty() ? db.damage() : db.readOnlyReason();
    if (state.isEmpty() || state == m_reportedState)
        return;
    m_reportedState = state;
    statusBar()->showMessage(state);
    if (!db.damage().isEmpty())
        QMessageBox::critical(this, tr("Damaged database"), state);
    else
        QMessageBox::information(this, tr("Read-only database"), state);
}

void MainWindow::backUpNow()
{
    if (!m_workspace)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Back Up to Folder"), m_backups->folder());
    if (folder.isEmpty())
        return;
    m_backupAskedFor = m_backups->backUpNow(folder);
    if (!m_backupAskedFor)
        QMessageBox::information(this, tr("Back Up"), tr("A backup is already running; try again when it is done."));
}

namespace {

// A status message fits the room left of the permanent labels, cut in the middle ("…"), with a gap before them:
// QStatusBar clips a long one at the account label, which then reads as one run of text with it.
QString fittedStatus(QStatusBar *bar, const QString &text, const std::initializer_list<QWidget *> &permanent)
{
    int room = bar->width() - 48;
    for (QWidget *w : permanent)
        room -= w->isVisible() ? w->width() : 0;
    return bar->fontMetrics().elidedText(text, Qt::ElideMiddle, std::max(room, 120));
}

} // namespace

void MainWindow::backupFinished(const QString &backupPath, const QString &error)
{
    if (!backupPath.isEmpty()) {
        m_backupAskedFor = false;
        statusBar()->showMessage(fittedStatus(statusBar(),
                                              tr("Backed up to %1").arg(QDir::toNativeSeparators(backupPath)),
                                              {m_statusAccount, m_statusDatabase}),
                                 10000);
        return;
    }
    statusBar()->showMessage(tr("Backup failed: %1").arg(error));
    // A damaged file is the news that matters: the backup thread's read found it (and writes now stop). A
    // scheduled backup's other failures stay in the status bar; the one asked for gets an answer.
    if (error.contains(QLatin1String("is damaged or truncated")))
        reportState();
    else if (std::exchange(m_backupAskedFor, false))
        QMessageBox::warning(this, tr("Backup failed"), error);
}

void MainWindow::restoreFromBackup()
{
    if (m_databasePath.isEmpty())
        return;
    if (m_backups->isRunning()) {
        QMessageBox::information(this, tr("Restore"), tr("A backup is running; try again when it is done."));
        return;
    }
    const QString path = m_databasePath;
    const QString backup = QFileDialog::getOpenFileName(this, tr("Restore from Backup"), BackupSchedule::folderFor(path),
                                                        tr("FlowDesk backups (*.flowdesk);;All files (*)"));
    if (backup.isEmpty())
        return;
    const QString problem = Restore::problemWith(backup);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot restore"), problem);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Restore from Backup"),
        tr("Replace %1 with the backup %2?\n\nThe current file is kept beside it, renamed to %3.replaced-<time>.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup), QFileInfo(path).fileName()));
    if (answer != QMessageBox::Yes)
        return;
    setWorkspace(nullptr); // the database must be closed to be replaced
    QString aside, error;
    const bool restored = Restore::run(backup, path, &aside, &error);
    QString openError;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, OpenMode::ReadWrite, &openError);
    setWorkspace(std::move(workspace));
    if (!restored)
        QMessageBox::warning(this, tr("Cannot restore"), tr("%1\nNothing was changed.").arg(error));
    else if (!m_workspace)
        QMessageBox::warning(this, tr("Cannot open the restored database"), openError);
    else
        statusBar()->showMessage(tr("Restored from %1; the replaced file is %2")
                                     .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(aside)));
}

// The pages borrow the workspace's store and questionnaire: they go before either, and before a rebuild in another
// language.
void MainWindow::deletePages()
{
    delete m_interviewsPage;
    m_interviewsPage = nullptr;
    delete m_reviewDesk;
    m_reviewDesk = nullptr;
    delete m_reportsPage;
    m_reportsPage = nullptr;
    delete m_profilePage;
    m_profilePage = nullptr;
    delete m_keyingStatisticsPage;
    m_keyingStatisticsPage = nullptr;
    delete m_home;
    m_home = nullptr;
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
        // The file's name; its full path in the tooltip (a long path left no room for messages).
        m_statusDatabase->setText(form.isEmpty() ? file : tr("%1 · %2").arg(form, file));
        m_statusDatabase->setToolTip(QDir::toNativeSeparators(m_workspace->path()));
        statusBar()->showMessage(m_interviewsPage->summaryText());
    }
    setWindowTitle(title);
    applyQuestionnaireLanguage();
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), QString(),
                                                      tr("FlowDesk databases (*.flowdesk *.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    std::unique_ptr<Workspace> workspace = openWorkspace(path, this, &error);
    if (!workspace) {
        // A damaged file replaces what is shown, so that it can be restored from its backups.
        if (error.contains(QLatin1String("is damaged or truncated")))
            showOpenFailure(path, error);
        else if (!error.isEmpty())
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
    // A database from before the case list shows 0 errors and warnings until its rows are worked out.
    if (!m_workspace->database().isReadOnly())
        refreshCaseListWithProgress(*m_workspace->workflow(), this);
    delete m_reviewDesk;
    delete m_reportsPage;
    m_reportsPage = nullptr;
    delete m_keyingStatisticsPage;
    m_keyingStatisticsPage = nullptr;
    delete m_home;
    m_home = nullptr;
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
        delete m_profilePage;
        m_profilePage = new ProfilePage(m_workspace->database(), session, *m_workspace->questionnaire(),
                                        m_workspace->storedQuestionnaire().id, m_pages);
        m_pages->insertTab(2, m_profilePage, tr("Pro&file"));
        connect(m_questionnairePanel, &QuestionnairePanel::languageChanged, m_profilePage, &ProfilePage::setLanguage);
        m_keyingStatisticsPage = new KeyingStatisticsPage(m_workspace->database(), session, m_pages);
        m_pages->insertTab(3, m_keyingStatisticsPage, tr("&Keying statistics"));
    }
    m_pages->setCurrentWidget(m_reviewDesk);
    // Enumerators start from their home (new interview, drafts, rejected ones); the others from the case list.
    if (session.role() == Role::Enumerator) {
        m_home = new EnumeratorHome(m_workspace->database(), session, *m_workspace->workflow(), m_pages);
        m_pages->insertTab(0, m_home, tr("&Home"));
        m_pages->setCurrentWidget(m_home);
        connect(m_home, &EnumeratorHome::newInterview, this, [this] { openEntry(0); });
        connect(m_home, &EnumeratorHome::openInterview, this, &MainWindow::openEntry);
        m_home->newButton()->setFocus();
    }
    // The review screens need the room; the questionnaire stays a click away in the View menu.
    m_questionnaireDock->hide();
    connect(m_questionnairePanel, &QuestionnairePanel::languageChanged, m_reviewDesk, &ReviewDesk::setLanguage);
    m_statusAccount->setText(tr("%1 (%2)").arg(
        session.displayName().isEmpty() ? session.name() : session.displayName(), roleTitle(session.role())));
    updateBatchActions();
    applyQuestionnaireLanguage();
}

void MainWindow::openEntry(qint64 interviewId)
{
    if (!m_workspace)
        return;
    QString error;
    if (!m_session) {
        QMessageBox::warning(this, tr("Cannot open the interview"), tr("Log in to the database to key interviews."));
        return;
    }
    EntryPage *page = EntryPage::open(*m_workspace, interviewId, *m_session, &error, m_pages);
    if (!page) {
        QMessageBox::warning(this, tr("Cannot open the interview"), error);
        return;
    }
    m_pages->setCurrentIndex(m_pages->addTab(page, page->title()));
    if (const int language = m_workspace->questionnaire()->languageIndex(applanguage::current());
        language >= 0)
        page->form()->setLanguage(language);
    page->form()->setFocus();
    connect(page, &EntryPage::completed, this, [this, page] {
        // The list on show is the case list once someone has logged in; the plain list only before.
        if (m_home)
            m_home->refresh();
        if (m_reviewDesk)
            m_reviewDesk->showList();
        else
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
