// The ODK function library as XLSForm authors use it in relevance, constraints and calculations.
#include "exprfixture.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cmath>

using namespace flowdesk::expr;

namespace {

class ExprFunctions : public flowdesk::test::ExprFixture
{
protected:
    ExprFunctions()
    {
        reasons = table.addField(QStringLiteral("reasons"), QStringLiteral("  conflict   other "));
        table.addField(QStringLiteral("name"), QStringLiteral("Åsa ñ 😀"));
        table.addField(QStringLiteral("blank"));
    }

    int reasons = -1;
};

} // namespace

TEST_F(ExprFunctions, MultipleChoiceAnswers)
{
    EXPECT_TRUE(isTrue(QStringLiteral("selected(${reasons}, 'other')")));
    EXPECT_TRUE(isTrue(QStringLiteral("selected(${reasons}, ' other ')")));
    EXPECT_FALSE(isTrue(QStringLiteral("selected(${reasons}, 'oth')")));
    EXPECT_FALSE(isTrue(QStringLiteral("selected('a b', 'a b')")));
    EXPECT_EQ(number(QStringLiteral("count-selected(${reasons})")), 2);
    EXPECT_EQ(number(QStringLiteral("count-selected(${blank})")), 0);
    // selected-at() indexes the same items count-selected() counts.
    EXPECT_EQ(string(QStringLiteral("selected-at(${reasons}, 0)")), QStringLiteral("conflict"));
    EXPECT_EQ(string(QStringLiteral("selected-at(${reasons}, 1)")), QStringLiteral("other"));
    EXPECT_EQ(string(QStringLiteral("selected-at(${reasons}, 2)")), QString());
    EXPECT_EQ(string(QStringLiteral("selected-at(${reasons}, -1)")), QString());
    EXPECT_EQ(string(QStringLiteral("selected-at('a b c', 1.7)")), QStringLiteral("b"));
}

TEST_F(ExprFunctions, RegexSearchesAnywhereAndChecksRuntimePatterns)
{
    EXPECT_TRUE(isTrue(QStringLiteral("regex('abc', 'b')")));
    EXPECT_FALSE(isTrue(QStringLiteral("regex('abc', '^b')")));
    EXPECT_TRUE(isTrue(QStringLiteral("regex('0772123456', '^[0-9]{7,15}$')")));
    EXPECT_FALSE(isTrue(QStringLiteral("regex('12-34', '^[0-9]{7,15}$')")));
    table.addField(QStringLiteral("pattern"), QStringLiteral("[0-9"));
    EXPECT_TRUE(fails(QStringLiteral("regex('1', ${pattern})")));
}

TEST_F(ExprFunctions, StringsCountUtf16UnitsAsOdkCollectDoes)
{
    EXPECT_EQ(number(QStringLiteral("string-length(${name})")), 8);
    EXPECT_EQ(string(QStringLiteral("translate(${name}, 'as', 'AS')")), QStringLiteral("ÅSA ñ 😀"));
    EXPECT_EQ(string(QStringLiteral("substr('abcdef', 1, -1)")), QStringLiteral("bcde"));
    EXPECT_EQ(string(QStringLiteral("substr('abcdef', 2)")), QStringLiteral("cdef"));
    EXPECT_EQ(string(QStringLiteral("substr('abcdef', -2)")), QStringLiteral("ef"));
    EXPECT_EQ(string(QStringLiteral("substring('12345', 1.5, 2.6)")), QStringLiteral("234"));
    EXPECT_EQ(string(QStringLiteral("substring('12345', 0, 3)")), QStringLiteral("12"));
    EXPECT_EQ(string(QStringLiteral("substring('12345', -42, 1 div 0)")), QStringLiteral("12345"));
    EXPECT_EQ(string(QStringLiteral("substring('12345', 0 div 0, 3)")), QString());
    EXPECT_EQ(string(QStringLiteral("substring-before('2024-03-10', '-')")), QStringLiteral("2024"));
    EXPECT_EQ(string(QStringLiteral("substring-after('2024-03-10', '-')")), QStringLiteral("03-10"));
    EXPECT_EQ(string(QStringLiteral("translate('abc', 'ab', 'A')")), QStringLiteral("Ac"));
}

TEST_F(ExprFunctions, NormalizeSpaceUsesXPathWhitespaceOnly)
{
    EXPECT_EQ(string(QStringLiteral("normalize-space('  a \n\t b  ')")), QStringLiteral("a b"));
    EXPECT_EQ(string(QStringLiteral("normalize-space(' \f ')")), QStringLiteral("\f"));
}

TEST_F(ExprFunctions, JoiningText)
{
    EXPECT_EQ(string(QStringLiteral("concat('a', 1, true(), 0.5)")), QStringLiteral("a1true0.5"));
    EXPECT_EQ(string(QStringLiteral("concat()")), QString());
    EXPECT_EQ(string(QStringLiteral("join('-', 'a', 'b', 'c')")), QStringLiteral("a-b-c"));
    EXPECT_EQ(string(QStringLiteral("coalesce(${blank}, 'fallback')")), QStringLiteral("fallback"));
    EXPECT_EQ(string(QStringLiteral("coalesce('first', 'fallback')")), QStringLiteral("first"));
}

TEST_F(ExprFunctions, BooleansFromText)
{
    EXPECT_TRUE(isTrue(QStringLiteral("boolean-from-string('true')")));
    EXPECT_TRUE(isTrue(QStringLiteral("boolean-from-string('1')")));
    EXPECT_FALSE(isTrue(QStringLiteral("boolean-from-string('TRUE')")));
    EXPECT_FALSE(isTrue(QStringLiteral("boolean-from-string('yes')")));
    EXPECT_TRUE(isTrue(QStringLiteral("boolean-from-string(2)")));
    EXPECT_FALSE(isTrue(QStringLiteral("boolean-from-string(1.5)")));
}

