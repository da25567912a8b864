#include "reviewdesk.h"

#include "caselist/caselistpage.h"
#include "interviewreviewpage.h"

#include <QTableView>

namespace flowdesk {

ReviewDesk::ReviewDesk(Database &database, const Session &session, InterviewWorkflow &workflow,
                       const Questionnaire &questionnaire, QWidget *parent)
    : QStackedWidget(parent), m_list(new CaseListPage(database, session, workflow, questionnaire, this)),
      m_review(new InterviewReviewPage(database, session, workflow, questionnaire, this))
{
    setObjectName(QStringLiteral("reviewDesk"));
    addWidget(m_list);
    addWidget(m_review);
    connect(m_list, &CaseListPage::openRequested, this, &ReviewDesk::openInterview);
    connect(m_review, &InterviewReviewPage::backRequested, this, &ReviewDesk::showList);
    connect(m_review, &InterviewReviewPage::decided, this,
            [this](qint64 id) { moveTo(m_list->nextInterview(id)); });
    connect(m_review, &InterviewReviewPage::nextRequested, this,
            [this](qint64 id) { moveTo(m_list->nextInterview(id)); });
    connect(m_review, &InterviewReviewPage::previousRequested, this,
            [this](qint64 id) { moveTo(m_list->previousInterview(id)); });
    connect(m_review, &InterviewReviewPage::changed, m_list, &CaseListPage::refresh);
}

void ReviewDesk::openInterview(qint64 interviewId)
{
    m_review->open(interviewId);
    setCurrentWidget(m_review);
}

void ReviewDesk::moveTo(qint64 interviewId)
{
    if (interviewId)
        openInterview(interviewId);
    else
        showList();
}

void ReviewDesk::showList()
{
    m_list->refresh();
    setCurrentWidget(m_list);
    m_list->table()->setFocus();
}

void ReviewDesk::setLanguage(int language)
{
    m_list->setLanguage(language);
    m_review->setLanguage(language);
}

} // namespace flowdesk
