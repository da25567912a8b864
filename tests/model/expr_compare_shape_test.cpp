// Comparisons the parser settles in advance (an answer against text, a number, a date or another answer; two
// numbers) must give exactly what the XPath 1.0 / ODK comparison rules give: relevance, constraints and skip
// logic are mostly written this way, so any drift shows up as questions appearing, vanishing or rejecting
// answers they accepted before.
#include "exprfixture.h"

#include <gtest/gtest.h>

using namespace flowdesk::expr;

namespace {

class ExprCompareShape : public flowdesk::test::ExprFixture
{
protected:
    ExprCompareShape()
    {
        table.addField(QStringLiteral("sex"), QStringLiteral("female"));
        table.addField(QStringLiteral("consent"), QStringLiteral("yes"));
        table.addField(QStringLiteral("blank"), QStringLiteral(""));
        table.addField(QStringLiteral("unanswered")); // a null string, as a question nobody reached
        table.addField(QStringLiteral("age"), QStringLiteral("15"));
        table.addField(QStringLiteral("limit"), QStringLiteral("18"));
        table.addField(QStringLiteral("head_age"), QStringLiteral("34"));
        // A roster seen from outside its repeat: one node per member, the last not yet answered.
        table.addRepeatedField(QStringLiteral("member_sex"),
                               {QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("female")});
        table.addRepeatedField(QStringLiteral("member_age"),
                               {QStringLiteral("34"), QStringLiteral("7"), QString()});
        table.addRepeatedField(QStringLiteral("daughters"),
                               {QStringLiteral("female"), QStringLiteral("female")});
        table.addRepeatedField(QStringLiteral("visit"), {}); // a repeat with no instances yet
        // today() is 2024-06-01 and now() 10:30 that morning, whatever the machine's clock says.
        table.setNow(QDateTime(QDate(2024, 6, 1), QTime(10, 30), Qt::LocalTime));
    }

    bool isTrueWithoutFailing(const QString &text)
    {
        bool failed = false;
        const bool result = isTrue(text, &failed);
        EXPECT_FALSE(failed) << text.toStdString();
        return result;
    }

    void setCurrent(const QString &name, const QString &value)
    {
        table.setCurrentField(table.addField(name, value));
    }
};

} // namespace

TEST_F(ExprCompareShape, AnswerAgainstTextIsExactTextEquality)
{
    EXPECT_TRUE(isTrue(QStringLiteral("${sex} = 'female'")));
    EXPECT_FALSE(isTrue(QStringLiteral("${sex} = 'male'")));
    EXPECT_TRUE(isTrue(QStringLiteral("${sex} != 'male'")));
    EXPECT_FALSE(isTrue(QStringLiteral("${sex} != 'female'")));
    // Text equality knows nothing of case, spacing or prefixes.
    EXPECT_FALSE(isTrue(QStringLiteral("${sex} = 'Female'")));
    EXPECT_FALSE(isTrue(QStringLiteral("${sex} = 'female '")));
    EXPECT_FALSE(isTrue(QStringLiteral("${sex} = 'fem'")));
    EXPECT_TRUE(isTrue(QStringLiteral("${sex} != 'femalex'")));
}

TEST_F(ExprCompareShape, NumberWrittenAsTextComparesAsText)
{
    // Against a string literal the answer's text decides; against a number its value does.
    table.addField(QStringLiteral("weight"), QStringLiteral("12.0"));
    EXPECT_FALSE(isTrue(QStringLiteral("${weight} = '12'")));
    EXPECT_TRUE(isTrue(QStringLiteral("${weight} != '12'")));
    EXPECT_TRUE(isTrue(QStringLiteral("${weight} = 12")));
    EXPECT_FALSE(isTrue(QStringLiteral("${weight} != 12")));
}

TEST_F(ExprCompareShape, BlankAndUnansweredEqualTheEmptyText)
{
    for (const char *field : {"blank", "unanswered"}) {
        const QString f = QString::fromLatin1(field);
        EXPECT_TRUE(isTrue(QStringLiteral("${%1} = ''").arg(f))) << field;
        EXPECT_FALSE(isTrue(QStringLiteral("${%1} != ''").arg(f))) << field;
        EXPECT_FALSE(isTrue(QStringLiteral("${%1} = 'yes'").arg(f))) << field;
        EXPECT_TRUE(isTrue(QStringLiteral("${%1} != 'yes'").arg(f))) << field;
        EXPECT_TRUE(isTrue(QStringLiteral("'' = ${%1}").arg(f))) << field;
    }
    EXPECT_FALSE(isTrue(QStringLiteral("${sex} = ''")));
    EXPECT_TRUE(isTrue(QStringLiteral("${sex} != ''")));
}

