#include "store/interviewstore.h"

#include "store_fixtures.h"

#include <gtest/gtest.h>

#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>

namespace flowdesk {
namespace {

using namespace flowdesk::testing;

// 25 interviews with varied statuses, sexes, languages and members, stored in one batch.
std::vector<Interview> storeMany(InterviewStore &store, int count = 25)
{
    const InterviewStatus statuses[] = {InterviewStatus::Draft, InterviewStatus::Completed,
                                        InterviewStatus::Completed, InterviewStatus::Approved,
                                        InterviewStatus::Rejected};
    const char *languages[] = {"hausa", "french", "hausa french", "french hausa arabic", "arabic"};
    std::vector<Interview> batch;
    for (int i = 0; i < count; ++i) {
        Interview interview = makeInterview(QStringLiteral("Person %1").arg(i));
        interview.status = statuses[i % 5];
        interview.answers.setValue(kSex, i % 3 == 0 ? QStringLiteral("male") : QStringLiteral("female"));
        interview.answers.setValue(kLanguages, QString::fromLatin1(languages[i % 5]));
        interview.answers.setValue(kAge, QString::number(20 + i));
        batch.push_back(std::move(interview));
    }
    QString error;
    EXPECT_TRUE(store.insertMany(batch, &error)) << error.toStdString();
    return batch;
}

std::map<QString, qint64> asMap(const std::vector<std::pair<QString, qint64>> &counts)
{
    return std::map<QString, qint64>(counts.begin(), counts.end());
}

TEST(InterviewStoreQueryTest, SummariesPageThroughEveryInterviewOnce)
{
    StoreFixture f;
    InterviewStore store = f.store();
    const auto stored = storeMany(store);
    std::vector<InterviewSummary> seen;
    qint64 after = 0;
    int pages = 0;
    for (;;) {
        const auto page = store.summaries(after, 10);
        if (page.empty())
            break;
        ++pages;
        EXPECT_LE(page.size(), 10u);
        seen.insert(seen.end(), page.begin(), page.end());
        after = page.back().id;
    }
    EXPECT_EQ(pages, 3);
    ASSERT_EQ(seen.size(), stored.size());
    for (size_t i = 0; i < seen.size(); ++i) {
        EXPECT_EQ(seen[i].id, stored[i].id);
        EXPECT_EQ(seen[i].uuid, stored[i].uuid);
        EXPECT_EQ(seen[i].status, stored[i].status);
        EXPECT_EQ(seen[i].questionnaireId, f.questionnaireId);
        EXPECT_EQ(seen[i].enumerator, QStringLiteral("Zoé Ñúñez"));
        EXPECT_EQ(seen[i].office, QStringLiteral("Niamey"));
        EXPECT_EQ(seen[i].modified, stored[i].modified);
    }
    EXPECT_TRUE(store.summaries(seen.back().id, 10).empty());
    EXPECT_TRUE(store.summaries(0, 0).empty());
}

TEST(InterviewStoreQueryTest, CountByStatusInWorkflowOrder)
{
    StoreFixture f;
    InterviewStore store = f.store();
    storeMany(store);
    const std::vector<std::pair<InterviewStatus, qint64>> expected{{InterviewStatus::Draft, 5},
                                                                   {InterviewStatus::Completed, 10},
                                                                   {InterviewStatus::Approved, 5},
                                                                   {InterviewStatus::Rejected, 5}};
    EXPECT_EQ(store.countByStatus(), expected);
    EXPECT_EQ(store.count(), 25);
}

TEST(InterviewStoreQueryTest, CountsFollowEdits)
{
    StoreFixture f;
    InterviewStore store = f.store();
    auto stored = storeMany(store, 5);
    QString error;
    stored[0].status = InterviewStatus::Exported;
    ASSERT_TRUE(store.save(stored[0], &error)) << error.toStdString();
    ASSERT_TRUE(store.remove(stored[1].id, &error)) << error.toStdString();
    const std::vector<std::pair<InterviewStatus, qint64>> expected{{InterviewStatus::Completed, 1},
                                                                   {InterviewStatus::Approved, 1},
                                                                   {InterviewStatus::Rejected, 1},
                                                                   {InterviewStatus::Exported, 1}};
    EXPECT_EQ(store.countByStatus(), expected);
}

TEST(InterviewStoreQueryTest, ValueCountsForASelectOne)
{
    StoreFixture f;
    InterviewStore store = f.store();
    storeMany(store);
    EXPECT_EQ(asMap(store.valueCounts(kSex)),
              (std::map<QString, qint64>{{QStringLiteral("female"), 16}, {QStringLiteral("male"), 9}}));
}

TEST(InterviewStoreQueryTest, ValueCountsSplitSelectMultipleByChoice)
{
    StoreFixture f;
    InterviewStore store = f.store();
    storeMany(store);
    // Per 5 interviews: hausa in 3 answers, french in 3, arabic in 2.
    EXPECT_EQ(asMap(store.valueCounts(kLanguages)),
              (std::map<QString, qint64>{{QStringLiteral("arabic"), 10},
                                         {QStringLiteral("french"), 15},
                                         {QStringLiteral("hausa"), 15}}));
}

TEST(InterviewStoreQueryTest, ValueCountsOfARepeatedQuestionCountEachInstance)
{
    StoreFixture f;
    InterviewStore store = f.store();
    storeMany(store, 4);
    // Each fixture interview: 2 named members (Moussa, Fatouma) and 2 unnamed.
    EXPECT_EQ(asMap(store.valueCounts(kMemberName)),
              (std::map<QString, qint64>{{QStringLiteral("Fatouma"), 4}, {QStringLiteral("Moussa"), 4}}));
    EXPECT_EQ(
        asMap(store.valueCounts(kVisitPlace)),
        (std::map<QString, qint64>{{QStringLiteral("Agadez"), 4}, {QStringLiteral("Tripoli, Libya"), 4}}));
    EXPECT_TRUE(store.valueCounts(kMembers).empty()); // instances are not answers
    EXPECT_TRUE(store.valueCounts(9999).empty());
}

TEST(InterviewStoreQueryTest, ForEachVisitsEveryInterviewInIdOrderWithItsAnswers)
{
    StoreFixture f;
    InterviewStore store = f.store();
    const auto stored = storeMany(store);
    // An empty interview in between must not pick up its neighbours' answers.
    Interview empty;
    QString error;
    ASSERT_TRUE(store.save(empty, &error)) << error.toStdString();
    std::vector<Interview> tail = {makeInterview(QStringLiteral("Last"))};
    ASSERT_TRUE(store.insertMany(tail, &error)) << error.toStdString();

    std::vector<qint64> ids;
    const qint64 visited = store.forEach([&](const Interview &interview) {
        ids.push_back(interview.id);
        if (interview.id == empty.id) {
            expectSameAnswers(AnswerScope{}, interview.answers);
        } else if (interview.id == tail[0].id) {
            expectSameAnswers(tail[0].answers, interview.answers);
        } else {
            const size_t i = ids.size() - 1;
            EXPECT_EQ(interview.uuid, stored[i].uuid);
            EXPECT_EQ(interview.status, stored[i].status);
            expectSameAnswers(stored[i].answers, interview.answers, "interview " + std::to_string(i));
        }
        return true;
    });
    EXPECT_EQ(visited, 27);
    ASSERT_EQ(ids.size(), 27u);
    EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
    EXPECT_EQ(ids[25], empty.id);
}

TEST(InterviewStoreQueryTest, ForEachStopsWhenAsked)
{
    StoreFixture f;
    InterviewStore store = f.store();
    const auto stored = storeMany(store);
    std::vector<qint64> ids;
    const qint64 visited = store.forEach([&](const Interview &interview) {
        ids.push_back(interview.id);
        return ids.size() < 3;
    });
    EXPECT_EQ(visited, 3);
    EXPECT_EQ(ids, (std::vector<qint64>{stored[0].id, stored[1].id, stored[2].id}));
}

TEST(InterviewStoreQueryTest, ForEachOnlySeesItsQuestionnaire)
{
    TwoVersionFixture f;
    QString error;
    InterviewStore storeV1 = f.store();
    InterviewStore storeV2 = f.secondStore();
    // Interleaved ids: v1, v2, v1, v2...
    for (int i = 0; i < 6; ++i) {
        Interview interview = makeInterview(QStringLiteral("P%1").arg(i));
        ASSERT_TRUE((i % 2 ? storeV2 : storeV1).save(interview, &error)) << error.toStdString();
    }
    QStringList names;
    storeV2.forEach([&](const Interview &interview) {
        names << interview.answers.value(kName);
        return true;
    });
    EXPECT_EQ(names, (QStringList{QStringLiteral("P1"), QStringLiteral("P3"), QStringLiteral("P5")}));
    EXPECT_EQ(asMap(storeV1.valueCounts(kName)).size(), 3u);
}

bool hasValueIndex(const Database &db)
{
    QSqlQuery q(QSqlDatabase::database(db.connectionName(), false));
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'answers_by_value'")) && q.next();
}

TEST(InterviewStoreQueryTest, BulkLoadGivesTheSameAnswersAndCounts)
{
    StoreFixture f;
    InterviewStore store = f.store();
    QString error;
    ASSERT_TRUE(store.beginBulkLoad(&error)) << error.toStdString();
    EXPECT_FALSE(hasValueIndex(*f.db));
    const auto stored = storeMany(store);
    EXPECT_EQ(store.valueCounts(kSex).size(), 2u); // correct meanwhile, only slower
    ASSERT_TRUE(store.endBulkLoad(&error)) << error.toStdString();
    EXPECT_TRUE(hasValueIndex(*f.db));
    EXPECT_EQ(asMap(store.valueCounts(kSex)),
              (std::map<QString, qint64>{{QStringLiteral("female"), 16}, {QStringLiteral("male"), 9}}));
    const auto loaded = store.load(stored[7].id);
    ASSERT_TRUE(loaded);
    expectSameAnswers(stored[7].answers, loaded->answers);
    EXPECT_TRUE(store.endBulkLoad(&error)) << error.toStdString(); // twice is harmless
}

TEST(InterviewStoreQueryTest, InterruptedBulkLoadIsFinishedOnOpen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.db"));
    QString error;
    const Questionnaire questionnaire = makeQuestionnaire();
    {
        auto db = Database::open(path, &error);
        ASSERT_TRUE(db) << error.toStdString();
        const auto id = QuestionnaireStore(*db).add(makeWorkbook(), questionnaire, &error);
        ASSERT_TRUE(id) << error.toStdString();
        InterviewStore store(*db, *id, questionnaire);
        ASSERT_TRUE(store.beginBulkLoad(&error)) << error.toStdString();
        storeMany(store, 5);
        // closed without endBulkLoad(), as after a crash
    }
    auto db = Database::open(path, &error);
    ASSERT_TRUE(db) << error.toStdString();
    EXPECT_TRUE(hasValueIndex(*db));
}

} // namespace
} // namespace flowdesk
