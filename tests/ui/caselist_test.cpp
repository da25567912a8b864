#include "reviewfixture.h"

#include "caselist/casefilterpanel.h"
#include "caselist/caselistmodel.h"
#include "caselist/caselistpage.h"
#include "mainwindow.h"
#include "review/reviewdesk.h"
#include "store/casesummarystore.h"
#include "store/interviewstore.h"
#include "workspace/workspace.h"
#include "workflow/caselistquery.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace flowdesk;
using flowdesk::testing::ReviewFixture;

namespace {

class CaseListTest : public ReviewFixture
{
protected:
    std::unique_ptr<CaseListPage> page(const Session &session)
    {
        auto p = std::make_unique<CaseListPage>(*m_db, session, *m_workflow, questionnaire());
        showActive(*p);
        return p;
    }
};

} // namespace

TEST_F(CaseListTest, ModelPassesTheTesterAcrossBlocksSortsAndFilters)
{
    addInterviews(CaseListModel::kBlockSize + 30, 20);
    CaseListQuery query(*m_db, reviewer());
    CaseListModel model(query, &questionnaire(), m_workflow->caseListSpec());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int total = CaseListModel::kBlockSize + 50;
    ASSERT_EQ(model.rowCount(), total);
    // Every row readable, from the end backwards (the far end read in reverse) and then forwards.
    QSet<qint64> ids;
    for (int row = total - 1; row >= 0; --row)
        ids.insert(model.index(row, int(CaseColumn::Label)).data(CaseListModel::InterviewIdRole).toLongLong());
    EXPECT_EQ(ids.size(), total);
    // Sorted by id descending, the first row is the newest interview, the last the oldest.
    model.sort(int(CaseColumn::Date), Qt::AscendingOrder);
    const qint64 first = model.index(0, 0).data(CaseListModel::InterviewIdRole).toLongLong();
    const qint64 last = model.index(total - 1, 0).data(CaseListModel::InterviewIdRole).toLongLong();
    EXPECT_NE(first, last);
    model.sort(int(CaseColumn::Date), Qt::DescendingOrder);
    EXPECT_EQ(model.index(total - 1, 0).data(CaseListModel::InterviewIdRole).toLongLong(), first);
    EXPECT_EQ(model.index(0, int(CaseColumn::Status)).data(CaseListModel::StatusRole).toInt() >= 0, true);

    CaseFilter drafts;
    drafts.statuses = {InterviewStatus::Draft};
    model.setFilter(drafts);
    EXPECT_EQ(model.rowCount(), 20);
    EXPECT_EQ(model.index(5, int(CaseColumn::Status)).data().toString(), "Draft");
}

TEST_F(CaseListTest, FiltersNarrowTheListAndShowTheirCounts)
{
    addInterviews(6, 4);
    auto p = page(reviewer());
    QTableView *table = p->table();
    EXPECT_EQ(table->model()->rowCount(), 10);
    EXPECT_EQ(p->findChild<QLabel *>("caseTotal")->text(), "10 interviews");
    QCheckBox *completed = p->filters()->statusBox(InterviewStatus::Completed);
    EXPECT_EQ(completed->text(), "Completed  (6)");
    EXPECT_EQ(p->filters()->statusBox(InterviewStatus::Draft)->text(), "Draft  (4)");

    completed->setFocus();
    QTest::keyClick(completed, Qt::Key_Space);
    EXPECT_EQ(table->model()->rowCount(), 6);
    EXPECT_EQ(p->findChild<QLabel *>("caseTotal")->text(), "6 interviews");
    for (int row = 0; row < 6; ++row)
        EXPECT_EQ(table->model()->index(row, int(CaseColumn::Status)).data().toString(), "Completed");

    // The quick search: an enumerator's login narrows to nothing else; a word nobody has empties the list.
    QTest::keyClicks(p->filters()->searchEdit(), "nobody-has-this");
    QTest::keyClick(p->filters()->searchEdit(), Qt::Key_Return);
    EXPECT_EQ(table->model()->rowCount(), 0);
    p->filters()->searchEdit()->clear();
    QTest::keyClicks(p->filters()->searchEdit(), "enum1");
    QTest::keyClick(p->filters()->searchEdit(), Qt::Key_Return);
    EXPECT_EQ(table->model()->rowCount(), 6);

    QTest::keyClick(p->filters()->errorsBox(), Qt::Key_Space);
    EXPECT_EQ(table->model()->rowCount(), 0); // the interviews are valid
    p->filters()->clear();
    EXPECT_EQ(table->model()->rowCount(), 10);
}

TEST_F(CaseListTest, AnEnumeratorSeesOnlyTheirOwnInterviews)
{
    addInterviews(3, 2, 4);
    auto mine = page(otherEnumerator());
    EXPECT_EQ(mine->table()->model()->rowCount(), 4);
    for (int row = 0; row < 4; ++row)
        EXPECT_EQ(mine->table()->model()->index(row, int(CaseColumn::Enumerator)).data().toString(), "enum2");
    EXPECT_FALSE(mine->filters()->enumeratorBox()->isVisible());
    EXPECT_FALSE(mine->bulkApproveButton()->isVisible());
    // Searching for the other enumerator's interviews finds nothing.
    QTest::keyClicks(mine->filters()->searchEdit(), "enum1");
    QTest::keyClick(mine->filters()->searchEdit(), Qt::Key_Return);
    EXPECT_EQ(mine->table()->model()->rowCount(), 0);

    auto all = page(reviewer());
    EXPECT_EQ(all->table()->model()->rowCount(), 9);
}

