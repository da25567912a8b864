// An entry session over the bundled questionnaire: what the keyer sees after each answer, and what is stored.
#include "entry_fixture.h"

#include "entry/entrysession.h"
#include "entry/entrystorage.h"
#include "store/interviewstore.h"

#include <gtest/gtest.h>

using namespace flowdesk;
using namespace flowdesk::testing;

namespace {

class EntrySessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(f.setUp(&error)) << error.toStdString();
        session = std::make_unique<EntrySession>(f.q(), EntrySession::newInterview(f.q(), f.questionnaireId, "enum1"),
                                                 f.db->storage());
    }

    const EntryField &field(const char *name, std::vector<int> instance = {})
    {
        const int index = session->fieldIndex(f.ref(name, std::move(instance)));
        EXPECT_GE(index, 0) << name;
        return session->fields()[size_t(std::max(index, 0))];
    }
    void answer(const char *name, const QString &value, std::vector<int> instance = {})
    {
        const auto result = session->setAnswer(f.ref(name, std::move(instance)), value);
        ASSERT_TRUE(result.ok) << name << ": " << result.message.toStdString();
    }
    // The answer as stored, read back through a second connection.
    QString stored(const char *name, std::vector<int> instance = {})
    {
        QString error;
        EntryFixture other;
        other.path = f.path;
        other.questionnaireId = f.questionnaireId;
        EXPECT_TRUE(other.open(&error)) << error.toStdString();
        // Read as stored, whatever its status (entry itself opens only drafts and rejected interviews).
        const auto interview =
            InterviewStore(other.db->database(), f.questionnaireId, f.q()).load(session->interview().id);
        if (!interview)
            return QStringLiteral("<no interview>");
        const AnswerScope *scope = &interview->answers;
        const int item = f.q().itemByName(QString::fromLatin1(name));
        int level = 0;
        std::vector<int> chain;
        for (int r = f.q().item(item).repeat; r >= 0; r = f.q().item(r).repeat)
            chain.insert(chain.begin(), r);
        for (int r : chain) {
            const RepeatAnswers *repeat = scope->repeat(r);
            const int n = instance[size_t(level++)];
            if (!repeat || n > int(repeat->instances.size()))
                return QStringLiteral("<no instance>");
            scope = &repeat->instances[size_t(n - 1)];
        }
        return scope->value(item);
    }
    void keyControlSection()
    {
        answer("enumerator_id", "E7");
        answer("survey_date", QDate::currentDate().toString(Qt::ISODate));
        answer("survey_country", "NER");
        answer("fmp", "NER_arlit");
        answer("flow_direction", "outgoing");
        answer("interviewed_before", "no");
        answer("consent", "yes");
    }
    int sectionOf(const char *group)
    {
        const int item = f.q().itemByName(QString::fromLatin1(group));
        for (size_t s = 0; s < session->sections().size(); ++s) {
            if (session->sections()[s].item == item)
                return int(s);
        }
        return -1;
    }

    EntryFixture f;
    std::unique_ptr<EntrySession> session;
};

} // namespace

TEST_F(EntrySessionTest, EveryAcceptedAnswerIsStoredAtOnce)
{
    answer("enumerator_id", "E7");
    EXPECT_NE(session->interview().id, 0);
    EXPECT_EQ(stored("enumerator_id"), "E7");
    answer("survey_country", "NER");
    EXPECT_EQ(stored("survey_country"), "NER");
    EXPECT_FALSE(stored("start").isEmpty()) << "the start time is filled in when the interview is made";
}

TEST_F(EntrySessionTest, GuidedModeRefusesAValueItsQuestionRefuses)
{
    keyControlSection();
    const auto refused = session->setAnswer(f.ref("age"), "5");
    EXPECT_FALSE(refused.ok);
    EXPECT_TRUE(refused.message.contains("between 14 and 110")) << refused.message.toStdString();
    EXPECT_EQ(field("age").value, "");
    EXPECT_EQ(stored("age"), "");
    EXPECT_FALSE(session->setAnswer(f.ref("age"), "abc").ok);
    EXPECT_FALSE(session->setAnswer(f.ref("fmp"), "MLI_gao_bus").ok) << "left out by the choice filter";
}

