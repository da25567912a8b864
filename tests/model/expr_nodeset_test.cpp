// References are XPath node-sets: a field inside a repeat, seen from outside, is one node per instance.
#include "exprfixture.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace flowdesk::expr;

namespace {

class ExprNodeSet : public flowdesk::test::ExprFixture
{
protected:
    ExprNodeSet()
    {
        // A household roster repeat with three members, plus a repeat nobody has filled in yet.
        table.addRepeatedField(QStringLiteral("member_age"), {QStringLiteral("34"), QStringLiteral("7"), QStringLiteral("")});
        table.addRepeatedField(QStringLiteral("member_name"),
                               {QStringLiteral("Amina"), QStringLiteral("Musa"), QStringLiteral("Zara")});
        table.addRepeatedField(QStringLiteral("member_sex"),
                               {QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("female")});
        table.addRepeatedField(QStringLiteral("visit"), {});
        table.addRepeatedField(QStringLiteral("roster"), {QString(), QString(), QString()});
        table.addField(QStringLiteral("head_age"), QStringLiteral("34"));
        table.addField(QStringLiteral("empty"));
    }

};

} // namespace

TEST_F(ExprNodeSet, ComparisonHoldsWhenItHoldsForSomeNode)
{
    EXPECT_TRUE(isTrue(QStringLiteral("${member_age} < 18")));
    EXPECT_TRUE(isTrue(QStringLiteral("${member_age} > 18")));
    EXPECT_FALSE(isTrue(QStringLiteral("${member_age} > 60")));
    EXPECT_TRUE(isTrue(QStringLiteral("${member_sex} = 'male'")));
    EXPECT_TRUE(isTrue(QStringLiteral("'male' = ${member_sex}")));
    // Both = and != hold: some member is female and some is not.
    EXPECT_TRUE(isTrue(QStringLiteral("${member_sex} = 'female'")));
    EXPECT_TRUE(isTrue(QStringLiteral("${member_sex} != 'female'")));
    EXPECT_FALSE(isTrue(QStringLiteral("not(${member_sex} = 'female')")));
}

TEST_F(ExprNodeSet, NodeSetAgainstNodeSetComparesEveryPair)
{
    EXPECT_TRUE(isTrue(QStringLiteral("${member_age} = ${head_age}")));
    EXPECT_TRUE(isTrue(QStringLiteral("${head_age} > ${member_age}")));
    EXPECT_FALSE(isTrue(QStringLiteral("${head_age} < ${member_age}")));
}

TEST_F(ExprNodeSet, AnEmptyNodeSetMakesEveryComparisonFalse)
{
    EXPECT_FALSE(isTrue(QStringLiteral("${visit} = ''")));
    EXPECT_FALSE(isTrue(QStringLiteral("${visit} != ''")));
    EXPECT_FALSE(isTrue(QStringLiteral("${visit} < 1")));
    EXPECT_FALSE(isTrue(QStringLiteral("boolean(${visit})")));
    EXPECT_TRUE(std::isnan(number(QStringLiteral("${visit}"))));
    EXPECT_EQ(string(QStringLiteral("${visit}")), QString());
}

TEST_F(ExprNodeSet, ComparisonWithABooleanUsesWhetherNodesExist)
{
    EXPECT_TRUE(isTrue(QStringLiteral("${visit} = false()")));
    EXPECT_TRUE(isTrue(QStringLiteral("${empty} = true()"))); // one node, even though its answer is blank
    EXPECT_TRUE(isTrue(QStringLiteral("boolean(${empty})")));
}

TEST_F(ExprNodeSet, ValueOfANodeSetIsItsFirstNode)
{
    EXPECT_EQ(string(QStringLiteral("${member_name}")), QStringLiteral("Amina"));
    EXPECT_EQ(number(QStringLiteral("${member_age} + 1")), 35);
    EXPECT_EQ(string(QStringLiteral("substr(${member_name}, 0, 2)")), QStringLiteral("Am"));
}

TEST_F(ExprNodeSet, AggregatesSeeEveryNode)
{
    EXPECT_EQ(number(QStringLiteral("count(${member_age})")), 3);
    EXPECT_EQ(number(QStringLiteral("count(${visit})")), 0);
    EXPECT_EQ(number(QStringLiteral("count-non-empty(${member_age})")), 2);
    EXPECT_TRUE(std::isnan(number(QStringLiteral("max(${member_name})")))); // names are not numbers
    EXPECT_TRUE(std::isnan(number(QStringLiteral("sum(${member_age})")))); // a blank answer is NaN
    table.setValues(table.fieldId(u"member_age"), {QStringLiteral("34"), QStringLiteral("7"), QStringLiteral("2")});
    EXPECT_EQ(number(QStringLiteral("sum(${member_age})")), 43);
    EXPECT_EQ(number(QStringLiteral("max(${member_age})")), 34);
    EXPECT_EQ(number(QStringLiteral("min(${member_age}, 5)")), 2);
    EXPECT_EQ(string(QStringLiteral("join(', ', ${member_name})")), QStringLiteral("Amina, Musa, Zara"));
    EXPECT_EQ(string(QStringLiteral("concat(${member_name})")), QStringLiteral("AminaMusaZara"));
}

TEST_F(ExprNodeSet, ChecklistsCountAnsweredNodes)
{
    EXPECT_TRUE(isTrue(QStringLiteral("checklist(2, 2, ${member_age})")));
    EXPECT_FALSE(isTrue(QStringLiteral("checklist(3, -1, ${member_age})")));
    EXPECT_TRUE(isTrue(QStringLiteral("weighted-checklist(5, -1, ${member_age}, ${member_age})")));
}

TEST_F(ExprNodeSet, IndexedRepeatAsksTheContext)
{
    EXPECT_EQ(string(QStringLiteral("indexed-repeat(${member_name}, ${roster}, 2)")), QStringLiteral("Musa"));
    EXPECT_EQ(string(QStringLiteral("indexed-repeat(${member_name}, ${roster}, 1 + 2)")), QStringLiteral("Zara"));
    EXPECT_EQ(string(QStringLiteral("indexed-repeat(${member_name}, ${roster}, 9)")), QString());
}

TEST_F(ExprNodeSet, PositionComesFromTheContext)
{
    table.setPosition(2);
    EXPECT_EQ(number(QStringLiteral("position()")), 2);
    EXPECT_EQ(string(QStringLiteral("concat('Member ', position())")), QStringLiteral("Member 2"));
}

TEST_F(ExprNodeSet, ChoiceNameAsksTheContextForTheLabel)
{
    const int fruit = table.addField(QStringLiteral("fruit"), QStringLiteral("mango"));
    table.setChoiceLabel(fruit, QStringLiteral("mango"), QStringLiteral("Mango (ripe)"));
    EXPECT_EQ(string(QStringLiteral("jr:choice-name(${fruit}, '${fruit}')")), QStringLiteral("Mango (ripe)"));
    EXPECT_EQ(string(QStringLiteral("jr:choice-name('banana', '${fruit}')")), QStringLiteral("banana"));
}

TEST_F(ExprNodeSet, DotIsTheCurrentFieldOrEmpty)
{
    EXPECT_EQ(string(QStringLiteral("concat('[', ., ']')")), QStringLiteral("[]"));
    table.setCurrentField(table.fieldId(u"head_age"));
    EXPECT_TRUE(isTrue(QStringLiteral(". >= 18 and . <= 110")));
    EXPECT_EQ(number(QStringLiteral("number()")), 34);
    EXPECT_EQ(number(QStringLiteral("string-length()")), 2);
}