TEST_F(CaseListTest, SupervisorApprovesTheSelectedInterviewsAtOnce)
{
    addInterviews(5, 2);
    auto p = page(supervisor());
    QTableView *table = p->table();
    QTest::keyClick(p->filters()->statusBox(InterviewStatus::Completed), Qt::Key_Space);
    ASSERT_EQ(table->model()->rowCount(), 5);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier); // select all
    ASSERT_TRUE(p->bulkApproveButton()->isVisible());
    ASSERT_TRUE(p->bulkApproveButton()->isEnabled());
    press(p.get(), Qt::Key_A, Qt::AltModifier);
    EXPECT_EQ(table->model()->rowCount(), 0); // none left completed
    EXPECT_TRUE(p->noticeLabel()->text().startsWith("Approved 5 of 5")) << p->noticeLabel()->text().toStdString();
    EXPECT_EQ(p->filters()->statusBox(InterviewStatus::Approved)->text(), "Approved  (5)");
}

TEST_F(CaseListTest, BulkApproveRefusesARowChangedSinceTheListShowedIt)
{
    addInterviews(3, 0);
    auto p = page(supervisor());
    QTableView *table = p->table();
    QTest::keyClick(p->filters()->statusBox(InterviewStatus::Completed), Qt::Key_Space);
    ASSERT_EQ(table->model()->rowCount(), 3);
    // Another window rejects one and its enumerator completes it again: completed once more, but not the
    // interview the supervisor saw in the list.
    const qint64 changed = table->model()->index(1, 0).data(CaseListModel::InterviewIdRole).toLongLong();
    QString error;
    auto copy = m_workflow->open(supervisor(), changed, &error);
    ASSERT_TRUE(copy) << error.toStdString();
    ASSERT_TRUE(m_workflow->reject(supervisor(), changed, copy->version, QStringLiteral("Check the age"), &error));
    ASSERT_TRUE(m_workflow->complete(enumerator(), changed, copy->version, &error)) << error.toStdString();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    press(p.get(), Qt::Key_A, Qt::AltModifier);
    const QString notice = p->noticeLabel()->text();
    EXPECT_TRUE(notice.startsWith("Approved 2 of 3")) << notice.toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("Interview %1 was changed by someone else").arg(changed)))
        << notice.toStdString();
    EXPECT_EQ(statusOf(changed), InterviewStatus::Completed);
    EXPECT_EQ(table->model()->rowCount(), 1); // the refused one is still waiting for review
}

TEST_F(CaseListTest, ReviewerCannotApproveInBulk)
{
    addInterviews(2, 0);
    auto p = page(reviewer());
    EXPECT_FALSE(p->bulkApproveButton()->isVisible());
    EXPECT_EQ(p->table()->selectionMode(), QAbstractItemView::SingleSelection);
}

TEST_F(CaseListTest, OpeningADatabaseWithOutOfDateRowsShowsTheirRealCounts)
{
    // Interviews written around the workflow, as FlowDesk did before the case list (a migrated database): their
    // rows are stale and say 0 errors until worked out.
    InterviewStore store(*m_db, shared().questionnaireId, questionnaire());
    std::vector<Interview> batch{shared().invalid, shared().invalid, shared().valid};
    for (Interview &interview : batch) {
        interview.enumerator = QStringLiteral("enum1");
        interview.status = InterviewStatus::Completed;
    }
    QString error;
    ASSERT_TRUE(store.insertMany(batch, &error)) << error.toStdString();
    ASSERT_EQ(CaseSummaryStore(m_db->connectionName()).staleCount(), 3);

    auto workspace = Workspace::open(m_path, OpenMode::ReadWrite, &error);
    ASSERT_TRUE(workspace) << error.toStdString();
    MainWindow window(std::move(workspace));
    window.setSession(supervisor());
    ASSERT_TRUE(window.reviewDesk());
    CaseListPage *list = window.reviewDesk()->caseList();
    EXPECT_EQ(list->filters()->errorsBox()->text(), "With e&rrors  (2)");
    EXPECT_EQ(CaseSummaryStore(m_db->connectionName()).staleCount(), 0);
    QTest::keyClick(list->filters()->errorsBox(), Qt::Key_Space);
    ASSERT_EQ(list->table()->model()->rowCount(), 2);
    EXPECT_NE(list->table()->model()->index(0, int(CaseColumn::Errors)).data().toString(), "");
}

TEST_F(CaseListTest, AChangeFromAnotherProcessShowsWithoutLosingTheSelection)
{
    addInterviews(4, 0);
    auto p = page(reviewer());
    QTableView *table = p->table();
    QTest::keyClick(p->filters()->statusBox(InterviewStatus::Completed), Qt::Key_Space);
    ASSERT_EQ(table->model()->rowCount(), 4);
    table->setFocus();
    table->selectRow(2);
    const qint64 selected = table->model()->index(2, 0).data(CaseListModel::InterviewIdRole).toLongLong();
    const qint64 other = table->model()->index(0, 0).data(CaseListModel::InterviewIdRole).toLongLong();

    // Another connection to the file (as another window or the CLI has) approves the first row's interview.
    QString error;
    auto elsewhere = Database::open(m_path, &error);
    ASSERT_TRUE(elsewhere) << error.toStdString();
    auto workflow = makeWorkflow(*elsewhere);
    auto copy = workflow->open(supervisor(), other, &error);
    ASSERT_TRUE(copy) << error.toStdString();
    ASSERT_TRUE(workflow->approve(supervisor(), other, copy->version, QString(), &error)) << error.toStdString();

    for (int waited = 0; waited < 4 * CaseListPage::kWatchMilliseconds && table->model()->rowCount() == 4; waited += 50)
        QTest::qWait(50);
    EXPECT_EQ(table->model()->rowCount(), 3);
    EXPECT_EQ(p->findChild<QLabel *>("caseTotal")->text(), "3 interviews");
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.front().data(CaseListModel::InterviewIdRole).toLongLong(), selected);
}