TEST_F(ExprCompareShape, TextOnTheLeftMeansTheSame)
{
    EXPECT_TRUE(isTrue(QStringLiteral("'yes' = ${consent}")));
    EXPECT_FALSE(isTrue(QStringLiteral("'no' = ${consent}")));
    EXPECT_FALSE(isTrue(QStringLiteral("'yes' != ${consent}")));
    EXPECT_TRUE(isTrue(QStringLiteral("'no' != ${consent}")));
    EXPECT_TRUE(isTrue(QStringLiteral("'male' = ${member_sex}")));
}

TEST_F(ExprCompareShape, SeveralAnswersMatchWhenAnyOneDoes)
{
    EXPECT_TRUE(isTrue(QStringLiteral("${member_sex} = 'male'")));
    EXPECT_TRUE(isTrue(QStringLiteral("${member_sex} = 'female'")));
    EXPECT_FALSE(isTrue(QStringLiteral("${member_sex} = 'other'")));
    // != holds when some member differs, so with a mixed roster both = and != hold.
    EXPECT_TRUE(isTrue(QStringLiteral("${member_sex} != 'female'")));
    EXPECT_TRUE(isTrue(QStringLiteral("${member_sex} != 'male'")));
    EXPECT_TRUE(isTrue(QStringLiteral("${daughters} = 'female'")));
    EXPECT_FALSE(isTrue(QStringLiteral("${daughters} != 'female'")));
    EXPECT_FALSE(isTrue(QStringLiteral("${daughters} = 'male'")));
    EXPECT_TRUE(isTrue(QStringLiteral("'male' != ${daughters}")));
}

TEST_F(ExprCompareShape, NoAnswersAtAllMakeEqualAndNotEqualFalse)
{
    for (const char *expression :
         {"${visit} = ''", "${visit} != ''", "${visit} = 'yes'", "${visit} != 'yes'", "'yes' != ${visit}",
          "${visit} = 0", "${visit} != 0", "${visit} < 1", "${visit} >= 0", "0 <= ${visit}",
          "${visit} <= today()", "${visit} < ${age}", "${age} >= ${visit}"})
        EXPECT_FALSE(isTrueWithoutFailing(QString::fromLatin1(expression))) << expression;
}

TEST_F(ExprCompareShape, DateLiteralMatchesTheSameDayHoweverTheAnswerWritesIt)
{
    table.addField(QStringLiteral("visit_date"), QStringLiteral("2024-3-10"));
    EXPECT_TRUE(isTrue(QStringLiteral("${visit_date} = '2024-03-10'")));
    EXPECT_FALSE(isTrue(QStringLiteral("${visit_date} != '2024-03-10'")));
    EXPECT_TRUE(isTrue(QStringLiteral("'2024-03-10' = ${visit_date}")));
    EXPECT_FALSE(isTrue(QStringLiteral("${visit_date} = '2024-03-11'")));
    EXPECT_TRUE(isTrue(QStringLiteral("${visit_date} != '2024-03-11'")));
}

TEST_F(ExprCompareShape, LiteralThatOnlyLooksLikeADateIsText)
{
    // No such day, so the literal is text: equal to the same text, and no failure.
    table.addField(QStringLiteral("code"), QStringLiteral("2023-02-30"));
    EXPECT_TRUE(isTrueWithoutFailing(QStringLiteral("${code} = '2023-02-30'")));
    EXPECT_FALSE(isTrueWithoutFailing(QStringLiteral("${code} != '2023-02-30'")));
    EXPECT_FALSE(isTrueWithoutFailing(QStringLiteral("${code} = '2023-2-30'")));
}

