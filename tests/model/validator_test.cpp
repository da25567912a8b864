#include "validatorfixture.h"

#include <gtest/gtest.h>

using namespace flowdesk;
using flowdesk::test::describe;
using flowdesk::test::sheet;
using flowdesk::test::workbook;
using Kind = ValidationIssue::Kind;
using Severity = ValidationIssue::Severity;

namespace {

class ValidatorTest : public flowdesk::test::ValidatorFixture
{
protected:
    void SetUp() override
    {
        useForm(workbook({
            sheet("survey",
                  {{"type", "name", "label::English (en)", "label::French (fr)", "required", "relevant", "constraint",
                    "constraint_message::English (en)", "constraint_message::French (fr)", "warning",
                    "warning_message::English (en)", "calculation", "choice_filter", "repeat_count"},
                   {"select_one yn", "consent", "Consent?", "Consentement ?", "yes"},
                   {"begin_group", "profile", "Profile", "Profil", "", "${consent} = 'yes'"},
                   {"integer", "age", "Age", "Âge", "yes", "", ". >= 0 and . <= 110", "Age must be 0-110",
                    "L'âge doit être entre 0 et 110", ". <= 60", "Over 60: check"},
                   {"date", "left_on", "Left on", "Parti le", "", "", ". <= today()", "Not in the future"},
                   {"select_one country", "origin", "Origin", "Origine"},
                   {"select_one region", "region", "Region", "Région", "", "", "", "", "", "", "", "",
                    "country = ${origin}"},
                   {"select_multiple needs", "needs", "Needs", "Besoins", "", "", "not(selected(., 'none') and count-selected(.) > 1)",
                    "'none' excludes others"},
                   {"integer", "group_size", "Group size", "Taille", "yes", "", ". >= 1"},
                   {"end_group"},
                   {"begin_repeat", "member", "Member", "Membre", "", "${group_size} > 1", "", "", "", "", "", "",
                    "", "${group_size} - 1"},
                   {"integer", "member_age", "Member age", "Âge du membre", "yes", "", ". >= 0"},
                   {"calculate", "is_child", "", "", "", "", "", "", "", "", "", "if(${member_age} < 18, 1, 0)"},
                   {"end_repeat"},
                   {"calculate", "n_children", "", "", "", "", "", "", "", "", "", "sum(${is_child})"},
                   {"calculate", "minor", "", "", "", "", "", "", "", "", "", "if(${age} < 18, 'yes', 'no')"}}),
            sheet("choices", {{"list_name", "name", "label", "country"},
                              {"yn", "yes", "Yes"},
                              {"yn", "no", "No"},
                              {"country", "ner", "Niger"},
                              {"country", "mli", "Mali"},
                              {"region", "agadez", "Agadez", "ner"},
                              {"region", "gao", "Gao", "mli"},
                              {"needs", "food", "Food"},
                              {"needs", "water", "Water"},
                              {"needs", "none", "None"}}),
        }));
    }

    // A clean interview: consenting adult from Niger travelling with two others.
    Interview clean() const
    {
        Interview interview;
        AnswerScope &a = interview.answers;
        a.setValue(id("consent"), "yes");
        a.setValue(id("age"), "34");
        a.setValue(id("left_on"), "2026-05-02");
        a.setValue(id("origin"), "ner");
        a.setValue(id("region"), "agadez");
        a.setValue(id("needs"), "food water");
        a.setValue(id("group_size"), "3");
        RepeatAnswers &members = a.repeat(id("member"));
        members.instances.resize(2);
        members.instances[0].setValue(id("member_age"), "7");
        members.instances[1].setValue(id("member_age"), "30");
        return interview;
    }


    static std::vector<ValidationIssue> withoutNotices(std::vector<ValidationIssue> issues)
    {
        std::erase_if(issues, [](const ValidationIssue &i) { return i.severity == Severity::Notice; });
        return issues;
    }
};

} // namespace

TEST_F(ValidatorTest, CleanInterviewHasNoIssuesAndGetsItsCalculations)
{
    Interview interview = clean();
    const auto issues = validate(interview);
    EXPECT_TRUE(issues.empty()) << describe(issues).toStdString();
    EXPECT_EQ(interview.answers.value(id("n_children")), "1");
    EXPECT_EQ(interview.answers.value(id("minor")), "no");
    EXPECT_EQ(std::as_const(interview.answers).repeat(id("member"))->instances[0].value(id("is_child")), "1");
}

TEST_F(ValidatorTest, RequiredConstraintAndWarningWithMessagesAndPaths)
{
    Interview interview = clean();
    interview.answers.setValue(id("age"), "150");
    interview.answers.setValue(id("group_size"), "");
    // Without a group size the companions' repeat does not apply: its answers become notices, not errors.
    auto issues = withoutNotices(validate(interview));
    ASSERT_EQ(issues.size(), 2u) << describe(issues).toStdString();
    EXPECT_EQ(issues[0].kind, Kind::Constraint);
    EXPECT_EQ(issues[0].path, "profile/age");
    EXPECT_EQ(issues[0].message, "Age must be 0-110");
    EXPECT_EQ(issues[1].kind, Kind::Required);
    EXPECT_EQ(issues[1].path, "profile/group_size");

    interview.answers.setValue(id("age"), "72");
    interview.answers.setValue(id("group_size"), "3");
    issues = validate(interview);
    ASSERT_EQ(issues.size(), 1u) << describe(issues).toStdString();
    EXPECT_EQ(issues[0].severity, Severity::Warning);
    EXPECT_EQ(issues[0].message, "Over 60: check");
}

