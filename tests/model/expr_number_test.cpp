// Numbers as a form shows and reads them: XPath 1.0 text conversions, rounding, arithmetic edges.
#include "expr/expression.h"
#include "expr/fieldtable.h"
#include "expr/xpathnumber.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <utility>

using namespace flowdesk::expr;

namespace {

class ExprNumber : public ::testing::Test
{
protected:
    Value eval(const QString &text)
    {
        std::vector<ParseError> errors;
        const Expression e = Expression::parse(text, table.resolver(), &errors);
        for (const ParseError &error : errors)
            ADD_FAILURE() << text.toStdString() << ": " << error.message.toStdString();
        return e.evaluate(table);
    }
    QString text(const QString &expression) { return eval(QStringLiteral("string(%1)").arg(expression)).string; }
    double number(const QString &expression) { return eval(expression).number; }

    FieldTable table;
};

bool isNegativeZero(double v)
{
    return v == 0 && std::signbit(v);
}

} // namespace

TEST_F(ExprNumber, NumbersPrintWithoutExponentsOrTrailingZeros)
{
    EXPECT_EQ(text(QStringLiteral("1 div 3")), QStringLiteral("0.3333333333333333"));
    EXPECT_EQ(text(QStringLiteral("0.1 + 0.2")), QStringLiteral("0.30000000000000004"));
    EXPECT_EQ(text(QStringLiteral("123.0")), QStringLiteral("123"));
    EXPECT_EQ(text(QStringLiteral("1000000 * 1000000 * 1000000 * 1000")), QStringLiteral("1000000000000000000000"));
    EXPECT_EQ(text(QStringLiteral("1 div 1000000000")), QStringLiteral("0.000000001"));
    EXPECT_EQ(text(QStringLiteral("-0.5 * 0")), QStringLiteral("0"));
    EXPECT_EQ(text(QStringLiteral("0 div 0")), QStringLiteral("NaN"));
    EXPECT_EQ(text(QStringLiteral("-1 div 0")), QStringLiteral("-Infinity"));
    EXPECT_EQ(formatXPathNumber(123456789012345678901234.0), QStringLiteral("123456789012345690000000"));
    EXPECT_EQ(formatXPathNumber(5e-324), QStringLiteral("0.") + QString(323, u'0') + u'5');
}

TEST_F(ExprNumber, TextBecomesANumberOnlyInXPathNotation)
{
    EXPECT_EQ(number(QStringLiteral("number(' -12.5 ')")), -12.5);
    EXPECT_EQ(number(QStringLiteral("number('.5')")), 0.5);
    EXPECT_EQ(number(QStringLiteral("number('5.')")), 5);
    for (const char *notANumber : {"'1e6'", "'0x1A'", "'Infinity'", "'+5'", "'1,5'", "''", "' '", "'- 1'", "'1.2.3'"})
        EXPECT_TRUE(std::isnan(number(QStringLiteral("number(%1)").arg(QLatin1StringView(notANumber))))) << notANumber;
    EXPECT_TRUE(isNegativeZero(number(QStringLiteral("number('-0')"))));
}

TEST_F(ExprNumber, AnswersWithSpacesStillCompareAsNumbers)
{
    const int age = table.addField(QStringLiteral("age"), QStringLiteral(" 7 "));
    table.setCurrentField(age);
    EXPECT_TRUE(eval(QStringLiteral(". >= 0 and . <= 110")).boolean);
    EXPECT_TRUE(eval(QStringLiteral("${age} = 7")).boolean);
    EXPECT_FALSE(eval(QStringLiteral("${age} = '7'")).boolean); // as strings they differ
}

TEST_F(ExprNumber, RoundTakesHalvesTowardsPositiveInfinity)
{
    EXPECT_EQ(number(QStringLiteral("round(2.5)")), 3);
    EXPECT_EQ(number(QStringLiteral("round(-1.5)")), -1);
    EXPECT_TRUE(isNegativeZero(number(QStringLiteral("round(-0.5)"))));
    EXPECT_TRUE(isNegativeZero(number(QStringLiteral("round(-0.2)"))));
    EXPECT_EQ(number(QStringLiteral("round(0.49999999999999994)")), 0);
    EXPECT_TRUE(std::isnan(number(QStringLiteral("round('a')"))));
}

TEST_F(ExprNumber, RoundToPlacesRoundsTheDecimalAsWritten)
{
    EXPECT_EQ(number(QStringLiteral("round(2.675, 2)")), 2.68);
    EXPECT_EQ(number(QStringLiteral("round(1.005, 2)")), 1.01);
    EXPECT_EQ(number(QStringLiteral("round(-1.475, 2)")), -1.47);
    EXPECT_EQ(number(QStringLiteral("round(1.234, 2)")), 1.23);
    EXPECT_EQ(number(QStringLiteral("round(9.995, 2)")), 10);
    EXPECT_EQ(number(QStringLiteral("round(33.33, -1)")), 30);
    EXPECT_EQ(number(QStringLiteral("round(626.3, -3)")), 1000);
    EXPECT_EQ(number(QStringLiteral("round(23.7825, -2)")), 0);
    EXPECT_EQ(number(QStringLiteral("round(14.29123456789, 1.5)")), 14.3);
    EXPECT_EQ(number(QStringLiteral("round(0.1, 20)")), 0.1);
}

