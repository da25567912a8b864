// The supervisor's keying statistics: what a keyer's work adds up to, per keyer and per day.
#include "../model/entry_fixture.h"

#include "entry/entrysession.h"
#include "paradata/keyingstatisticspage.h"
#include "paradata/paradatarecorder.h"

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace flowdesk;
using namespace flowdesk::testing;

namespace {

class KeyingStatisticsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(f.setUp(&error)) << error.toStdString();
        // Ten keystrokes a second for 3 fields, then a long pause that must not count.
        qint64 now = 0;
        ParadataRecorder recorder(30000, [&] { return now; });
        f.db->storage().setRecorder(&recorder);
        EntrySession session(f.q(), EntrySession::newInterview(f.q(), f.questionnaireId, "x"), f.db->storage());
        const char *names[] = {"enumerator_id", "survey_country", "interviewed_before"};
        const char *values[] = {"E7", "NER", "no"};
        for (int k = 0; k < 3; ++k) {
            recorder.visit(QString::fromLatin1(names[k]), "control", "", QString::number(k));
            for (int key = 0; key < 10; ++key) {
                now += 100;
                recorder.keystroke(false);
            }
            if (k == 1) {
                now += 600000;
                recorder.errorMet();
            }
            ASSERT_TRUE(session.setAnswer(f.ref(names[k]), QString::fromLatin1(values[k])).ok);
        }
        f.db->storage().setRecorder(nullptr);
        supervisor = EntryFixture::logIn(f.path, QStringLiteral("supervisor"), &error);
        ASSERT_TRUE(supervisor) << error.toStdString();
    }

    EntryFixture f;
    std::optional<Session> supervisor;
};

TEST_F(KeyingStatisticsTest, ASupervisorSeesKeystrokesPerHourNetOfPausesAndErrorsPerThousand)
{
    KeyingStatisticsPage page(f.db->database(), *supervisor);
    page.resize(1000, 640);
    page.show();
    QTableWidget *keyers = page.keyerTable();
    ASSERT_EQ(keyers->rowCount(), 1);
    EXPECT_EQ(keyers->item(0, 0)->text(), f.session->name());
    EXPECT_EQ(keyers->item(0, 2)->data(Qt::DisplayRole).toLongLong(), 3) << "answers";
    EXPECT_EQ(keyers->item(0, 3)->data(Qt::DisplayRole).toLongLong(), 30) << "keystrokes";
    // 30 keystrokes in 3 s of keying (the 10-minute pause left out): 36,000 an hour.
    EXPECT_EQ(keyers->item(0, 4)->data(Qt::DisplayRole).toLongLong(), 36000);
    EXPECT_NEAR(keyers->item(0, 5)->data(Qt::DisplayRole).toDouble(), 33.3, 0.05) << "1 error in 30 keystrokes";
    EXPECT_EQ(keyers->item(0, 7)->data(Qt::DisplayRole).toLongLong(), 1) << "pauses";
    EXPECT_EQ(page.dayTable()->rowCount(), 1);
    EXPECT_EQ(page.dayTable()->item(0, 1)->text(), QDate::currentDate().toString(Qt::ISODate));

    // Days outside the range are left out.
    page.fromEdit()->setDate(QDate::currentDate().addDays(1));
    EXPECT_EQ(keyers->rowCount(), 0);
    page.fromEdit()->setDate(QDate::currentDate().addDays(-6));

    const QString folder = QDir::tempPath();
    QApplication::processEvents();
    EXPECT_TRUE(page.grab().save(folder + QStringLiteral("/flowdesk-keying-statistics-en.png")));
    page.setLayoutDirection(Qt::RightToLeft);
    QApplication::processEvents();
    EXPECT_TRUE(page.grab().save(folder + QStringLiteral("/flowdesk-keying-statistics-ar.png")));
}

TEST_F(KeyingStatisticsTest, AnEnumeratorIsToldTheFiguresAreForSupervisors)
{
    KeyingStatisticsPage page(f.db->database(), *f.session);
    page.show();
    EXPECT_EQ(page.keyerTable()->rowCount(), 0);
    bool shown = false;
    for (QLabel *label : page.findChildren<QLabel *>())
        shown = shown || (label->isVisible() && !label->text().isEmpty() && label->text().contains("enumerator", Qt::CaseInsensitive));
    EXPECT_TRUE(shown) << "the refusal is shown";
}

} // namespace