TEST_F(EntrySessionTest, PaperModeKeepsAnOutOfRangeValueConfirmedWithAReason)
{
    keyControlSection();
    session->setMode(EntryMode::Paper);
    answer("age", "5");
    EXPECT_EQ(stored("age"), "5");
    EXPECT_TRUE(field("age").hasError());
    const int age = session->fieldIndex(f.ref("age"));
    EXPECT_NE(std::find(session->blockingFields().begin(), session->blockingFields().end(), age),
              session->blockingFields().end());
    EXPECT_FALSE(session->confirmValue(f.ref("age"), " ").ok) << "a reason is needed";
    ASSERT_TRUE(session->confirmValue(f.ref("age"), "as written on the paper").ok);
    EXPECT_FALSE(field("age").hasError());
    EXPECT_EQ(field("age").confirmedReason, "as written on the paper");
    answer("age", "4");
    EXPECT_TRUE(field("age").hasError()) << "a new value needs its own confirmation";
}

TEST_F(EntrySessionTest, ARepeatRespondentSkipsEveryLaterSectionButKeepsTheirAnswers)
{
    keyControlSection();
    answer("sex", "female");
    const int profile = sectionOf("grp_profile");
    ASSERT_GE(profile, 0);
    EXPECT_TRUE(session->sections()[size_t(profile)].relevant);
    EXPECT_EQ(session->sections()[size_t(profile)].state, EntrySection::State::InProgress);

    answer("interviewed_before", "yes");
    EXPECT_FALSE(session->sections()[size_t(profile)].relevant);
    EXPECT_FALSE(field("sex").relevant);
    EXPECT_FALSE(field("consent").relevant);
    EXPECT_TRUE(field("note_interviewed_before").relevant);
    EXPECT_EQ(stored("sex"), "female") << "kept while it does not apply";

    answer("interviewed_before", "no");
    EXPECT_TRUE(field("sex").relevant);
    EXPECT_EQ(field("sex").value, "female");
}

TEST_F(EntrySessionTest, CompletingDropsIrrelevantAnswersAndIsRefusedWhileErrorsRemain)
{
    keyControlSection();
    answer("sex", "female");
    answer("interviewed_before", "yes");
    answer("consent", "");
    ASSERT_TRUE(session->blockingFields().empty());
    ASSERT_TRUE(session->complete().ok);
    EXPECT_EQ(session->interview().status, InterviewStatus::Completed);
    EXPECT_EQ(stored("sex"), "") << "dropped at completion";
    EXPECT_FALSE(stored("end").isEmpty());

    SetUp();
    answer("enumerator_id", "E7");
    const auto refused = session->complete();
    EXPECT_FALSE(refused.ok);
    EXPECT_FALSE(session->blockingFields().empty());
    EXPECT_EQ(session->interview().status, InterviewStatus::Draft);
}

TEST_F(EntrySessionTest, ChoiceFiltersNarrowTheListToTheAnswersTheyRead)
{
    answer("survey_country", "MLI");
    const auto choices = session->choices(session->fieldIndex(f.ref("fmp")));
    ASSERT_FALSE(choices.empty());
    for (const Choice *choice : choices)
        EXPECT_TRUE(choice->name.startsWith("MLI_")) << choice->name.toStdString();
    keyControlSection();
    answer("reasons", "economic conflict");
    const auto main = session->choices(session->fieldIndex(f.ref("main_reason")));
    ASSERT_EQ(main.size(), 2u);
    EXPECT_EQ(main[0]->name, "economic");
}

