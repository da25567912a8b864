// An enumerator's home: new interview, my drafts, my rejected interviews with the reviewer's reason, by keyboard.
#include "../model/entry_fixture.h"

#include "home/enumeratorhome.h"
#include "store/database.h"
#include "workflow/interviewworkflow.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace flowdesk;
using namespace flowdesk::testing;

TEST(EnumeratorHomeTest, ListsOnlyMyDraftsAndMyRejectedInterviewsWithTheReasonAndOpensThemWithEnter)
{
    QTemporaryDir dir;
    EntryFixture f;
    f.path = dir.filePath(QStringLiteral("home.flowdesk"));
    QString error;
    const auto report = DemoDatabase::fill(f.path, 400, 7, &error);
    ASSERT_TRUE(report) << error.toStdString();
    f.questionnaireId = report->questionnaireId;
    ASSERT_TRUE(f.open(&error)) << error.toStdString();
    InterviewWorkflow workflow(f.db->database(), f.questionnaireId, f.q(),
                               CaseListSpec::read(f.form.workbook, f.q()));

    EnumeratorHome home(f.db->database(), *f.session, workflow);
    home.resize(900, 640);
    home.show();
    QApplication::setActiveWindow(&home);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&home));
    ASSERT_GT(home.rejectedList()->count(), 0) << "the demo rejects some of every enumerator's interviews";
    for (QListWidget *list : {home.draftList(), home.rejectedList()}) {
        for (int r = 0; r < list->count(); ++r) {
            const qint64 id = list->item(r)->data(Qt::UserRole).toLongLong();
            const auto copy = workflow.open(*f.session, id, &error);
            ASSERT_TRUE(copy) << error.toStdString();
            EXPECT_EQ(copy->interview.enumerator, f.session->name());
            EXPECT_EQ(copy->interview.status,
                      list == home.draftList() ? InterviewStatus::Draft : InterviewStatus::Rejected);
        }
    }
    EXPECT_TRUE(home.rejectedList()->item(0)->text().contains("Sent back: ")) << "the reviewer's reason";

    // Keyboard: the button first, Tab to the drafts, Tab to the rejected ones, Enter opens.
    QSignalSpy opened(&home, &EnumeratorHome::openInterview);
    QSignalSpy started(&home, &EnumeratorHome::newInterview);
    home.newButton()->setFocus();
    QTest::keyClick(home.newButton(), Qt::Key_Space);
    EXPECT_EQ(started.count(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    if (home.draftList()->count() > 0) {
        EXPECT_EQ(QApplication::focusWidget(), home.draftList());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    EXPECT_EQ(QApplication::focusWidget(), home.rejectedList());
    QTest::keyClick(home.rejectedList(), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).toLongLong(), home.rejectedList()->item(0)->data(Qt::UserRole).toLongLong());

    QApplication::processEvents();
    EXPECT_TRUE(home.grab().save(QDir::tempPath() + QStringLiteral("/flowdesk-home-en.png")));
    home.setLayoutDirection(Qt::RightToLeft);
    QApplication::processEvents();
    EXPECT_TRUE(home.grab().save(QDir::tempPath() + QStringLiteral("/flowdesk-home-ar.png")));
}
