#include "reviewfixture.h"

#include "caselist/caselistpage.h"
#include "review/commentthread.h"
#include "review/historyview.h"
#include "review/interviewreviewpage.h"
#include "review/reasondialog.h"
#include "review/reviewdesk.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace flowdesk;
using flowdesk::testing::ReviewFixture;

namespace {

class ReviewTest : public ReviewFixture
{
protected:
    std::unique_ptr<ReviewDesk> desk(const Session &session)
    {
        auto d = std::make_unique<ReviewDesk>(*m_db, session, *m_workflow, questionnaire());
        showActive(*d);
        return d;
    }
    // Opens the list's first row with the keyboard, as a reviewer would.
    void openFirst(ReviewDesk &d)
    {
        QTableView *table = d.caseList()->table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
    }
    qint64 rowId(ReviewDesk &d, int row)
    {
        return d.caseList()->table()->model()->index(row, 0).data(Qt::UserRole + 1).toLongLong();
    }
};

} // namespace

TEST_F(ReviewTest, ApproveFromTheKeyboardMovesToTheNextInterview)
{
    addInterviews(3, 0);
    auto d = desk(reviewer());
    const qint64 first = rowId(*d, 0), second = rowId(*d, 1);
    openFirst(*d);
    ASSERT_EQ(d->currentWidget(), d->review());
    EXPECT_EQ(d->review()->interviewId(), first);
    EXPECT_TRUE(d->review()->approveButton()->isEnabled());
    EXPECT_EQ(d->review()->statusChip()->text(), "Completed");

    press(d->review(), Qt::Key_A, Qt::AltModifier);
    EXPECT_EQ(statusOf(first), InterviewStatus::Approved);
    EXPECT_EQ(d->review()->interviewId(), second);

    QTest::keyClick(d->review()->answers(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(statusOf(second), InterviewStatus::Approved);
}

TEST_F(ReviewTest, RejectNeedsAReasonAndSendsTheInterviewBack)
{
    addInterviews(2, 0);
    auto d = desk(reviewer());
    const qint64 first = rowId(*d, 0);
    openFirst(*d);
    bool sawDialog = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<ReasonDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        sawDialog = true;
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return); // no reason: nothing happens
        EXPECT_TRUE(dialog->isVisible());
        QTest::keyClicks(dialog->reasonEdit(), "Age does not match the age group");
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
    });
    poll.start();
    press(d->review(), Qt::Key_R, Qt::AltModifier);
    EXPECT_TRUE(sawDialog);
    EXPECT_EQ(statusOf(first), InterviewStatus::Rejected);
    const auto history = m_workflow->history(supervisor(), first);
    ASSERT_FALSE(history.empty());
    EXPECT_EQ(history.back().reason, "Age does not match the age group");
    EXPECT_NE(d->review()->interviewId(), first);
}

TEST_F(ReviewTest, EnterPostsACommentOnTheSelectedQuestion)
{
    addInterviews(1, 0);
    auto d = desk(reviewer());
    const qint64 id = rowId(*d, 0);
    openFirst(*d);
    AnswerSheetView *answers = d->review()->answers();
    // Down to the first question.
    answers->setFocus();
    QTreeWidgetItem *question = nullptr;
    for (int i = 0; i < 10 && !question; ++i) {
        QTest::keyClick(answers, Qt::Key_Down);
        QTreeWidgetItem *current = answers->currentItem();
        if (current && current->data(0, AnswerSheetView::KindRole).toInt() == int(AnswerLine::Kind::Question))
            question = current;
    }
    ASSERT_TRUE(question);
    const int item = question->data(0, AnswerSheetView::ItemRole).toInt();
    CommentThread *thread = d->review()->comments();
    EXPECT_TRUE(thread->titleLabel()->text().contains(question->text(0)));
    QTest::keyClicks(thread->input(), "Please check this answer");
    QTest::keyClick(thread->input(), Qt::Key_Return);
    EXPECT_TRUE(thread->input()->text().isEmpty());
    const auto comments = m_workflow->comments(reviewer(), id, false);
    ASSERT_EQ(comments.size(), 1u);
    EXPECT_EQ(comments[0].item, item);
    EXPECT_EQ(comments[0].stored.text, "Please check this answer");
    ASSERT_GE(thread->list()->count(), 1);
    EXPECT_TRUE(thread->list()->item(0)->text().contains("Please check this answer"));
    EXPECT_TRUE(d->review()->filterButton(AnswerSheetView::Filter::Comments)->text().endsWith(" 1"));

    // Its author hides it; it stays in the database.
    thread->list()->setCurrentRow(0);
    ASSERT_TRUE(thread->hideButton()->isEnabled());
    QTest::keyClick(thread->hideButton(), Qt::Key_Space);
    EXPECT_TRUE(m_workflow->comments(reviewer(), id, false).empty());
    EXPECT_EQ(m_workflow->comments(reviewer(), id, true).size(), 1u);
}

TEST_F(ReviewTest, EnumeratorCannotDecideAndCannotOpenOthersInterviews)
{
    addInterviews(1, 0, 1);
    auto d = desk(enumerator());
    EXPECT_EQ(d->caseList()->table()->model()->rowCount(), 1);
    openFirst(*d);
    EXPECT_FALSE(d->review()->approveButton()->isVisible());
    EXPECT_FALSE(d->review()->rejectButton()->isVisible());
    // An interview of someone else, asked for directly, is refused with the model's message.
    auto others = desk(otherEnumerator());
    const qint64 theirs = rowId(*others, 0);
    EXPECT_FALSE(d->review()->open(theirs));
    EXPECT_TRUE(d->review()->messageLabel()->isVisible());
    EXPECT_EQ(d->review()->answers()->topLevelItemCount(), 0);
}

TEST_F(ReviewTest, AnswersShowBySectionWithCountsAndHistory)
{
    addInterviews(1, 0);
    auto d = desk(reviewer());
    openFirst(*d);
    AnswerSheetView *answers = d->review()->answers();
    EXPECT_GT(answers->topLevelItemCount(), 2);
    const auto counts = answers->counts();
    EXPECT_GT(counts[0], 10);
    EXPECT_EQ(counts[size_t(AnswerSheetView::Filter::Errors)], 0);
    press(d->review(), Qt::Key_6, Qt::AltModifier); // unanswered
    EXPECT_TRUE(d->review()->filterButton(AnswerSheetView::Filter::Unanswered)->isChecked());
    int visible = 0;
    for (QTreeWidgetItemIterator it(answers, QTreeWidgetItemIterator::NotHidden); *it; ++it)
        visible += (*it)->data(0, AnswerSheetView::KindRole).toInt() == int(AnswerLine::Kind::Question) ? 1 : 0;
    EXPECT_EQ(visible, counts[size_t(AnswerSheetView::Filter::Unanswered)]);
    // Created and completed: the history shows both.
    EXPECT_GE(d->review()->history()->topLevelItemCount(), 2);
}
