#include "store/interviewstore.h"

#include "store_fixtures.h"

#include <gtest/gtest.h>

#include <QTimeZone>

namespace flowdesk {
namespace {

using namespace flowdesk::testing;

TEST(InterviewStoreTest, SaveAssignsIdUuidAndTimes)
{
    StoreFixture f;
    InterviewStore store = f.store();
    Interview interview = makeInterview();
    QString error;
    ASSERT_TRUE(store.save(interview, &error)) << error.toStdString();
    EXPECT_GT(interview.id, 0);
    EXPECT_FALSE(interview.uuid.isNull());
    EXPECT_EQ(interview.questionnaireId, f.questionnaireId);
    EXPECT_TRUE(interview.created.isValid());
    EXPECT_TRUE(interview.modified.isValid());
    EXPECT_EQ(store.count(), 1);
}

TEST(InterviewStoreTest, LoadGivesBackExactlyWhatWasSaved)
{
    StoreFixture f;
    InterviewStore store = f.store();
    Interview saved = makeInterview();
    saved.created = QDateTime(QDate(2024, 3, 5), QTime(8, 30, 15, 250), QTimeZone(3600));
    QString error;
    ASSERT_TRUE(store.save(saved, &error)) << error.toStdString();

    const auto loaded = store.load(saved.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->id, saved.id);
    EXPECT_EQ(loaded->uuid, saved.uuid);
    EXPECT_EQ(loaded->questionnaireId, f.questionnaireId);
    EXPECT_EQ(loaded->status, InterviewStatus::Completed);
    EXPECT_EQ(loaded->enumerator, QStringLiteral("Zoé Ñúñez"));
    EXPECT_EQ(loaded->office, QStringLiteral("Niamey"));
    EXPECT_EQ(loaded->created, saved.created); // the same instant, to the millisecond
    EXPECT_EQ(loaded->modified, saved.modified);
    expectSameAnswers(saved.answers, loaded->answers);
}

TEST(InterviewStoreTest, EmptyRepeatInstancesKeepTheirPlace)
{
    StoreFixture f;
    InterviewStore store = f.store();
    Interview saved = makeInterview();
    QString error;
    ASSERT_TRUE(store.save(saved, &error)) << error.toStdString();
    const auto loaded = store.load(saved.id);
    ASSERT_TRUE(loaded);

    const RepeatAnswers *members = loaded->answers.repeat(kMembers);
    ASSERT_NE(members, nullptr);
    ASSERT_EQ(members->instances.size(), 4u); // the second and the last are empty
    EXPECT_EQ(members->instances[0].value(kMemberName), QStringLiteral("Moussa"));
    EXPECT_TRUE(members->instances[1].value(kMemberName).isEmpty());
    EXPECT_EQ(members->instances[2].value(kMemberName), QStringLiteral("Fatouma"));
    EXPECT_TRUE(members->instances[3].value(kMemberName).isEmpty());

    const RepeatAnswers *visits = members->instances[0].repeat(kVisits);
    ASSERT_NE(visits, nullptr);
    ASSERT_EQ(visits->instances.size(), 3u);
    EXPECT_EQ(visits->instances[0].value(kVisitPlace), QStringLiteral("Agadez"));
    EXPECT_TRUE(visits->instances[1].value(kVisitPlace).isEmpty());
    EXPECT_EQ(visits->instances[2].value(kVisitPlace), QStringLiteral("Tripoli, Libya"));
    ASSERT_NE(members->instances[2].repeat(kVisits), nullptr);
    EXPECT_EQ(members->instances[2].repeat(kVisits)->instances.size(), 1u);
}

TEST(InterviewStoreTest, TenOrMoreInstancesComeBackInOrder)
{
    StoreFixture f;
    InterviewStore store = f.store();
    Interview saved;
    RepeatAnswers &members = saved.answers.repeat(kMembers);
    members.instances.resize(12);
    for (int i = 0; i < 12; ++i)
        members.instances[size_t(i)].setValue(kMemberAge, QString::number(i + 1));
    QString error;
    ASSERT_TRUE(store.save(saved, &error)) << error.toStdString();
    const auto loaded = store.load(saved.id);
    ASSERT_TRUE(loaded);
    expectSameAnswers(saved.answers, loaded->answers);
}

TEST(InterviewStoreTest, InterviewWithoutAnswersRoundTrips)
{
    StoreFixture f;
    InterviewStore store = f.store();
    Interview saved;
    QString error;
    ASSERT_TRUE(store.save(saved, &error)) << error.toStdString();
    const auto loaded = store.load(saved.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->status, InterviewStatus::Draft);
    expectSameAnswers(AnswerScope{}, loaded->answers);
}

TEST(InterviewStoreTest, UpdateReplacesAnswers)
{
    StoreFixture f;
    InterviewStore store = f.store();
    Interview interview = makeInterview();
    QString error;
    ASSERT_TRUE(store.save(interview, &error)) << error.toStdString();
    const QUuid uuid = interview.uuid;
    const QDateTime created = interview.created;

    interview.answers.setValue(kAge, QStringLiteral("35"));
    interview.answers.setValue(kComment, QString());        // cleared
    interview.answers.repeat(kMembers).instances.resize(1); // members 2-4 removed
    interview.answers.repeat(kMembers).instances[0].repeat(kVisits).instances.clear();
    interview.status = InterviewStatus::Approved;
    ASSERT_TRUE(store.save(interview, &error)) << error.toStdString();

    EXPECT_EQ(store.count(), 1);
    const auto loaded = store.load(interview.id);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->uuid, uuid);
    EXPECT_EQ(loaded->created, created);
    EXPECT_EQ(loaded->status, InterviewStatus::Approved);
    EXPECT_EQ(loaded->answers.value(kAge), QStringLiteral("35"));
    EXPECT_TRUE(loaded->answers.value(kComment).isEmpty());
    ASSERT_NE(loaded->answers.repeat(kMembers), nullptr);
    EXPECT_EQ(loaded->answers.repeat(kMembers)->instances.size(), 1u);
    expectSameAnswers(interview.answers, loaded->answers);
    EXPECT_TRUE(store.valueCounts(kVisitPlace).empty()); // no stale rows left behind
}

TEST(InterviewStoreTest, SaveWithAnotherInterviewsUuidChangesNothing)
{
    StoreFixture f;
    InterviewStore store = f.store();
    Interview first = makeInterview(QStringLiteral("First"));
    Interview second = makeInterview(QStringLiteral("Second"));
    QString error;
    ASSERT_TRUE(store.save(first, &error)) << error.toStdString();
    ASSERT_TRUE(store.save(second, &error)) << error.toStdString();

    // A new interview claiming an existing uuid (an import gone wrong).
    Interview copy = makeInterview(QStringLiteral("Copy"));
    copy.uuid = first.uuid;
    EXPECT_FALSE(store.save(copy, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(copy.id, 0);
    EXPECT_EQ(store.count(), 2);

    // An edit of the second that would collide with the first.
    Interview edited = second;
    edited.uuid = first.uuid;
    edited.answers.setValue(kName, QStringLiteral("Edited"));
    edited.answers.repeat(kMembers).instances.clear();
    EXPECT_FALSE(store.save(edited, &error));
    const auto reloaded = store.load(second.id);
    ASSERT_TRUE(reloaded);
    EXPECT_EQ(reloaded->uuid, second.uuid);
    expectSameAnswers(second.answers, reloaded->answers);
}

TEST(InterviewStoreTest, InsertManyIsAllOrNothing)
{
    StoreFixture f;
    InterviewStore store = f.store();
    std::vector<Interview> batch{makeInterview(QStringLiteral("A")), makeInterview(QStringLiteral("B")),
                                 makeInterview(QStringLiteral("C"))};
    batch[0].uuid = QUuid::createUuid();
    batch[2].uuid = batch[0].uuid; // fails only after two interviews and their answers were written
    QString error;
    EXPECT_FALSE(store.insertMany(batch, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(store.count(), 0);
    EXPECT_TRUE(store.valueCounts(kName).empty());
    for (const Interview &interview : batch)
        EXPECT_EQ(interview.id, 0);
    EXPECT_TRUE(batch[1].uuid.isNull());
}

TEST(InterviewStoreTest, InsertManyStoresInOrderAndKeepsImportedTimes)
{
    StoreFixture f;
    InterviewStore store = f.store();
    std::vector<Interview> batch;
    const QDateTime when(QDate(2023, 11, 2), QTime(14, 0), QTimeZone::utc());
    for (int i = 0; i < 5; ++i) {
        batch.push_back(makeInterview(QStringLiteral("Person %1").arg(i)));
        batch.back().created = when.addDays(i);
        batch.back().modified = when.addDays(i + 1);
    }
    QString error;
    ASSERT_TRUE(store.insertMany(batch, &error)) << error.toStdString();
    EXPECT_EQ(store.count(), 5);
    for (size_t i = 0; i < batch.size(); ++i) {
        if (i > 0) {
            EXPECT_GT(batch[i].id, batch[i - 1].id);
        }
        const auto loaded = store.load(batch[i].id);
        ASSERT_TRUE(loaded);
        EXPECT_EQ(loaded->uuid, batch[i].uuid);
        EXPECT_EQ(loaded->created, when.addDays(qint64(i)));
        EXPECT_EQ(loaded->modified, when.addDays(qint64(i) + 1));
        expectSameAnswers(batch[i].answers, loaded->answers);
    }
}

TEST(InterviewStoreTest, AnswerOutsideItsRepeatIsRefused)
{
    StoreFixture f;
    InterviewStore store = f.store();
    Interview interview;
    interview.answers.setValue(kMemberName,
                               QStringLiteral("Nobody's member")); // belongs in a member instance
    QString error;
    EXPECT_FALSE(store.save(interview, &error));
    EXPECT_TRUE(error.contains(QLatin1String("outside its repeat"))) << error.toStdString();
    EXPECT_EQ(store.count(), 0);
}

TEST(InterviewStoreTest, RemoveDeletesTheInterviewAndItsAnswers)
{
    StoreFixture f;
    InterviewStore store = f.store();
    Interview kept = makeInterview(QStringLiteral("Kept"));
    Interview removed = makeInterview(QStringLiteral("Removed"));
    QString error;
    ASSERT_TRUE(store.save(kept, &error) && store.save(removed, &error)) << error.toStdString();
    ASSERT_TRUE(store.remove(removed.id, &error)) << error.toStdString();
    EXPECT_EQ(store.count(), 1);
    EXPECT_FALSE(store.load(removed.id));
    const auto names = store.valueCounts(kName);
    ASSERT_EQ(names.size(), 1u);
    EXPECT_EQ(names.front().first, QStringLiteral("Kept"));
    EXPECT_FALSE(store.remove(removed.id, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(InterviewStoreTest, InterviewsStayWithTheirQuestionnaireVersion)
{
    TwoVersionFixture f;
    QString error;
    InterviewStore storeV1 = f.store();
    InterviewStore storeV2 = f.secondStore();
    Interview interview = makeInterview();
    ASSERT_TRUE(storeV1.save(interview, &error)) << error.toStdString();
    EXPECT_FALSE(storeV2.load(interview.id));
    EXPECT_EQ(storeV2.count(), 0);
    EXPECT_FALSE(storeV2.save(interview, &error)); // carries questionnaireId of v1
    EXPECT_FALSE(storeV2.remove(interview.id, &error));
    EXPECT_EQ(storeV1.count(), 1);
}

TEST(InterviewStoreTest, MismatchedQuestionnaireIsRefused)
{
    StoreFixture f;
    Questionnaire other = makeQuestionnaire();
    other.items.pop_back();
    InterviewStore store(*f.db, f.questionnaireId, other);
    QString error;
    EXPECT_FALSE(store.isUsable(&error));
    EXPECT_FALSE(error.isEmpty());
    Interview interview = makeInterview();
    EXPECT_FALSE(store.save(interview, &error));
    EXPECT_EQ(f.store().count(), 0);

    // Same number of items, but not the same questions.
    Questionnaire renamed = makeQuestionnaire();
    renamed.items[kAge].name = QStringLiteral("age_years");
    InterviewStore renamedStore(*f.db, f.questionnaireId, renamed);
    EXPECT_FALSE(renamedStore.isUsable(&error));
    EXPECT_TRUE(error.contains(QLatin1String("age_years"))) << error.toStdString();
    EXPECT_FALSE(renamedStore.save(interview, &error));
}

} // namespace
} // namespace flowdesk