TEST_F(ValidatorTest, MessagesInTheChosenLanguage)
{
    Interview interview = clean();
    interview.answers.setValue(id("age"), "150");
    interview.answers.setValue(id("group_size"), "");
    const auto issues = withoutNotices(validate(interview, m_q->languageIndex(u"fr")));
    ASSERT_EQ(issues.size(), 2u) << describe(issues).toStdString();
    EXPECT_EQ(issues[0].message, "L'âge doit être entre 0 et 110");
    EXPECT_EQ(issues[1].message, "Cette question exige une réponse.");
}

TEST_F(ValidatorTest, IrrelevantAnswersAreIgnoredAndReported)
{
    Interview interview = clean();
    interview.answers.setValue(id("consent"), "no");
    const auto issues = validate(interview);
    // Nothing in the profile applies: no required errors, one notice per answer left there.
    for (const ValidationIssue &issue : issues) {
        EXPECT_EQ(issue.severity, Severity::Notice) << describe(issues).toStdString();
        EXPECT_EQ(issue.kind, Kind::Irrelevant);
    }
    EXPECT_GE(issues.size(), 6u) << describe(issues).toStdString();
    // Ignored means ignored: calculations do not see them either.
    EXPECT_EQ(interview.answers.value(id("minor")), "no");
    EXPECT_EQ(interview.answers.value(id("n_children")), "0");
}

TEST_F(ValidatorTest, TypeChecks)
{
    Interview interview = clean();
    interview.answers.setValue(id("age"), "3x");
    interview.answers.setValue(id("left_on"), "2026-02-30");
    const auto issues = validate(interview);
    ASSERT_EQ(issues.size(), 2u) << describe(issues).toStdString();
    EXPECT_EQ(issues[0].kind, Kind::Type);
    EXPECT_TRUE(issues[0].message.contains("'3x' is not a whole number"));
    EXPECT_EQ(issues[1].kind, Kind::Type);
    EXPECT_EQ(issues[1].path, "profile/left_on");
}

TEST_F(ValidatorTest, DateConstraintAgainstToday)
{
    Interview interview = clean();
    interview.answers.setValue(id("left_on"), "2026-12-01");
    const auto issues = validate(interview);
    ASSERT_EQ(issues.size(), 1u) << describe(issues).toStdString();
    EXPECT_EQ(issues[0].message, "Not in the future");
}

TEST_F(ValidatorTest, ChoicesInListAndInFilteredList)
{
    Interview interview = clean();
    interview.answers.setValue(id("origin"), "xyz");
    interview.answers.setValue(id("region"), "gao"); // Mali's region while origin is not Mali
    interview.answers.setValue(id("needs"), "food none");
    const auto issues = validate(interview);
    ASSERT_EQ(issues.size(), 3u) << describe(issues).toStdString();
    EXPECT_EQ(issues[0].kind, Kind::NotInList);
    EXPECT_EQ(issues[1].kind, Kind::NotInFilter);
    EXPECT_EQ(issues[1].path, "profile/region");
    EXPECT_EQ(issues[2].kind, Kind::Constraint);
    EXPECT_EQ(issues[2].message, "'none' excludes others");

    interview = clean();
    interview.answers.setValue(id("origin"), "mli");
    interview.answers.setValue(id("region"), "gao");
    EXPECT_TRUE(validate(interview).empty());
}

TEST_F(ValidatorTest, RepeatsAreCheckedPerInstanceAndCounted)
{
    Interview interview = clean();
    RepeatAnswers &members = interview.answers.repeat(id("member"));
    members.instances[1].setValue(id("member_age"), "");
    auto issues = validate(interview);
    ASSERT_EQ(issues.size(), 1u) << describe(issues).toStdString();
    EXPECT_EQ(issues[0].kind, Kind::Required);
    EXPECT_EQ(issues[0].path, "member[2]/member_age");
    EXPECT_EQ(issues[0].instance, std::vector<int>{2});

    interview = clean();
    interview.answers.setValue(id("group_size"), "5");
    issues = validate(interview);
    ASSERT_EQ(issues.size(), 1u) << describe(issues).toStdString();
    EXPECT_EQ(issues[0].kind, Kind::RepeatCount);
    EXPECT_TRUE(issues[0].message.contains("2 entries recorded where 4 are expected")) << issues[0].message.toStdString();
}

TEST_F(ValidatorTest, TodayIsTheDayTheInterviewWasTaken)
{
    // Re-validating an old interview judges it by its own day, not by the day of the check.
    Interview interview = clean();
    interview.created = QDateTime(QDate(2025, 1, 10), QTime(9, 30));
    interview.answers.setValue(id("left_on"), "2025-01-05");
    Validator validator(*m_q);
    EXPECT_TRUE(validator.validate(interview).empty());

    interview.answers.setValue(id("left_on"), "2025-02-01");
    const auto issues = validator.validate(interview);
    ASSERT_EQ(issues.size(), 1u) << describe(issues).toStdString();
    EXPECT_EQ(issues[0].message, "Not in the future");
}

TEST_F(ValidatorTest, AChoiceGivenTwiceIsAnError)
{
    Interview interview = clean();
    interview.answers.setValue(id("needs"), "food  water food");
    const auto issues = validate(interview);
    ASSERT_EQ(issues.size(), 1u) << describe(issues).toStdString();
    EXPECT_EQ(issues[0].kind, Kind::Type);
    EXPECT_EQ(issues[0].message, "'food' is selected twice.");
}
