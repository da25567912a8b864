#pragma once

#include "accounts/session.h"

#include <QStackedWidget>

namespace flowdesk {

class CaseListPage;
class Database;
class InterviewReviewPage;
class InterviewWorkflow;
class Questionnaire;

// The review workflow's screens in one place the main window hosts: the case list, and one interview opened
// from it; after Approve or Reject the next interview of the filtered list opens (the list when none is left).
class ReviewDesk : public QStackedWidget
{
    Q_OBJECT

public:
    ReviewDesk(Database &database, const Session &session, InterviewWorkflow &workflow,
               const Questionnaire &questionnaire, QWidget *parent = nullptr);

    CaseListPage *caseList() const { return m_list; }
    InterviewReviewPage *review() const { return m_review; }
    void openInterview(qint64 interviewId);
    void showList();
    void setLanguage(int language);

private:
    void moveTo(qint64 interviewId);

    CaseListPage *m_list;
    InterviewReviewPage *m_review;
};

} // namespace flowdesk
