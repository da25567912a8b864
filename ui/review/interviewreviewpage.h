#pragma once

#include "accounts/session.h"
#include "answersheetview.h"
#include "workflow/qualityflags.h"

#include <QWidget>

#include <array>
#include <memory>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;

namespace flowdesk {

class CommentThread;
class Database;
class HistoryView;
class ParadataView;
class InterviewWorkflow;
class Questionnaire;

// Reviewing one interview: its answers by section in the chosen language (irrelevant questions left out), errors,
// warnings and accepted warnings' reasons, data-quality flags with their explanation, comment threads on any
// question and on the interview, its audit history, and Approve / Reject (a reason required) from the keyboard:
// Alt+A or Ctrl+Enter approves, Alt+R rejects, Alt+N / Alt+P move on, Esc goes back to the list. Approve and
// Reject show only to accounts the model lets decide, and go through InterviewWorkflow, which checks again.
// Borrows the database, workflow and questionnaire.
class InterviewReviewPage : public QWidget
{
    Q_OBJECT

public:
    InterviewReviewPage(Database &database, const Session &session, InterviewWorkflow &workflow,
                        const Questionnaire &questionnaire, QWidget *parent = nullptr);
    ~InterviewReviewPage() override;

    // Shows the interview; false (with the reason in the page's message) when the session may not see it.
    bool open(qint64 interviewId);
    qint64 interviewId() const { return m_interview; }
    void setLanguage(int language);

    AnswerSheetView *answers() const { return m_answers; }
    CommentThread *comments() const { return m_comments; }
    HistoryView *history() const { return m_history; }
    ParadataView *paradata() const { return m_paradata; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *filterButton(AnswerSheetView::Filter filter) const { return m_filters[size_t(filter)]; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *statusChip() const { return m_status; }
    QComboBox *languageBox() const { return m_language; }
    QWidget *flagsBar() const { return m_flagsBar; }

signals:
    void backRequested();
    // The interview was approved or rejected: the list moves on to the next one.
    void decided(qint64 interviewId);
    void nextRequested(qint64 current);
    void previousRequested(qint64 current);
    // A comment was posted or hidden (the list's counts change).
    void changed();

private:
    void reload();
    void approve();
    void reject();
    void updateFilterCounts();
    void followSelection();
    void showFlags(const std::vector<QualityFlag> &flags);
    QHash<QPair<int, QString>, int> commentCounts() const;

    Database &m_db;
    Session m_session;
    InterviewWorkflow &m_workflow;
    const Questionnaire &m_q;
    std::unique_ptr<QualityFlags> m_quality;
    qint64 m_interview = 0;
    qint64 m_version = 0;
    int m_languageIndex = 0;
    QHash<int, QString> m_flagged;

    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_meta;
    QWidget *m_flagsBar;
    QHBoxLayout *m_flagsLayout;
    QComboBox *m_language;
    std::array<QPushButton *, AnswerSheetView::kFilterCount> m_filters{};
    AnswerSheetView *m_answers;
    QTabWidget *m_side;
    CommentThread *m_comments;
    HistoryView *m_history;
    ParadataView *m_paradata;
    QLabel *m_message;
    QPushButton *m_approve;
    QPushButton *m_reject;
};

} // namespace flowdesk
