// How validation reads answers on its fast paths: relevance several items share, a repeat instance's own answers,
// choices settled without the full check, calculated whole numbers. Each gives what the general path gives.
#include "validatorfixture.h"

#include <gtest/gtest.h>

using namespace flowdesk;
using flowdesk::test::describe;
using flowdesk::test::sheet;
using flowdesk::test::workbook;
using Kind = ValidationIssue::Kind;
using Severity = ValidationIssue::Severity;

namespace {

class ValidatorReading : public flowdesk::test::ValidatorFixture
{
protected:
    void SetUp() override
    {
        useForm(workbook({
            sheet("survey",
                  {{"type", "name", "label", "required", "relevant", "constraint", "calculation", "repeat_count"},
                   {"select_one yn", "moved", "Moved?", "yes"},
                   {"text", "left_on", "Left on (as written)"},
                   // Two groups and a question with one and the same condition: worked out once per interview.
                   {"begin_group", "journey", "Journey", "", "${moved} = 'yes'"},
                   {"select_one transport or_other", "transport", "Transport", "yes"},
                   {"integer", "cost", "Cost"},
                   {"end_group"},
                   {"calculate", "cost_band", "", "", "", "", "if(${cost} > 999, ${cost} * 1000, 0)"},
                   {"begin_group", "route", "Route", "", "${moved} = 'yes'"},
                   {"text", "route_note", "Route", "yes"},
                   {"end_group"},
                   {"integer", "days", "Days", "", "${moved} = 'yes'"},
                   // The same condition that cannot be worked out: reported at each item that has it.
                   {"text", "why_late", "Why late?", "yes", "${left_on} < today()"},
                   {"text", "who_decided", "Who decided?", "yes", "${left_on} < today()"},
                   {"integer", "size", "Group size"},
                   {"begin_repeat", "member", "Member", "", "${size} > 1", "", "", "${size} - 1"},
                   {"select_one sex", "member_sex", "Sex", "yes"},
                   {"integer", "member_age", "Age", "", "", ". >= 0 and . <= 110"},
                   {"select_one yn", "pregnant", "Pregnant?", "", "${member_sex} = 'female' and ${member_age} >= 12"},
                   {"integer", "months", "Months", "", "", ". <= 9 and ${pregnant} = 'yes'"},
                   {"calculate", "is_child", "", "", "", "", "if(${member_age} < 18, 1, 0)"},
                   {"end_repeat"},
                   {"calculate", "children", "", "", "", "", "sum(${is_child})"}}),
            sheet("choices", {{"list_name", "name", "label"},
                              {"yn", "yes", "Yes"},
                              {"yn", "no", "No"},
                              {"transport", "bus", "Bus"},
                              {"transport", "truck", "Truck"},
                              {"sex", "female", "Female"},
                              {"sex", "male", "Male"}}),
        }));
    }

    Interview moved() const
    {
        Interview interview;
        AnswerScope &a = interview.answers;
        a.setValue(id("moved"), "yes");
        a.setValue(id("left_on"), "2026-11-01");
        a.setValue(id("transport"), "bus");
        a.setValue(id("route_note"), "north");
        a.setValue(id("why_late"), "rain");
        a.setValue(id("who_decided"), "family");
        a.setValue(id("size"), "3");
        RepeatAnswers &members = a.repeat(id("member"));
        members.instances.resize(2);
        members.instances[0].setValue(id("member_sex"), "female");
        members.instances[0].setValue(id("member_age"), "25");
        members.instances[0].setValue(id("pregnant"), "yes");
        members.instances[0].setValue(id("months"), "4");
        members.instances[1].setValue(id("member_sex"), "male");
        members.instances[1].setValue(id("member_age"), "9");
        return interview;
    }
};

} // namespace

TEST_F(ValidatorReading, CleanInterviewHasNoIssues)
{
    Interview interview = moved();
    const auto issues = validate(interview);
    EXPECT_TRUE(issues.empty()) << describe(issues).toStdString();
    EXPECT_EQ(interview.answers.value(id("children")), "1");
}

TEST_F(ValidatorReading, ASharedConditionDecidesEveryItemThatHasIt)
{
    Interview interview = moved();
    interview.answers.setValue(id("moved"), "no");
    interview.answers.setValue(id("days"), "12");
    const auto issues = validate(interview);
    QStringList ignored;
    for (const ValidationIssue &issue : issues) {
        if (issue.kind == Kind::Irrelevant)
            ignored << issue.path;
    }
    // The first item with the condition, the later group and the lone question after it: all do not apply.
    EXPECT_EQ(ignored, QStringList({"journey/transport", "route/route_note", "days"})) << describe(issues).toStdString();

    // And when it holds, it holds for all of them: the required question in the later group is asked for.
    interview = moved();
    interview.answers.setValue(id("route_note"), "");
    const auto required = validate(interview);
    ASSERT_EQ(required.size(), 1u) << describe(required).toStdString();
    EXPECT_EQ(required[0].kind, Kind::Required);
    EXPECT_EQ(required[0].path, "route/route_note");
}