TEST_F(ExprCompareShape, CurrentAnswerAgainstANumber)
{
    table.setCurrentField(table.fieldId(u"age")); // 15
    EXPECT_TRUE(isTrue(QStringLiteral(". >= 14")));
    EXPECT_TRUE(isTrue(QStringLiteral(". >= 15")));
    EXPECT_FALSE(isTrue(QStringLiteral(". > 15")));
    EXPECT_TRUE(isTrue(QStringLiteral(". <= 15")));
    EXPECT_FALSE(isTrue(QStringLiteral(". < 15")));
    EXPECT_TRUE(isTrue(QStringLiteral(". = 15")));
    EXPECT_FALSE(isTrue(QStringLiteral(". != 15")));
    EXPECT_TRUE(isTrue(QStringLiteral(". >= 14 and . <= 110")));
    EXPECT_TRUE(isTrue(QStringLiteral("current() = 15.0")));
}

TEST_F(ExprCompareShape, AnswerThatIsNoNumberHoldsNoOrderingAndDiffersFromEveryNumber)
{
    // Blank, unanswered and text answers are NaN: no ordering holds, and NaN differs from every number.
    for (const char *value : {"", "abc", " ", "15 years"}) {
        setCurrent(QStringLiteral("q"), QString::fromLatin1(value));
        for (const char *expression : {". >= 14", ". > 14", ". <= 14", ". < 14", ". = 14", "14 < ."})
            EXPECT_FALSE(isTrueWithoutFailing(QString::fromLatin1(expression)))
                << '"' << value << "\" " << expression;
        EXPECT_TRUE(isTrueWithoutFailing(QStringLiteral(". != 14"))) << '"' << value << '"';
    }
    table.setCurrentField(table.fieldId(u"unanswered"));
    EXPECT_FALSE(isTrue(QStringLiteral(". >= 14")));
    EXPECT_TRUE(isTrue(QStringLiteral(". != 14")));
}

TEST_F(ExprCompareShape, DotWithoutACurrentFieldIsTheEmptyString)
{
    // Not an empty node-set: the empty string, so != is true where an empty node-set would make it false.
    ASSERT_EQ(table.currentField(), -1);
    EXPECT_TRUE(isTrueWithoutFailing(QStringLiteral(". = ''")));
    EXPECT_FALSE(isTrueWithoutFailing(QStringLiteral(". != ''")));
    EXPECT_FALSE(isTrueWithoutFailing(QStringLiteral(". = 'yes'")));
    EXPECT_TRUE(isTrueWithoutFailing(QStringLiteral(". != 'yes'")));
    EXPECT_FALSE(isTrueWithoutFailing(QStringLiteral(". >= 14")));
    EXPECT_FALSE(isTrueWithoutFailing(QStringLiteral(". < 14")));
    EXPECT_FALSE(isTrueWithoutFailing(QStringLiteral(". = 0")));
    EXPECT_TRUE(isTrueWithoutFailing(QStringLiteral(". != 0")));
    EXPECT_FALSE(isTrueWithoutFailing(QStringLiteral(". < ${limit}")));
    EXPECT_FALSE(isTrueWithoutFailing(QStringLiteral("${limit} > .")));
    EXPECT_FALSE(isTrueWithoutFailing(QStringLiteral(". <= today()")));
}

TEST_F(ExprCompareShape, NumberOnTheLeftReversesTheComparison)
{
    EXPECT_TRUE(isTrue(QStringLiteral("18 > ${age}")));
    EXPECT_FALSE(isTrue(QStringLiteral("18 < ${age}")));
    EXPECT_FALSE(isTrue(QStringLiteral("15 > ${age}")));
    EXPECT_TRUE(isTrue(QStringLiteral("15 >= ${age}")));
    EXPECT_TRUE(isTrue(QStringLiteral("15 <= ${age}")));
    EXPECT_TRUE(isTrue(QStringLiteral("15 = ${age}")));
    EXPECT_TRUE(isTrue(QStringLiteral("14 != ${age}")));
    EXPECT_FALSE(isTrue(QStringLiteral("18 > ${unanswered}")));
    EXPECT_TRUE(isTrue(QStringLiteral("18 != ${unanswered}")));
}

