#pragma once

#include "accounts/session.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QTabWidget;
class QLabel;
class QDockWidget;
class QMenu;

namespace flowdesk {

class BackupSchedule;
class InterviewsPage;
class QuestionnairePanel;
class ReportsPage;
class ProfilePage;
class ReviewDesk;
class Workspace;

// The main window: the questionnaire in a dock on the left, the work pages in the centre (the case list now;
// entry, review, export and charts join as tabs), the database and its counts in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    QuestionnairePanel *questionnairePanel() const { return m_questionnairePanel; }
    InterviewsPage *interviewsPage() const { return m_interviewsPage; }
    QTabWidget *pages() const { return m_pages; }

    // Replaces what the window shows with another database.
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    // Who uses the window: the case list and the review screens (and, where the model allows, the reports) act as
    // this account and replace the plain interview list. Set it after the workspace, again after each change.
    void setSession(const Session &session);
    ReviewDesk *reviewDesk() const { return m_reviewDesk; }
    ReportsPage *reportsPage() const { return m_reportsPage; }
    ProfilePage *profilePage() const { return m_profilePage; }

    // Opens a database for the window: an existing empty file becomes a database only after the user agrees
    // (nullptr with an empty `error` when they do not); a read-only file or folder opens read-only.
    static std::unique_ptr<Workspace> openWorkspace(const QString &path, QWidget *parent, QString *error);

    BackupSchedule *backups() const { return m_backups; }

    // For a database that could not be opened (damaged, say): the window stays, empty, with the error shown,
    // so File > Restore from Backup... can bring `path` back.
    void showOpenFailure(const QString &path, const QString &error);

protected:
    // Another application language (mainwindow_language.cpp): the window is rebuilt in it, what was open
    // kept.
    void changeEvent(QEvent *event) override;

private:
    // Application language (mainwindow_language.cpp): View > Language, the rebuild, the questionnaire's
    // labels.
    void addLanguageMenu(QMenu *view);
    void retranslate();
    void applyQuestionnaireLanguage();
    // The role as the status bar shows it, in the application's language ("enumerator", "enquêteur").
    static QString roleTitle(Role role);

    void createActions();
    void rebuild();
    void deletePages();
    void openDatabase();
    void backUpNow();
    void restoreFromBackup();
    void backupFinished(const QString &backupPath, const QString &error);
    // Warns once per database when it is read-only or a read found it damaged.
    void reportState();
    void showAbout();
    // Opens interview `interviewId` (0: a new one) for entry in a tab of its own.
    void openEntry(qint64 interviewId);
    // Batches (issue 10; mainwindow_batch.cpp): File > Export Batch..., Import Batch..., Import Conflicts...
    void exportBatch();
    void importBatch();
    void reviewConflicts();
    void updateBatchActions();
    void refreshAfterBatch(); // the lists on show, after an export or import changed interviews
    QAction *m_exportBatch = nullptr;
    QAction *m_importBatch = nullptr;
    QAction *m_reviewConflicts = nullptr;

    std::unique_ptr<Workspace> m_workspace;
    QTabWidget *m_pages = nullptr;
    QuestionnairePanel *m_questionnairePanel = nullptr;
    InterviewsPage *m_interviewsPage = nullptr;
    std::optional<Session> m_session;
    ReviewDesk *m_reviewDesk = nullptr;
    ReportsPage *m_reportsPage = nullptr;
    ProfilePage *m_profilePage = nullptr; // issue 11
    QWidget *m_keyingStatisticsPage = nullptr;
    class EnumeratorHome *m_home = nullptr;
    QLabel *m_statusAccount = nullptr;
    QDockWidget *m_questionnaireDock = nullptr;
    QLabel *m_statusDatabase = nullptr;
    BackupSchedule *m_backups = nullptr;
    QString m_reportedState;
    QString m_databasePath; // the database shown, or the one that failed to open

    bool m_backupAskedFor = false;
};

} // namespace flowdesk