TEST_F(ValidatorReading, ASharedConditionThatCannotBeWorkedOutIsReportedAtEachItem)
{
    Interview interview = moved();
    interview.answers.setValue(id("left_on"), "2026-02-30"); // no such day
    const auto issues = validate(interview);
    QStringList failed;
    for (const ValidationIssue &issue : issues) {
        if (issue.kind == Kind::EvaluationError)
            failed << issue.path;
    }
    EXPECT_EQ(failed, QStringList({"why_late", "who_decided"})) << describe(issues).toStdString();
}

TEST_F(ValidatorReading, AnInstanceReadsItsOwnAnswers)
{
    Interview interview = moved();
    RepeatAnswers &members = interview.answers.repeat(id("member"));
    // The boy's own answers make his pregnancy question not apply, whatever the first member answered.
    members.instances[1].setValue(id("pregnant"), "yes");
    members.instances[1].setValue(id("months"), "4");
    members.instances[1].setValue(id("member_age"), "130");
    const auto issues = validate(interview);
    ASSERT_EQ(issues.size(), 3u) << describe(issues).toStdString();
    EXPECT_EQ(issues[0].path, "member[2]/member_age");
    EXPECT_EQ(issues[0].kind, Kind::Constraint);
    EXPECT_EQ(issues[1].path, "member[2]/pregnant");
    EXPECT_EQ(issues[1].kind, Kind::Irrelevant);
    // Within the instance, the answer that does not apply reads as blank: the months no longer hold.
    EXPECT_EQ(issues[2].path, "member[2]/months");
    EXPECT_EQ(issues[2].kind, Kind::Constraint);
    EXPECT_EQ(interview.answers.value(id("children")), "0");
}

TEST_F(ValidatorReading, ChoicesFromAShortListAreCheckedLikeAnyOther)
{
    Interview interview = moved();
    interview.answers.setValue(id("transport"), " truck ");
    EXPECT_TRUE(validate(interview).empty());
    interview.answers.setValue(id("transport"), "other"); // or_other
    EXPECT_TRUE(validate(interview).empty());
    interview.answers.setValue(id("transport"), "Bus");
    auto issues = validate(interview);
    ASSERT_EQ(issues.size(), 1u) << describe(issues).toStdString();
    EXPECT_EQ(issues[0].kind, Kind::NotInList);
    // A listed choice to a question that does not apply is still reported as ignored.
    interview.answers.setValue(id("transport"), "bus");
    interview.answers.setValue(id("moved"), "no");
    issues = validate(interview);
    ASSERT_FALSE(issues.empty());
    EXPECT_EQ(issues[0].path, "journey/transport");
    EXPECT_EQ(issues[0].kind, Kind::Irrelevant);

    const ChoiceList *transport = m_q->choiceList(m_q->item(id("transport")));
    ASSERT_NE(transport, nullptr);
    EXPECT_EQ(transport->indexOf(u"bus"), 0);
    EXPECT_EQ(transport->indexOf(u"truck"), 1);
    EXPECT_EQ(transport->indexOf(u"tru"), -1);
    EXPECT_EQ(transport->indexOf(u""), -1);
}

TEST_F(ValidatorReading, CalculatedWholeNumbersAreWrittenAsDigits)
{
    Interview interview = moved();
    interview.answers.setValue(id("cost"), "1500");
    interview.answers.setValue(id("cost_band"), "1500000.0"); // as another tool may have stored it
    EXPECT_TRUE(validate(interview).empty());
    EXPECT_EQ(interview.answers.value(id("cost_band")), "1500000");
    interview.answers.setValue(id("cost"), "12");
    EXPECT_TRUE(validate(interview).empty());
    EXPECT_EQ(interview.answers.value(id("cost_band")), "0");
}

TEST_F(ValidatorReading, OneValidatorJudgesEachInterviewOnItsOwnAnswers)
{
    // A validator keeps buffers and shared outcomes between interviews: nothing of one may leak into the next.
    Validator validator(*m_q);
    validator.setNow(QDateTime(QDate(2026, 11, 23), QTime(12, 0)));
    Interview stayed = moved();
    stayed.answers.setValue(id("moved"), "no");
    stayed.answers.setValue(id("route_note"), "");
    Interview left = moved();
    left.answers.setValue(id("route_note"), "");
    left.answers.repeat(id("member")).instances[1].setValue(id("member_age"), "130");
    for (int round = 0; round < 2; ++round) {
        const auto first = validator.validate(stayed);
        for (const ValidationIssue &issue : first)
            EXPECT_EQ(issue.kind, Kind::Irrelevant) << describe(first).toStdString();
        const auto second = validator.validate(left);
        ASSERT_EQ(second.size(), 2u) << describe(second).toStdString();
        EXPECT_EQ(second[0].path, "route/route_note");
        EXPECT_EQ(second[1].path, "member[2]/member_age");
    }
}