TEST_F(ExprCompareShape, SeveralAnswersAgainstANumber)
{
    // Members aged 34, 7 and not answered: some are under 10 and some over 30, none over 40.
    EXPECT_TRUE(isTrue(QStringLiteral("${member_age} < 10")));
    EXPECT_TRUE(isTrue(QStringLiteral("${member_age} > 30")));
    EXPECT_FALSE(isTrue(QStringLiteral("${member_age} > 40")));
    EXPECT_TRUE(isTrue(QStringLiteral("10 > ${member_age}")));
    EXPECT_TRUE(isTrue(QStringLiteral("10 < ${member_age}")));
    EXPECT_FALSE(isTrue(QStringLiteral("40 < ${member_age}")));
    EXPECT_TRUE(isTrue(QStringLiteral("${member_age} = 7")));
    EXPECT_TRUE(isTrue(QStringLiteral("${member_age} != 7")));
    EXPECT_FALSE(isTrue(QStringLiteral("${member_age} = 8")));
}

TEST_F(ExprCompareShape, AnswerAgainstTodayAndOtherDates)
{
    table.addField(QStringLiteral("dob"), QStringLiteral("2024-05-31"));
    table.addField(QStringLiteral("visit_date"), QStringLiteral("2024-6-1"));
    table.addField(QStringLiteral("started"), QStringLiteral("2024-06-01T09:00:00"));
    EXPECT_TRUE(isTrue(QStringLiteral("${dob} <= today()")));
    EXPECT_TRUE(isTrue(QStringLiteral("${dob} < today()")));
    EXPECT_FALSE(isTrue(QStringLiteral("${dob} > today()")));
    EXPECT_FALSE(isTrue(QStringLiteral("${dob} = today()")));
    EXPECT_TRUE(isTrue(QStringLiteral("${dob} != today()")));
    EXPECT_TRUE(isTrue(QStringLiteral("${visit_date} = today()")));
    EXPECT_TRUE(isTrue(QStringLiteral("today() = ${visit_date}")));
    EXPECT_FALSE(isTrue(QStringLiteral("${visit_date} < today()")));
    EXPECT_TRUE(isTrue(QStringLiteral("today() >= ${dob}")));
    EXPECT_TRUE(isTrue(QStringLiteral("${dob} = date('2024-05-31')")));
    EXPECT_TRUE(isTrue(QStringLiteral("${dob} > date('2024-05-30')")));
    EXPECT_TRUE(isTrue(QStringLiteral("${dob} > today() - 7")));
    EXPECT_FALSE(isTrue(QStringLiteral("${dob} > today() - 1")));
    // A time of day counts: nine o'clock is after midnight and before half past ten.
    EXPECT_TRUE(isTrue(QStringLiteral("${started} > today()")));
    EXPECT_TRUE(isTrue(QStringLiteral("${started} < now()")));
    EXPECT_FALSE(isTrue(QStringLiteral("${started} > now()")));
    // An unanswered date is no day at all.
    EXPECT_FALSE(isTrue(QStringLiteral("${unanswered} <= today()")));
    EXPECT_FALSE(isTrue(QStringLiteral("${unanswered} > today()")));
    EXPECT_TRUE(isTrue(QStringLiteral("${unanswered} != today()")));
}

TEST_F(ExprCompareShape, AnswerAgainstAnswerOrdersNumbersByValue)
{
    // As text "5" sorts after "12"; as numbers it comes before.
    table.addField(QStringLiteral("a"), QStringLiteral("5"));
    table.addField(QStringLiteral("b"), QStringLiteral("12"));
    EXPECT_TRUE(isTrue(QStringLiteral("${a} < ${b}")));
    EXPECT_TRUE(isTrue(QStringLiteral("${a} <= ${b}")));
    EXPECT_FALSE(isTrue(QStringLiteral("${a} > ${b}")));
    EXPECT_FALSE(isTrue(QStringLiteral("${a} >= ${b}")));
    EXPECT_TRUE(isTrue(QStringLiteral("${b} > ${a}")));
    EXPECT_TRUE(isTrue(QStringLiteral("${a} <= ${a}")));
    EXPECT_FALSE(isTrue(QStringLiteral("${a} < ${a}")));
    EXPECT_FALSE(isTrue(QStringLiteral("${unanswered} < ${b}")));
    EXPECT_FALSE(isTrue(QStringLiteral("${unanswered} >= ${b}")));
    EXPECT_FALSE(isTrue(QStringLiteral("${b} > ${sex}")));
}

