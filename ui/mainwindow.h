#pragma once

#include <QMainWindow>

#include <memory>

class QTabWidget;
class QLabel;
class QDockWidget;

namespace flowdesk {

class InterviewsPage;
class QuestionnairePanel;
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

private:
    void createActions();
    void rebuild();
    void openDatabase();
    void showAbout();
    // Opens interview `interviewId` (0: a new one) for entry in a tab of its own.
    void openEntry(qint64 interviewId);

    std::unique_ptr<Workspace> m_workspace;
    QTabWidget *m_pages = nullptr;
    QuestionnairePanel *m_questionnairePanel = nullptr;
    InterviewsPage *m_interviewsPage = nullptr;
    QDockWidget *m_questionnaireDock = nullptr;
    QLabel *m_statusDatabase = nullptr;
};

} // namespace flowdesk