TEST_F(EntrySessionTest, TheRepeatCountMakesInstancesAndNeverDropsKeyedOnes)
{
    keyControlSection();
    answer("travelling_with", "family");
    answer("group_size", "3");
    EXPECT_GE(session->fieldIndex(f.ref("member_age", {2})), 0);
    EXPECT_LT(session->fieldIndex(f.ref("member_age", {3})), 0);
    answer("member_sex", "male", {2});
    answer("member_age", "4", {2});
    EXPECT_EQ(stored("member_age", {2}), "4");
    EXPECT_LT(session->fieldIndex(f.ref("n_children")), 0) << "a calculation without a label is not shown";

    answer("group_size", "2");
    EXPECT_GE(session->fieldIndex(f.ref("member_age", {2})), 0) << "an instance with answers stays";
    EXPECT_TRUE(field("group_member").hasError()) << "and the count is reported";
    ASSERT_TRUE(session->removeInstance(f.ref("group_member", {1})).ok);
    EXPECT_EQ(field("member_age", {1}).value, "4");
    EXPECT_FALSE(field("group_member").hasError());
    EXPECT_FALSE(session->addInstance(f.ref("group_member").item, {}).ok) << "the count follows group_size";
}

TEST_F(EntrySessionTest, AWarningIsAcceptedWithAReasonUntilTheAnswerChanges)
{
    keyControlSection();
    answer("age", "70");
    EXPECT_TRUE(field("age").hasWarning());
    EXPECT_TRUE(field("age").firstMessage().contains("unusual")) << field("age").firstMessage().toStdString();
    EXPECT_FALSE(session->acceptWarning(f.ref("age"), "").ok);
    ASSERT_TRUE(session->acceptWarning(f.ref("age"), "Confirmed with the respondent").ok);
    EXPECT_FALSE(field("age").hasWarning());
    EXPECT_EQ(field("age").acceptedReason, "Confirmed with the respondent");
    answer("age", "75");
    EXPECT_TRUE(field("age").hasWarning());
}

TEST_F(EntrySessionTest, LabelsShowTheAnswersTheyReferToInTheChosenLanguage)
{
    keyControlSection();
    answer("transit_countries", "MLI NGA");
    const int months = session->fieldIndex(f.ref("transit_months", {2}));
    ASSERT_GE(months, 0);
    EXPECT_EQ(session->label(months), "How many months did you spend in Nigeria?");
    session->setLanguage(f.q().languageIndex(u"fr"));
    EXPECT_TRUE(session->label(months).startsWith("Combien de mois")) << session->label(months).toStdString();
    EXPECT_TRUE(session->sectionTitle(0).startsWith("A. Contrôle")) << session->sectionTitle(0).toStdString();
}

TEST_F(EntrySessionTest, SectionStatesFollowTheAnswers)
{
    const int control = sectionOf("grp_control");
    ASSERT_EQ(control, 0);
    EXPECT_EQ(session->sections()[0].state, EntrySection::State::Untouched);
    answer("enumerator_id", "E7");
    EXPECT_EQ(session->sections()[0].state, EntrySection::State::InProgress);
    keyControlSection();
    EXPECT_EQ(session->sections()[0].state, EntrySection::State::Complete);
    session->setMode(EntryMode::Paper);
    answer("age", "3");
    EXPECT_EQ(session->sections()[size_t(sectionOf("grp_profile"))].state, EntrySection::State::HasErrors);
}

TEST_F(EntrySessionTest, ReopeningStartsAfterTheLastAnswer)
{
    EXPECT_EQ(session->resumeField(), session->fieldIndex(f.ref("enumerator_id")));
    keyControlSection();
    answer("sex", "male");
    const auto reloaded = f.db->load(session->interview().id);
    ASSERT_TRUE(reloaded);
    EntrySession reopened(f.q(), *reloaded, f.db->storage());
    EXPECT_EQ(reopened.resumeField(), reopened.fieldIndex(f.ref("age")));
}
