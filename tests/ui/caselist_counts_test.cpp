// Issue 8: a text search over a big list shows its first rows at once and its counts when a worker thread has
// made them (the first search of a session took 0.47 s at a million, mostly counting). The rows shown first are
// exactly the list's first rows, and the counts that follow are the ones a plain count gives. The page lowers its
// "big list" size so a small demo database takes the same path.
#include "accounts/accounts.h"
#include "caselist/casefilterpanel.h"
#include "caselist/caselistmodel.h"
#include "caselist/caselistpage.h"
#include "demo/demodatabase.h"
#include "workflow/caselistquery.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace flowdesk;

namespace {

// `letters` of the newest label: three go through the search index, two are tested with LIKE on the newest rows.
void showsFirstRowsThenCounts(int letters)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.flowdesk"));
    QString error;
    ASSERT_TRUE(DemoDatabase::fill(path, 900, 17, &error)) << error.toStdString();
    auto workspace = Workspace::open(path, &error);
    ASSERT_TRUE(workspace) << error.toStdString();
    auto session = Accounts(workspace->database()).login("supervisor", "demo", &error);
    ASSERT_TRUE(session) << error.toStdString();

    CaseListPage page(workspace->database(), *session, *workspace->workflow(), *workspace->questionnaire());
    page.query().setLongCountRows(1);
    page.resize(1200, 800);
    page.show();
    CaseListModel *model = page.model();
    // A text most rows hold: the newest label's first characters (its year).
    const QString text = model->summary(0)->label.left(letters);
    CaseListQuery plain(workspace->database(), *session);
    CaseFilter filter;
    filter.questionnaireId = workspace->workflow()->questionnaireId();
    filter.text = text;
    plain.setSort(page.query().sort());
    plain.setFilter(filter);
    const CaseCounts expected = plain.counts();
    ASSERT_GT(expected.total, CaseListModel::kBlockSize) << "'" << text.toStdString() << "' matches too few rows";
    const std::vector<CaseSummary> firstRows = plain.page(std::nullopt, CaseListModel::kBlockSize);

    QTest::keyClicks(page.filters()->searchEdit(), text);
    QTest::keyClick(page.filters()->searchEdit(), Qt::Key_Return);
    // Before the worker answers: the first block, in the list's order, and no count yet.
    ASSERT_TRUE(model->countsPending());
    ASSERT_EQ(model->rowCount(), CaseListModel::kBlockSize);
    for (int r = 0; r < model->rowCount(); ++r)
        ASSERT_EQ(model->summary(r)->interviewId, firstRows[size_t(r)].interviewId) << "row " << r;
    auto *total = page.findChild<QLabel *>(QStringLiteral("caseTotal"));
    ASSERT_TRUE(total);
    EXPECT_EQ(total->text(), "Counting…");

    QTRY_VERIFY_WITH_TIMEOUT(!model->countsPending(), 10000);
    EXPECT_EQ(model->rowCount(), expected.total);
    EXPECT_EQ(total->text(), QStringLiteral("%1 interviews").arg(QLocale().toString(expected.total)));
    const CaseCounts &shown = page.query().counts();
    EXPECT_EQ(shown.byStatus, expected.byStatus);
    EXPECT_EQ(shown.withErrors, expected.withErrors);
    EXPECT_EQ(shown.withWarnings, expected.withWarnings);
    EXPECT_EQ(shown.withComments, expected.withComments);
    // The rows past the first block read as usual.
    const CaseSummary *last = model->summary(model->rowCount() - 1);
    ASSERT_TRUE(last);
    EXPECT_EQ(last->interviewId, plain.rowsAt(expected.total - 1, 1).front().interviewId);

    // A text that matches few rows counts at once, as before.
    QLineEdit *search = page.filters()->searchEdit();
    search->clear();
    QTest::keyClicks(search, "zzz-nothing");
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_FALSE(model->countsPending());
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_EQ(total->text(), "0 interviews");
}

} // namespace

TEST(CaseListCountsOnTheSide, ATextSearchShowsItsFirstRowsThenItsCounts)
{
    showsFirstRowsThenCounts(3);
}

TEST(CaseListCountsOnTheSide, ATwoLetterSearchShowsItsFirstRowsThenItsCounts)
{
    showsFirstRowsThenCounts(2);
}
