#include "store/questionnairestore.h"

#include "store_fixtures.h"

#include <gtest/gtest.h>

namespace flowdesk {
namespace {

using namespace flowdesk::testing;

TEST(QuestionnaireStoreTest, AddKeepsMetadataAndFields)
{
    auto db = openMemory();
    ASSERT_TRUE(db);
    QuestionnaireStore store(*db);
    QString error;
    const auto id = store.add(makeWorkbook(), makeQuestionnaire(), &error);
    ASSERT_TRUE(id) << error.toStdString();

    const auto stored = store.find(*id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->formId, QStringLiteral("fms"));
    EXPECT_EQ(stored->version, QStringLiteral("2024-01"));
    EXPECT_EQ(stored->title, QStringLiteral("Flow monitoring"));
    EXPECT_EQ(stored->sourceName, QStringLiteral("fms.xlsx"));
    EXPECT_EQ(stored->hash.size(), 64);
    EXPECT_TRUE(stored->addedAt.isValid());
    EXPECT_EQ(store.fieldIds(*id).size(), size_t(kFixtureItemCount));
    const auto fields = store.fields(*id);
    ASSERT_EQ(fields.size(), size_t(kFixtureItemCount));
    EXPECT_EQ(fields[kMemberAge].name, QStringLiteral("member_age"));
    EXPECT_EQ(fields[kMemberAge].path, QStringLiteral("household/members/member_age"));
    EXPECT_EQ(fields[kMemberAge].type, QStringLiteral("integer"));
    EXPECT_EQ(fields[kLanguages].type, QStringLiteral("select_multiple"));
    EXPECT_EQ(fields[kMembers].type, QStringLiteral("repeat"));
    EXPECT_FALSE(store.find(*id + 1));
    EXPECT_TRUE(store.fieldIds(*id + 1).empty());
}

TEST(QuestionnaireStoreTest, AddingTheSameSourcesAgainWritesNothing)
{
    auto db = openMemory();
    ASSERT_TRUE(db);
    QuestionnaireStore store(*db);
    QString error;
    const auto first = store.add(makeWorkbook(), makeQuestionnaire(), &error);
    ASSERT_TRUE(first) << error.toStdString();
    const auto fields = store.fieldIds(*first);
    const auto again = store.add(makeWorkbook(), makeQuestionnaire(), &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(*again, *first);
    EXPECT_EQ(store.list().size(), 1u);
    EXPECT_EQ(store.fieldIds(*first), fields);
}

TEST(QuestionnaireStoreTest, DifferentSourcesAreDifferentQuestionnaires)
{
    auto db = openMemory();
    ASSERT_TRUE(db);
    QuestionnaireStore store(*db);
    QString error;
    const auto v1 = store.add(makeWorkbook("version one"), makeQuestionnaire(), &error);
    const auto v2 = store.add(makeWorkbook("version two"), makeQuestionnaire(), &error);
    ASSERT_TRUE(v1 && v2) << error.toStdString();
    EXPECT_NE(*v1, *v2);
    const auto all = store.list();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].id, *v1);
    EXPECT_EQ(all[1].id, *v2);
    EXPECT_NE(all[0].hash, all[1].hash);
    // Each version has its own fields: answers never mix between versions.
    const auto f1 = store.fieldIds(*v1);
    const auto f2 = store.fieldIds(*v2);
    ASSERT_EQ(f1.size(), f2.size());
    EXPECT_NE(f1.front(), f2.front());
}

TEST(QuestionnaireStoreTest, SourcesRoundTripByteForByte)
{
    auto db = openMemory();
    ASSERT_TRUE(db);
    Workbook workbook;
    workbook.sourceName = QStringLiteral("fms_csv");
    QByteArray binary;
    for (int i = 0; i < 70000; ++i)
        binary.append(char(i * 7 % 256)); // every byte value, NULs included
    workbook.sources.emplace(QStringLiteral("survey.csv"),
                             QByteArray("type,name,label\ninteger,age,Âge ✓\n"));
    workbook.sources.emplace(QStringLiteral("choices.csv"), binary);
    workbook.sources.emplace(QStringLiteral("empty.csv"), QByteArray());
    QuestionnaireStore store(*db);
    QString error;
    const auto id = store.add(workbook, makeQuestionnaire(), &error);
    ASSERT_TRUE(id) << error.toStdString();
    const auto sources = store.sources(*id);
    ASSERT_TRUE(sources);
    EXPECT_EQ(*sources, workbook.sources);
    EXPECT_FALSE(store.sources(*id + 1));
}

TEST(QuestionnaireStoreTest, HashCoversNamesAndBytes)
{
    SourceFiles a{{QStringLiteral("ab"), QByteArray("c")}};
    SourceFiles b{{QStringLiteral("a"), QByteArray("bc")}};
    SourceFiles c{{QStringLiteral("ab"), QByteArray("c")}};
    EXPECT_NE(QuestionnaireStore::hashSources(a), QuestionnaireStore::hashSources(b));
    EXPECT_EQ(QuestionnaireStore::hashSources(a), QuestionnaireStore::hashSources(c));
}

TEST(QuestionnaireStoreTest, QuestionnaireWithoutSourcesIsRefused)
{
    auto db = openMemory();
    ASSERT_TRUE(db);
    QuestionnaireStore store(*db);
    QString error;
    EXPECT_FALSE(store.add(Workbook{}, makeQuestionnaire(), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(store.list().empty());
}

} // namespace
} // namespace flowdesk
