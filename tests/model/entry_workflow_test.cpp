// Entry saves through the workflow's door: as the logged-in enumerator, audited, refused on a stale copy or
// someone else's interview; reasons and paradata stored with the answers.
#include "entry_fixture.h"

#include "entry/entrysession.h"
#include "paradata/paradatarecorder.h"
#include "store/auditlog.h"
#include "store/paradatastore.h"
#include "workflow/interviewworkflow.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace flowdesk;
using namespace flowdesk::testing;

namespace {

class EntryWorkflowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(f.setUp(&error)) << error.toStdString();
        session = std::make_unique<EntrySession>(f.q(), EntrySession::newInterview(f.q(), f.questionnaireId, "x"),
                                                 f.db->storage());
    }
    void answer(EntrySession &s, const char *name, const QString &value, std::vector<int> instance = {})
    {
        const auto result = s.setAnswer(f.ref(name, std::move(instance)), value);
        ASSERT_TRUE(result.ok) << name << ": " << result.message.toStdString();
    }
    // A second window on the same file, as `login`.
    std::unique_ptr<EntryFixture> window(const QString &login)
    {
        auto other = std::make_unique<EntryFixture>();
        other->path = f.path;
        other->questionnaireId = f.questionnaireId;
        QString error;
        other->session = EntryFixture::logIn(f.path, login, &error);
        EXPECT_TRUE(other->session) << error.toStdString();
        EXPECT_TRUE(other->open(&error)) << error.toStdString();
        return other;
    }
    int count(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(f.db->database().connectionName()));
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toInt() : -1;
    }

    EntryFixture f;
    std::unique_ptr<EntrySession> session;
};

TEST_F(EntryWorkflowTest, EachAcceptedAnswerIsAuditedAsTheLoggedInEnumerator)
{
    answer(*session, "enumerator_id", "E7");
    answer(*session, "survey_country", "NER");
    answer(*session, "survey_country", "MLI");
    const qint64 id = session->interview().id;
    ASSERT_NE(id, 0);
    EXPECT_EQ(session->interview().enumerator, f.session->name()) << "the account, not what the form was given";
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE interview_id = %1 AND action = 'interview "
                                   "created' AND account_name = '%2'")
                        .arg(id)
                        .arg(f.session->name())),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE interview_id = %1 AND action = 'answer' AND "
                                   "details LIKE '%survey_country%'")
                        .arg(id)),
              2)
        << "NER, then NER -> MLI";
}

TEST_F(EntryWorkflowTest, AChangeMadeInAnotherWindowIsNeverOverwritten)
{
    answer(*session, "enumerator_id", "E7");
    const qint64 id = session->interview().id;
    auto other = window(f.session->name());
    auto draft = other->db->load(id);
    ASSERT_TRUE(draft);
    EntrySession second(f.q(), std::move(*draft), other->db->storage());
    answer(second, "enumerator_id", "E9");

    const auto refused = session->setAnswer(f.ref("survey_country"), "NER");
    EXPECT_FALSE(refused.ok);
    EXPECT_TRUE(refused.message.contains("changed by someone else")) << refused.message.toStdString();
    EXPECT_EQ(session->fields()[size_t(session->fieldIndex(f.ref("survey_country")))].value, "")
        << "the refused answer is taken back on screen too";
    const auto stored = other->db->load(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->answers.value(f.ref("enumerator_id").item), "E9");
}

TEST_F(EntryWorkflowTest, AnEnumeratorOpensOnlyTheirOwnDraftsAndRejectedInterviews)
{
    answer(*session, "enumerator_id", "E7");
    const qint64 id = session->interview().id;
    auto colleague = window(EntryFixture::enumeratorLogin(1));
    QString error;
    EXPECT_FALSE(colleague->db->load(id, &error));
    EXPECT_TRUE(error.contains("only their own")) << error.toStdString();
}