TEST_F(ExprCompareShape, AnswerAgainstAnswerOrdersDatesByDay)
{
    table.addField(QStringLiteral("start"), QStringLiteral("2024-03-09"));
    table.addField(QStringLiteral("end"), QStringLiteral("2024-3-10"));
    table.addField(QStringLiteral("end_again"), QStringLiteral("2024-03-10"));
    table.addField(QStringLiteral("next_year"), QStringLiteral("2025-01-01"));
    EXPECT_TRUE(isTrue(QStringLiteral("${start} <= ${end}")));
    EXPECT_TRUE(isTrue(QStringLiteral("${start} < ${end}")));
    EXPECT_FALSE(isTrue(QStringLiteral("${start} > ${end}")));
    EXPECT_FALSE(isTrue(QStringLiteral("${start} >= ${end}")));
    EXPECT_TRUE(isTrue(QStringLiteral("${end} >= ${end_again}")));
    EXPECT_TRUE(isTrue(QStringLiteral("${end} <= ${end_again}")));
    EXPECT_FALSE(isTrue(QStringLiteral("${end} < ${end_again}")));
    EXPECT_TRUE(isTrue(QStringLiteral("${end} = ${end_again}")));
    EXPECT_FALSE(isTrue(QStringLiteral("${end} != ${end_again}")));
    EXPECT_TRUE(isTrue(QStringLiteral("${next_year} > ${end}")));
    EXPECT_FALSE(isTrue(QStringLiteral("${unanswered} <= ${end}")));
}

TEST_F(ExprCompareShape, AnswersAgainstAnswersHoldForSomePair)
{
    // Members 34, 7 and blank against the head's 34.
    EXPECT_FALSE(isTrue(QStringLiteral("${member_age} > ${head_age}")));
    EXPECT_TRUE(isTrue(QStringLiteral("${member_age} >= ${head_age}")));
    EXPECT_TRUE(isTrue(QStringLiteral("${member_age} < ${head_age}")));
    EXPECT_TRUE(isTrue(QStringLiteral("${head_age} > ${member_age}")));
    EXPECT_FALSE(isTrue(QStringLiteral("${head_age} < ${member_age}")));
    table.setCurrentField(table.fieldId(u"age")); // 15
    EXPECT_TRUE(isTrue(QStringLiteral(". < ${limit}")));
    EXPECT_FALSE(isTrue(QStringLiteral("${limit} <= .")));
    EXPECT_TRUE(isTrue(QStringLiteral(". > ${member_age}")));
    EXPECT_TRUE(isTrue(QStringLiteral(". < ${member_age}")));
}

TEST_F(ExprCompareShape, CalculatedNumbersCompareAsNumbers)
{
    table.addField(QStringLiteral("colours"), QStringLiteral("red blue"));
    table.addField(QStringLiteral("colour"), QStringLiteral("red"));
    EXPECT_TRUE(isTrue(QStringLiteral("count-selected(${colours}) > 1")));
    EXPECT_TRUE(isTrue(QStringLiteral("count-selected(${colours}) = 2")));
    EXPECT_FALSE(isTrue(QStringLiteral("count-selected(${colour}) > 1")));
    EXPECT_FALSE(isTrue(QStringLiteral("count-selected(${blank}) > 1")));
    EXPECT_TRUE(isTrue(QStringLiteral("count-selected(${blank}) = 0")));
    table.setCurrentField(table.fieldId(u"colours"));
    EXPECT_TRUE(isTrue(QStringLiteral("count-selected(.) > 1")));
    EXPECT_TRUE(isTrue(QStringLiteral("string-length(${sex}) = 6")));
    EXPECT_TRUE(isTrue(QStringLiteral("${age} + 3 = ${limit} + 0")));
    EXPECT_TRUE(isTrue(QStringLiteral("${age} * 2 > ${limit} * 1")));
    EXPECT_FALSE(isTrue(QStringLiteral("${unanswered} + 0 = ${unanswered} + 0"))); // NaN equals nothing
    EXPECT_TRUE(isTrue(QStringLiteral("${unanswered} + 0 != 1 div 0")));
    EXPECT_TRUE(isTrue(QStringLiteral("0.1 + 0.2 = 0.3"))); // ODK's tolerance for rounding
    EXPECT_TRUE(isTrue(QStringLiteral("today() - date('2024-05-31') = 1")));
}