TEST_F(ExprNumber, IntTruncatesTowardsZero)
{
    EXPECT_EQ(number(QStringLiteral("int(2.9)")), 2);
    EXPECT_EQ(number(QStringLiteral("int(-1.5)")), -1);
    EXPECT_TRUE(isNegativeZero(number(QStringLiteral("int(-0.5)"))));
    EXPECT_EQ(text(QStringLiteral("int(-0.5)")), QStringLiteral("0"));
    EXPECT_TRUE(std::isinf(number(QStringLiteral("int(1 div 0)"))));
}

TEST_F(ExprNumber, ArithmeticEdges)
{
    EXPECT_EQ(number(QStringLiteral("-5 mod 2")), -1); // sign of the dividend
    EXPECT_EQ(number(QStringLiteral("5 mod -2")), 1);
    EXPECT_TRUE(std::isnan(number(QStringLiteral("1 mod 0"))));
    EXPECT_TRUE(std::isinf(number(QStringLiteral("1 div 0"))));
    EXPECT_TRUE(isNegativeZero(number(QStringLiteral("-1 * 0"))));
    EXPECT_TRUE(std::isnan(number(QStringLiteral("'abc' - 1"))));
    EXPECT_EQ(number(QStringLiteral("true() + true()")), 2);
}

TEST_F(ExprNumber, EqualityToleratesFloatingPointNoiseAsODKCollectDoes)
{
    EXPECT_TRUE(eval(QStringLiteral("6.1 - 7.8 = -1.7")).boolean);
    EXPECT_TRUE(eval(QStringLiteral("0.1 + 0.2 = 0.3")).boolean);
    EXPECT_FALSE(eval(QStringLiteral("0.1 + 0.2 != 0.3")).boolean);
    EXPECT_FALSE(eval(QStringLiteral("1.000001 = 1")).boolean);
    EXPECT_FALSE(eval(QStringLiteral("0 div 0 = 0 div 0")).boolean);
    EXPECT_TRUE(eval(QStringLiteral("1 div 0 = 2 div 0")).boolean);
}

TEST_F(ExprNumber, BooleansOfNumbersAndStrings)
{
    EXPECT_FALSE(eval(QStringLiteral("boolean(0 div 0)")).boolean);
    EXPECT_FALSE(eval(QStringLiteral("boolean(-0)")).boolean);
    EXPECT_TRUE(eval(QStringLiteral("boolean('0')")).boolean); // non-empty text
    EXPECT_TRUE(eval(QStringLiteral("boolean('false')")).boolean);
    EXPECT_FALSE(eval(QStringLiteral("boolean('')")).boolean);
}

TEST_F(ExprNumber, ResultKeepsItsNaturalType)
{
    EXPECT_EQ(eval(QStringLiteral("1 + 1")).type, Value::Type::Number);
    EXPECT_EQ(eval(QStringLiteral("1 < 2")).type, Value::Type::Boolean);
    EXPECT_EQ(eval(QStringLiteral("concat(1, 2)")).type, Value::Type::String);
    EXPECT_EQ(eval(QStringLiteral("if(1 < 2, 5, 'no')")).type, Value::Type::Number);
    EXPECT_EQ(eval(QStringLiteral("if(1 > 2, 5, 'no')")).type, Value::Type::String);
}

TEST_F(ExprNumber, SmallWholeNumbersPrintAsTheirDigits)
{
    // Calculated counts and flags (0..999) come from a shared table; its first and last entries, and the
    // numbers either side of it, must read right.
    const std::pair<double, const char *> cases[] = {{0, "0"},     {7, "7"},     {10, "10"},     {99, "99"},
                                                     {100, "100"}, {999, "999"}, {1000, "1000"}, {-1, "-1"},
                                                     {0.5, "0.5"}, {-0.0, "0"},  {999.5, "999.5"}};
    for (const auto &[value, expected] : cases)
        EXPECT_EQ(formatXPathNumber(value), QLatin1StringView(expected)) << expected;
    EXPECT_EQ(text(QStringLiteral("3 + 4")), QStringLiteral("7"));
    EXPECT_EQ(text(QStringLiteral("count-selected('a b c d e f g h i j')")), QStringLiteral("10"));
    EXPECT_EQ(text(QStringLiteral("1000 - 1")), QStringLiteral("999"));
    EXPECT_EQ(text(QStringLiteral("999 + 1")), QStringLiteral("1000"));
    EXPECT_EQ(text(QStringLiteral("0 - 1")), QStringLiteral("-1"));
    EXPECT_EQ(text(QStringLiteral("0 * -1")), QStringLiteral("0"));
    EXPECT_EQ(text(QStringLiteral("concat(7, '|', 0, '|', 999)")), QStringLiteral("7|0|999"));
}

