// What a stored answer must look like for its question type: a keyed "12,5" or "1e3" in a decimal question, or a
// 31 February, is a type error the reviewer sees, while every ordinary way of writing a number passes.
#include "validation/answerformat.h"

#include <QString>

#include <gtest/gtest.h>

using namespace flowdesk::answerformat;

TEST(AnswerFormat, DecimalsAsKeyed)
{
    for (const char16_t *ok : {u"12", u"12.5", u"-0.5", u"+3", u".5", u"5.", u"0", u"007.10"})
        EXPECT_TRUE(isDecimal(QStringView(ok))) << QString::fromUtf16(ok).toStdString();
    for (const char16_t *bad : {u"", u".", u"-", u"1.2.3", u"12,5", u"1e3", u" 12", u"12 ", u"٣", u"NaN", u"Infinity"})
        EXPECT_FALSE(isDecimal(QStringView(bad))) << QString::fromUtf16(bad).toStdString();
}

TEST(AnswerFormat, ADecimalTooLongForADoubleIsNotANumber)
{
    const QString hundreds(299, u'9');
    EXPECT_TRUE(isDecimal(hundreds));
    EXPECT_TRUE(isDecimal(QString(400, u'0') + QStringLiteral("1.5"))); // leading zeros: still 1.5
    EXPECT_FALSE(isDecimal(QString(400, u'9')));                        // 10^400 is no double
}

TEST(AnswerFormat, IntegersAre32Bit)
{
    EXPECT_TRUE(isInteger(u"2147483647"));
    EXPECT_TRUE(isInteger(u"-2147483648"));
    EXPECT_FALSE(isInteger(u"2147483648"));
    EXPECT_FALSE(isInteger(u"-2147483649"));
    EXPECT_FALSE(isInteger(u"3.0"));
    EXPECT_FALSE(isInteger(u"-"));
    EXPECT_FALSE(isInteger(u""));
}

TEST(AnswerFormat, DatesMustExist)
{
    EXPECT_TRUE(isDate(u"2024-02-29"));
    EXPECT_FALSE(isDate(u"2023-02-29"));
    EXPECT_FALSE(isDate(u"2024-2-29"));
    EXPECT_FALSE(isDate(u"29/02/2024"));
}
