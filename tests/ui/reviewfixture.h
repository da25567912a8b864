#pragma once

// The UI tests of the review screens stand on the workflow tests' fixture (a database with one account per role,
// copied per test) and add: showing a widget as the active window, and interviews in each status.

#include "../model/workflowfixture.h"

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace flowdesk::testing {

class ReviewFixture : public WorkflowFixture
{
protected:
    const Questionnaire &questionnaire() { return *shared().form.questionnaire; }

    // Shown, exposed and active, so mnemonics and shortcuts reach it as they would a user's keys.
    static void showActive(QWidget &widget)
    {
        widget.resize(1280, 800);
        widget.show();
        widget.activateWindow();
        QApplication::setActiveWindow(&widget);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&widget));
        QCoreApplication::processEvents();
    }

    // A key that reaches a button through its mnemonic or shortcut: the button clicks after its short press
    // animation, so wait for it.
    static void press(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        QTest::keyClick(widget, key, modifiers);
        QTest::qWait(200);
    }

    // `completed` completed and `drafts` drafts keyed by enumerator(), `others` completed by otherEnumerator().
    void addInterviews(int completed, int drafts, int others = 0)
    {
        for (int i = 0; i < completed; ++i)
            this->completed();
        for (int i = 0; i < drafts; ++i)
            draft();
        QString error;
        for (int i = 0; i < others; ++i) {
            auto copy = m_workflow->create(otherEnumerator(), shared().valid, &error);
            ASSERT_TRUE(copy) << error.toStdString();
            ASSERT_TRUE(m_workflow->complete(otherEnumerator(), copy->interview.id, copy->version, &error))
                << error.toStdString();
        }
    }

    InterviewStatus statusOf(qint64 id)
    {
        QString error;
        auto copy = m_workflow->open(supervisor(), id, &error);
        EXPECT_TRUE(copy) << error.toStdString();
        return copy ? copy->interview.status : InterviewStatus::Draft;
    }
};

} // namespace flowdesk::testing