TEST_F(ExprCompareShape, DayThatDoesNotExistFailsAgainstANumber)
{
    setCurrent(QStringLiteral("bad_day"), QStringLiteral("2023-02-30"));
    for (const char *expression :
         {"${bad_day} > 5", "${bad_day} = 5", "${bad_day} != 5", "5 < ${bad_day}", ". >= 14", ". <= today()",
          "${bad_day} < ${limit}", "${limit} > ${bad_day}", "${bad_day} + 0 > 5"}) {
        bool failed = false;
        EXPECT_FALSE(isTrue(QString::fromLatin1(expression), &failed)) << expression;
        EXPECT_TRUE(failed) << expression;
    }
}

// XPath compares no pair when one side has no nodes, so no answer is converted and none can fail: a day that
// does not exist, or an ID that looks like one ("1234-56-78"), beside an empty repeat must not turn a relevance
// or calculation into an evaluation error.
TEST_F(ExprCompareShape, NoPairToCompareMeansNothingFails)
{
    table.addField(QStringLiteral("bad_day"), QStringLiteral("2023-02-30"));
    table.addField(QStringLiteral("code"), QStringLiteral("1234-56-78"));
    for (const char *expression :
         {"${bad_day} < ${visit}", "${bad_day} >= ${visit}", "${code} > ${visit}", "${visit} < ${bad_day}"})
        EXPECT_FALSE(isTrueWithoutFailing(QString::fromLatin1(expression))) << expression;
    setCurrent(QStringLiteral("also_bad"), QStringLiteral("2023-02-30"));
    EXPECT_FALSE(isTrueWithoutFailing(QStringLiteral(". <= ${visit}")));
}

TEST_F(ExprCompareShape, AnswerEqualsAnswerAsTextOrAsTheSameDay)
{
    table.addField(QStringLiteral("country"), QStringLiteral("ner"));
    table.addField(QStringLiteral("origin"), QStringLiteral("ner"));
    table.addField(QStringLiteral("transit"), QStringLiteral("mli"));
    table.addField(QStringLiteral("number_text"), QStringLiteral("15.0"));
    table.addField(QStringLiteral("left"), QStringLiteral("2024-3-10"));
    table.addField(QStringLiteral("arrived"), QStringLiteral(" 2024-03-10"));
    table.addField(QStringLiteral("no_day"), QStringLiteral("2024-02-30"));
    table.addField(QStringLiteral("no_day_again"), QStringLiteral("2024-02-30"));
    EXPECT_TRUE(isTrueWithoutFailing(QStringLiteral("${country} = ${origin}")));
    EXPECT_FALSE(isTrueWithoutFailing(QStringLiteral("${country} != ${origin}")));
    EXPECT_TRUE(isTrueWithoutFailing(QStringLiteral("${country} != ${transit}")));
    EXPECT_FALSE(isTrueWithoutFailing(QStringLiteral("${age} = ${number_text}"))); // "15" and "15.0" are two texts
    EXPECT_TRUE(isTrueWithoutFailing(QStringLiteral("${left} = ${arrived}")));       // one day written two ways
    EXPECT_TRUE(isTrueWithoutFailing(QStringLiteral("${no_day} = ${no_day_again}"))); // no day at all: as text
    EXPECT_TRUE(isTrueWithoutFailing(QStringLiteral("${blank} = ${unanswered}")));
    // Against a roster: equal when some member matches, unequal when some member differs.
    EXPECT_TRUE(isTrueWithoutFailing(QStringLiteral("${member_sex} = ${sex}")));
    EXPECT_TRUE(isTrueWithoutFailing(QStringLiteral("${member_sex} != ${sex}")));
    EXPECT_FALSE(isTrueWithoutFailing(QStringLiteral("${daughters} != ${sex}")));
    EXPECT_FALSE(isTrueWithoutFailing(QStringLiteral("${visit} = ${sex}")));
    EXPECT_FALSE(isTrueWithoutFailing(QStringLiteral("${sex} != ${visit}")));
    setCurrent(QStringLiteral("here"), QStringLiteral("ner"));
    EXPECT_TRUE(isTrueWithoutFailing(QStringLiteral(". = ${country}")));
}
