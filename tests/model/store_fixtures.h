#pragma once

// Shared by the store tests: a small hand-built questionnaire (the XLSForm parser is written elsewhere),
// a workbook to store it from, and a comparison of answer trees.

#include "interview/interview.h"
#include "questionnaire/questionnaire.h"
#include "store/database.h"
#include "store/interviewstore.h"
#include "store/questionnairestore.h"
#include "xlsform/workbook.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <algorithm>
#include <memory>

namespace flowdesk::testing {

// Item ids of the fixture questionnaire.
enum FixtureItem : int
{
    kIntro,         // note
    kAge,           // integer
    kName,          // text
    kSex,           // select_one
    kLanguages,     // select_multiple
    kHousehold,     // group
    kHouseholdSize, //   integer
    kMembers,       //   repeat
    kMemberName,    //     text
    kMemberAge,     //     integer
    kVisits,        //     repeat (nested)
    kVisitPlace,    //       text
    kComment,       // text
    kFixtureItemCount
};

inline Questionnaire makeQuestionnaire(const QString &formId = QStringLiteral("fms"))
{
    struct Spec
    {
        QuestionType type;
        const char *name;
        int parent;
    };
    const Spec specs[kFixtureItemCount] = {
        {QuestionType::Note, "intro", -1},
        {QuestionType::Integer, "age", -1},
        {QuestionType::Text, "name", -1},
        {QuestionType::SelectOne, "sex", -1},
        {QuestionType::SelectMultiple, "languages", -1},
        {QuestionType::Group, "household", -1},
        {QuestionType::Integer, "hh_size", kHousehold},
        {QuestionType::Repeat, "members", kHousehold},
        {QuestionType::Text, "member_name", kMembers},
        {QuestionType::Integer, "member_age", kMembers},
        {QuestionType::Repeat, "visits", kMembers},
        {QuestionType::Text, "visit_place", kVisits},
        {QuestionType::Text, "comment", -1},
    };
    Questionnaire q;
    q.formId = formId;
    q.version = QStringLiteral("2024-01");
    q.title = QStringLiteral("Flow monitoring");
    for (int id = 0; id < kFixtureItemCount; ++id) {
        Item item;
        item.id = id;
        item.type = specs[id].type;
        item.name = QString::fromLatin1(specs[id].name);
        item.parent = specs[id].parent;
        if (item.parent >= 0) {
            const Item &parent = q.items[size_t(item.parent)];
            item.depth = parent.depth + 1;
            item.repeat = parent.type == QuestionType::Repeat ? parent.id : parent.repeat;
            q.items[size_t(item.parent)].children.push_back(id);
        } else {
            q.topLevel.push_back(id);
        }
        q.items.push_back(item);
    }
    q.indexNames();
    return q;
}

inline Workbook makeWorkbook(const QByteArray &formBytes = QByteArray("PK\x03\x04 fixture form \x00\xff", 20))
{
    Workbook workbook;
    workbook.sourceName = QStringLiteral("fms.xlsx");
    workbook.sources.emplace(QStringLiteral("fms.xlsx"), formBytes);
    return workbook;
}

inline std::unique_ptr<Database> openMemory()
{
    QString error;
    auto db = Database::open(QStringLiteral(":memory:"), &error);
    EXPECT_TRUE(db) << error.toStdString();
    return db;
}

// A database with the fixture questionnaire stored, and an interview store for it.
struct StoreFixture
{
    std::unique_ptr<Database> db = openMemory();
    Questionnaire questionnaire = makeQuestionnaire();
    qint64 questionnaireId = 0;

    StoreFixture()
    {
        QString error;
        questionnaireId = QuestionnaireStore(*db).add(makeWorkbook(), questionnaire, &error).value_or(0);
        EXPECT_GT(questionnaireId, 0) << error.toStdString();
    }
    InterviewStore store() { return InterviewStore(*db, questionnaireId, questionnaire); }
};

// The fixture plus a second version of the questionnaire in the same database.
struct TwoVersionFixture : StoreFixture
{
    Questionnaire secondVersion = makeQuestionnaire();
    qint64 secondVersionId = 0;

    TwoVersionFixture()
    {
        QString error;
        secondVersionId = QuestionnaireStore(*db).add(makeWorkbook("version two"), secondVersion, &error).value_or(0);
        EXPECT_GT(secondVersionId, 0) << error.toStdString();
    }
    InterviewStore secondStore() { return InterviewStore(*db, secondVersionId, secondVersion); }
};

// An interview with the fixture's answers: top-level values, household members (one empty in the middle,
// one empty at the end) and nested visits (one empty).
inline Interview makeInterview(const QString &name = QStringLiteral("Amina Diallo"))
{
    Interview interview;
    interview.enumerator = QStringLiteral("Zoé Ñúñez");
    interview.office = QStringLiteral("Niamey");
    interview.status = InterviewStatus::Completed;
    AnswerScope &top = interview.answers;
    top.setValue(kAge, QStringLiteral("34"));
    top.setValue(kName, name);
    top.setValue(kSex, QStringLiteral("female"));
    top.setValue(kLanguages, QStringLiteral("hausa french"));
    top.setValue(kHouseholdSize, QStringLiteral("4"));
    top.setValue(
        kComment,
        QStringLiteral("  spaces kept,\ttabs\t and\nnew lines; ünïcödé 日本語 🚶🏽‍♀️ "));
    RepeatAnswers &members = top.repeat(kMembers);
    members.instances.resize(4);
    members.instances[0].setValue(kMemberName, QStringLiteral("Moussa"));
    members.instances[0].setValue(kMemberAge, QStringLiteral("12"));
    RepeatAnswers &visits = members.instances[0].repeat(kVisits);
    visits.instances.resize(3);
    visits.instances[0].setValue(kVisitPlace, QStringLiteral("Agadez"));
    visits.instances[2].setValue(kVisitPlace, QStringLiteral("Tripoli, Libya"));
    members.instances[2].setValue(kMemberName, QStringLiteral("Fatouma"));
    members.instances[2].repeat(kVisits).instances.resize(1); // one visit, nothing answered
    return interview;
}

// Answers compared as a user sees them: an unanswered slot equals a missing one, and a repeat with no
// instances equals an absent repeat.
inline void expectSameAnswers(const AnswerScope &expected, const AnswerScope &actual,
                              const std::string &where = "top")
{
    const int first = std::min(expected.firstItem(), actual.firstItem());
    const int end = std::max(expected.endItem(), actual.endItem());
    for (int i = first; i < end; ++i) {
        EXPECT_EQ(expected.value(i).toStdString(), actual.value(i).toStdString())
            << where << ", item " << i;
    }
    auto instances = [](const AnswerScope &scope, int item) {
        const RepeatAnswers *r = scope.repeat(item);
        return r ? r->instances.size() : size_t(0);
    };
    std::vector<int> repeatItems;
    for (const auto *scope : {&expected, &actual}) {
        for (const RepeatAnswers &r : scope->repeats)
            repeatItems.push_back(r.repeatItem);
    }
    for (int item : repeatItems) {
        ASSERT_EQ(instances(expected, item), instances(actual, item)) << where << ", repeat " << item;
        for (size_t k = 0; k < instances(expected, item); ++k) {
            expectSameAnswers(expected.repeat(item)->instances[k], actual.repeat(item)->instances[k],
                              where + "/" + std::to_string(item) + "#" + std::to_string(k + 1));
        }
    }
}

} // namespace flowdesk::testing
