// Issue 11: the Profile screen. A filter change updates n (counted independently with SQL), the split control
// re-splits the charts, a reviewer cannot switch suppression off, and the PDF export stays protected.
#include "reviewfixture.h"

#include "profile/chartcard.h"
#include "profile/profilepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QDir>
#include <QFile>

using namespace flowdesk;
using flowdesk::testing::ReviewFixture;

namespace {

class ProfilePageTest : public ReviewFixture
{
protected:
    std::unique_ptr<ProfilePage> page(const Session &session)
    {
        auto p = std::make_unique<ProfilePage>(*m_db, session, questionnaire(), shared().questionnaireId);
        return p;
    }

    static bool waitComputed(ProfilePage &p)
    {
        QSignalSpy spy(&p, &ProfilePage::computed);
        return spy.wait(20000);
    }

    qint64 sqlCount(const QString &where)
    {
        QSqlQuery q(QSqlDatabase::database(m_db->connectionName()));
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM interviews i WHERE ") + where));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
};

} // namespace

TEST_F(ProfilePageTest, AFilterChangeUpdatesNAndTheChartsOffTheUiThread)
{
    addInterviews(12, 3);
    for (int i = 0; i < 8; ++i)
        approved();
    auto p = page(supervisor());
    p->resize(1280, 900);
    p->show();
    ASSERT_TRUE(waitComputed(*p));
    EXPECT_EQ(p->result().interviews, sqlCount(QStringLiteral("status = 'approved'")));
    EXPECT_EQ(p->result().interviews, 8);
    EXPECT_TRUE(p->summary()->text().contains(QStringLiteral("8 interviews")));
    ASSERT_FALSE(p->cards().isEmpty());
    EXPECT_FALSE(p->progress()->isVisible());
    for (ChartCard *card : p->cards()) {
        EXPECT_FALSE(card->accessibleName().isEmpty());
        EXPECT_TRUE(card->nLabel()->text().contains(QStringLiteral("n = ")));
    }

    // Status "Completed, approved, exported": the 12 completed join the 8 approved.
    p->statusFilter()->setCurrentIndex(2);
    ASSERT_TRUE(waitComputed(*p));
    EXPECT_EQ(p->result().interviews, sqlCount(QStringLiteral("status IN ('completed', 'approved', 'exported')")));
    EXPECT_EQ(p->result().interviews, 20);
    EXPECT_TRUE(p->summary()->text().contains(QStringLiteral("20 interviews")));

    // The generated interview is the same for all: filtering on its sex keeps them all, another sex none.
    const QString sex = shared().valid.answers.value(questionnaire().itemByName(u"sex"));
    const int same = p->sexFilter()->findData(sex);
    ASSERT_GE(same, 1) << sex.toStdString();
    p->sexFilter()->setCurrentIndex(same);
    ASSERT_TRUE(waitComputed(*p));
    EXPECT_EQ(p->result().interviews, 20);
    p->sexFilter()->setCurrentIndex(same == 1 ? 2 : 1);
    ASSERT_TRUE(waitComputed(*p));
    EXPECT_EQ(p->result().interviews, 0);
}

TEST_F(ProfilePageTest, SmallCellsAreProtectedAndOnlyASupervisorMayShowThemOnScreen)
{
    for (int i = 0; i < 3; ++i)
        approved();
    auto reviewerPage = page(reviewer());
    EXPECT_FALSE(reviewerPage->showSmallCells()->isVisibleTo(reviewerPage.get()));
    auto p = page(supervisor());
    p->show();
    ASSERT_TRUE(waitComputed(*p));
    // Three interviews: every non-zero count is below 5.
    const ChartTable &first = p->result().tables.front();
    EXPECT_EQ(first.baseText(first.columnCount() - 1), QStringLiteral("<5"));
    EXPECT_TRUE(p->showSmallCells()->isVisibleTo(p.get()));
    p->showSmallCells()->setChecked(true);
    ASSERT_TRUE(waitComputed(*p));
    EXPECT_EQ(p->result().threshold, 0);
    EXPECT_EQ(p->result().tables.front().baseText(first.columnCount() - 1), QStringLiteral("3"));
    // The export is computed protected whatever the screen shows.
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(p->exportCsv(dir.path(), &error)) << error.toStdString();
    QFile csv(QDir(dir.path()).filePath(QDir(dir.path()).entryList(QDir::Files).value(0)));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(csv.readAll()).contains(QStringLiteral("<5")));
}

TEST_F(ProfilePageTest, TheSplitControlSplitsEveryChart)
{
    for (int i = 0; i < 6; ++i)
        approved();
    auto p = page(supervisor());
    p->show();
    ASSERT_TRUE(waitComputed(*p));
    p->splitControl()->setCurrentIndex(p->splitControl()->findData(int(SplitChoice::None)));
    ASSERT_TRUE(waitComputed(*p));
    for (const ChartTable &t : p->result().tables) {
        if (t.spec.kind != ChartKind::Timeline && t.spec.kind != ChartKind::Children) {
            EXPECT_EQ(t.columnCount(), 1) << t.title.toStdString();
        }
    }
    p->splitControl()->setCurrentIndex(p->splitControl()->findData(int(SplitChoice::AgeGroup)));
    ASSERT_TRUE(waitComputed(*p));
    const ChartTable &byAge = p->result().tables[2]; // nationality
    EXPECT_TRUE(byAge.columns.contains(QStringLiteral("25-59")));
}