TEST_F(EntryWorkflowTest, AConfirmedValueAndAnAcceptedWarningAreStoredWithTheirKindAndValue)
{
    answer(*session, "enumerator_id", "E7");
    answer(*session, "survey_country", "NER");
    answer(*session, "interviewed_before", "no");
    answer(*session, "consent", "yes");
    answer(*session, "age", "70");
    ASSERT_TRUE(session->acceptWarning(f.ref("age"), "Checked on the paper").ok);
    session->setMode(EntryMode::Paper);
    answer(*session, "enumerator_id", "E");
    ASSERT_TRUE(session->confirmValue(f.ref("enumerator_id"), "As written").ok);
    const qint64 id = session->interview().id;

    const auto notes = f.db->storage().notes(id);
    ASSERT_EQ(notes.size(), 2u);
    for (const AnswerNote &note : notes) {
        if (note.field.item == f.ref("age").item) {
            EXPECT_EQ(note.kind, AnswerNote::Kind::WarningAccepted);
            EXPECT_EQ(note.value, "70");
            EXPECT_EQ(note.reason, "Checked on the paper");
        } else {
            EXPECT_EQ(note.kind, AnswerNote::Kind::ValueConfirmed);
            EXPECT_EQ(note.value, "E");
        }
    }
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE interview_id = %1 AND action = 'value confirmed'")
                        .arg(id)),
              1);
    // A reason given for another value than the one now held does not come back.
    answer(*session, "age", "71");
    EntrySession reopened(f.q(), *f.db->load(id), f.db->storage());
    reopened.restoreNotes(f.db->storage().notes(id));
    EXPECT_TRUE(reopened.fields()[size_t(reopened.fieldIndex(f.ref("age")))].acceptedReason.isEmpty());
}

TEST(ParadataRecorderTest, DurationsComeFromTheMonotonicClockAndPausesAreKeptOut)
{
    qint64 now = 0;
    ParadataRecorder recorder(30000, [&] { return now; });
    recorder.visit("a/q1", "a", "", "1");
    now += 2000;
    recorder.keystroke(false);
    now += 1000;
    recorder.keystroke(true);
    now += 120000; // lunch
    recorder.visit("a/q2", "a", "", "2");
    now += 500;
    recorder.errorMet();
    const ParadataBatch &batch = recorder.pending();
    EXPECT_EQ(batch.counts.activeMs, 3500);
    EXPECT_EQ(batch.counts.pauses, 1);
    EXPECT_EQ(batch.counts.pauseMs, 120000);
    EXPECT_EQ(batch.counts.keystrokes, 2);
    EXPECT_EQ(batch.counts.corrections, 1);
    EXPECT_EQ(batch.counts.errors, 1);
    EXPECT_EQ(batch.lastPosition, "2");
    ASSERT_EQ(batch.times.size(), 3u); // q1, section a, q2
    EXPECT_EQ(batch.times[0].ms, 3000);
    EXPECT_EQ(batch.times[1].ms, 3500) << "the section counts both questions, not the pause";
    EXPECT_EQ(batch.times[1].visits, 1);
    EXPECT_EQ(batch.times[2].ms, 500);
}

TEST_F(EntryWorkflowTest, ParadataGoWithTheAnswersAndAddUpPerKeyerAndDay)
{
    qint64 now = 0;
    ParadataRecorder recorder(30000, [&] { return now; });
    f.db->storage().setRecorder(&recorder);
    for (int k = 0; k < 3; ++k) {
        recorder.visit("control/enumerator_id", "control", "", "1");
        for (int key = 0; key < 10; ++key) {
            now += 200;
            recorder.keystroke(false);
        }
        answer(*session, "enumerator_id", QStringLiteral("E%1").arg(k + 1));
    }
    const qint64 id = session->interview().id;
    ParadataStore store(f.db->database().connectionName());
    const auto summary = store.interviewSummary(id);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->counts.keystrokes, 30) << "nothing waits in memory after a save";
    EXPECT_EQ(summary->counts.activeMs, 6000);
    EXPECT_EQ(summary->counts.corrections, 2) << "E1 -> E2 -> E3";
    EXPECT_EQ(summary->sessions, 1);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const auto days = store.keyerDays(today, today);
    ASSERT_EQ(days.size(), 1u);
    EXPECT_EQ(days[0].counts.fields, 3);
    EXPECT_DOUBLE_EQ(days[0].keystrokesPerHour(), 30 * 3600000.0 / 6000);
    f.db->storage().setRecorder(nullptr);
}

} // namespace