TEST_F(ExprNumber, ChangingOneCalculatedNumberLeavesTheOthersAlone)
{
    // Each answer is edited on its own (a calculation's text is then stored or appended to); sharing the
    // digits of small numbers must never let one edit show in another answer or in the next calculation.
    QString first = text(QStringLiteral("3 + 4"));
    const QString second = text(QStringLiteral("10 - 3"));
    first += u'0';
    EXPECT_EQ(first, QStringLiteral("70"));
    EXPECT_EQ(second, QStringLiteral("7"));
    first[0] = u'1';
    EXPECT_EQ(first, QStringLiteral("10"));
    EXPECT_EQ(second, QStringLiteral("7"));

    QString twelve = formatXPathNumber(12);
    twelve[1] = u'9';
    EXPECT_EQ(twelve, QStringLiteral("19"));
    twelve.data()[0] = u'5';
    EXPECT_EQ(twelve, QStringLiteral("59"));
    EXPECT_EQ(formatXPathNumber(12), QStringLiteral("12"));
    EXPECT_EQ(formatXPathNumber(2), QStringLiteral("2"));
    EXPECT_EQ(formatXPathNumber(1), QStringLiteral("1"));
    EXPECT_EQ(text(QStringLiteral("7")), QStringLiteral("7"));
    EXPECT_EQ(text(QStringLiteral("17")), QStringLiteral("17"));
}

TEST_F(ExprNumber, WholeNumbersPrintAsTheirDigitsUpToFifteenOfThem)
{
    char16_t buffer[kIntegerTextSize];
    auto integer = [&buffer](double value) {
        const int size = formatXPathInteger(value, buffer);
        return QString(reinterpret_cast<const QChar *>(buffer), size);
    };
    EXPECT_EQ(integer(0), QStringLiteral("0"));
    EXPECT_EQ(integer(-0.0), QStringLiteral("0"));
    EXPECT_EQ(integer(-7), QStringLiteral("-7"));
    EXPECT_EQ(integer(6000000), QStringLiteral("6000000"));
    EXPECT_EQ(integer(-999999999999999), QStringLiteral("-999999999999999"));
    // Not whole, too large or not a number: left to the general digit search, which gives the same text.
    for (double other : {2.5, 1e15, -1e15, std::numeric_limits<double>::quiet_NaN(),
                         std::numeric_limits<double>::infinity()})
        EXPECT_EQ(formatXPathInteger(other, buffer), 0) << other;
    EXPECT_EQ(formatXPathNumber(6000000), QStringLiteral("6000000"));
    EXPECT_EQ(formatXPathNumber(-42), QStringLiteral("-42"));
    EXPECT_EQ(formatXPathNumber(1e15), QStringLiteral("1000000000000000"));
    EXPECT_EQ(text(QStringLiteral("1500 * 4")), QStringLiteral("6000"));
}

TEST_F(ExprNumber, ShortAndLongAnswersReadTheSame)
{
    // Short unpadded whole numbers are read on a shortcut; everything else in full. Both agree.
    EXPECT_EQ(parseXPathNumber(u"7"), 7);
    EXPECT_EQ(parseXPathNumber(u"007"), 7);
    EXPECT_EQ(parseXPathNumber(u"999999999"), 999999999);
    EXPECT_EQ(parseXPathNumber(u"1234567890"), 1234567890);
    EXPECT_EQ(parseXPathNumber(u"123456789012345678"), 123456789012345678.0);
    EXPECT_EQ(parseXPathNumber(u" 12 "), 12);
    EXPECT_EQ(parseXPathNumber(u"-3"), -3);
    EXPECT_EQ(parseXPathNumber(u"12.50"), 12.5);
    EXPECT_EQ(parseXPathNumber(u"0.000001"), 0.000001);
    for (const char16_t *nan : {u"", u"1a", u"12-", u"-", u".", u"1..2", u"٣"})
        EXPECT_TRUE(std::isnan(parseXPathNumber(nan))) << QString::fromUtf16(nan).toStdString();
}

TEST_F(ExprNumber, IfChainsGiveTheBranchTakenInEveryContext)
{
    EXPECT_EQ(text(QStringLiteral("if(false(), 1, if(1 = 2, 'b', if(true(), 'c', 'd')))")), QStringLiteral("c"));
    EXPECT_EQ(number(QStringLiteral("if(false(), 1, if(true(), 2, 3)) + 1")), 3);
    EXPECT_TRUE(eval(QStringLiteral("if(1 = 1, if(2 = 3, false(), true()), false()) and true()")).boolean);
    EXPECT_EQ(number(QStringLiteral("if(true(), '2024-01-02', 0) + 0")), 19724);
}