TEST_F(ExprFunctions, Checklists)
{
    EXPECT_TRUE(isTrue(QStringLiteral("checklist(1, 2, true(), false(), 1 = 1)")));
    EXPECT_FALSE(isTrue(QStringLiteral("checklist(3, -1, true(), false(), 1 = 1)")));
    EXPECT_TRUE(isTrue(QStringLiteral("weighted-checklist(3, 3, true(), 1, true(), 2, false(), 5)")));
    EXPECT_FALSE(isTrue(QStringLiteral("weighted-checklist(-1, 2, true(), 1, true(), 2)")));
}

TEST_F(ExprFunctions, OnlyTheTakenBranchRuns)
{
    EXPECT_FALSE(fails(QStringLiteral("if(true(), 'ok', date('2023-02-30'))")));
    EXPECT_TRUE(fails(QStringLiteral("if(false(), 'ok', date('2023-02-30'))")));
    EXPECT_FALSE(fails(QStringLiteral("false() and date('2023-02-30') = 1")));
    EXPECT_FALSE(fails(QStringLiteral("coalesce('x', date('2023-02-30'))")));
}

TEST_F(ExprFunctions, OnceKeepsAnExistingAnswer)
{
    table.setCurrentField(reasons);
    EXPECT_EQ(string(QStringLiteral("once('new')")), QStringLiteral("  conflict   other "));
    table.setCurrentField(table.fieldId(u"blank"));
    EXPECT_EQ(string(QStringLiteral("once('new')")), QStringLiteral("new"));
}

TEST_F(ExprFunctions, DigestsAndIdentifiers)
{
    EXPECT_EQ(string(QStringLiteral("digest('abc', 'SHA-256', 'hex')")),
              QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    EXPECT_EQ(string(QStringLiteral("digest('abc', 'md5')")), QStringLiteral("kAFQmDzST7DWlj99KOF/cg=="));
    EXPECT_TRUE(fails(QStringLiteral("digest('abc', 'sha-3')")));
    const QRegularExpression uuidShape(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    EXPECT_TRUE(uuidShape.match(string(QStringLiteral("uuid()"))).hasMatch());
    EXPECT_NE(string(QStringLiteral("uuid()")), string(QStringLiteral("uuid()")));
    EXPECT_EQ(string(QStringLiteral("uuid(12)")).size(), 12);
    const double r = number(QStringLiteral("random()"));
    EXPECT_TRUE(r >= 0 && r < 1);
}

TEST_F(ExprFunctions, Geodesy)
{
    EXPECT_EQ(number(QStringLiteral("distance('0 0;0 90')")), 10018696.05);
    EXPECT_EQ(number(QStringLiteral("area('7.9377 -11.5845 0 0;7.9324 -11.5902 0 0;7.927 -11.5857 0 0;"
                                    "7.925 -11.578 0 0;7.9267 -11.5722 0 0;7.9325 -11.5708 0 0;"
                                    "7.9372 -11.5737 0 0;7.9393 -11.579 0 0;7.9377 -11.5845 0 0')")),
              2333220.77);
    EXPECT_EQ(number(QStringLiteral("area('1 1;1 2')")), 0); // a line has no area
    EXPECT_TRUE(std::isnan(number(QStringLiteral("distance('91 0;0 0')"))));
    EXPECT_TRUE(std::isnan(number(QStringLiteral("area('')"))));
}

TEST_F(ExprFunctions, MathFollowsJavaScriptAndJava)
{
    EXPECT_EQ(number(QStringLiteral("pow(2, 10)")), 1024);
    EXPECT_TRUE(std::isnan(number(QStringLiteral("pow(1, 0 div 0)"))));
    EXPECT_TRUE(std::isnan(number(QStringLiteral("pow(-8, 1 div 3)"))));
    EXPECT_EQ(number(QStringLiteral("exp10(2)")), 100);
    EXPECT_EQ(number(QStringLiteral("log10(1000)")), 3);
    EXPECT_EQ(number(QStringLiteral("abs(-2.5)")), 2.5);
    EXPECT_EQ(number(QStringLiteral("atan2(1, 1) * 4")), number(QStringLiteral("pi()")));
    EXPECT_TRUE(std::isnan(number(QStringLiteral("max(1, '')"))));
    EXPECT_TRUE(std::isnan(number(QStringLiteral("min()"))));
    EXPECT_EQ(number(QStringLiteral("floor(-3.5) + ceiling(3.2)")), 0);
}

// A calculation written back into an interview: an unchanged result keeps the stored string (no new one is
// made for each re-validation), a changed one replaces it, and a failed one leaves the answer blank.
TEST_F(ExprFunctions, EvaluateIntoKeepsAnUnchangedResult)
{
    table.addField(QStringLiteral("a"), QStringLiteral("7"));
    const flowdesk::expr::Expression twice = parse(QStringLiteral("${a} * 2"));
    QString stored = QStringLiteral("14");
    stored.detach();
    const QChar *before = stored.constData();
    bool failed = true;
    twice.evaluateInto(stored, table, &failed);
    EXPECT_FALSE(failed);
    EXPECT_EQ(stored, QStringLiteral("14"));
    EXPECT_EQ(stored.constData(), before);

    QString wrong = QStringLiteral("15");
    twice.evaluateInto(wrong, table);
    EXPECT_EQ(wrong, QStringLiteral("14"));

    QString dated = QStringLiteral("x");
    parse(QStringLiteral("date('2023-02-30')")).evaluateInto(dated, table, &failed);
    EXPECT_TRUE(failed);
    EXPECT_TRUE(dated.isEmpty());
}
