// What a form author sees when an expression is parsed: errors with positions, and what it reads.
#include "expr/expression.h"
#include "expr/fieldtable.h"

#include <gtest/gtest.h>

using namespace flowdesk::expr;

namespace {

class ExprParser : public ::testing::Test
{
protected:
    ExprParser()
    {
        age = table.addField(QStringLiteral("age"), QStringLiteral("30"));
        sex = table.addField(QStringLiteral("sex"), QStringLiteral("female"));
        fruit = table.addField(QStringLiteral("fruit"), QStringLiteral("mango"));
    }

    std::vector<ParseError> errorsOf(const QString &text)
    {
        std::vector<ParseError> errors;
        const Expression e = Expression::parse(text, table.resolver(), &errors);
        EXPECT_EQ(e.isNull(), !errors.empty()) << text.toStdString();
        return errors;
    }

    Expression parsed(const QString &text)
    {
        std::vector<ParseError> errors;
        const Expression e = Expression::parse(text, table.resolver(), &errors);
        for (const ParseError &error : errors)
            ADD_FAILURE() << text.toStdString() << ": " << error.message.toStdString() << " at " << error.position;
        return e;
    }

    FieldTable table;
    int age = -1;
    int sex = -1;
    int fruit = -1;
};

} // namespace

TEST_F(ExprParser, ReportsEveryUnknownReferenceWithItsPosition)
{
    const auto errors = errorsOf(QStringLiteral("${age2} > 1 and ${sex} = 'x' or ${name} = ''"));
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].position, 0);
    EXPECT_EQ(errors[0].message, QStringLiteral("reference to unknown field ${age2}"));
    EXPECT_EQ(errors[1].position, 32);
    EXPECT_EQ(errors[1].message, QStringLiteral("reference to unknown field ${name}"));
}

TEST_F(ExprParser, ReportsUnknownFunctionsAndArityTogetherWithUnknownReferences)
{
    const auto errors = errorsOf(QStringLiteral("foo(${nope}) + substring('a')"));
    ASSERT_EQ(errors.size(), 3u);
    EXPECT_EQ(errors[0].message, QStringLiteral("reference to unknown field ${nope}"));
    EXPECT_EQ(errors[0].position, 4);
    EXPECT_EQ(errors[1].message, QStringLiteral("unknown function 'foo'"));
    EXPECT_EQ(errors[1].position, 0);
    EXPECT_EQ(errors[2].message, QStringLiteral("substring() takes 2 or 3 arguments, not 1"));
    EXPECT_EQ(errors[2].position, 15);
}

TEST_F(ExprParser, ArityMessagesNameTheAllowedCounts)
{
    EXPECT_EQ(errorsOf(QStringLiteral("true(1)")).at(0).message, QStringLiteral("true() takes no arguments, not 1"));
    EXPECT_EQ(errorsOf(QStringLiteral("not()")).at(0).message, QStringLiteral("not() takes 1 argument, not 0"));
    EXPECT_EQ(errorsOf(QStringLiteral("join()")).at(0).message, QStringLiteral("join() takes at least 1 argument, not 0"));
    EXPECT_EQ(errorsOf(QStringLiteral("if(1, 2)")).at(0).message, QStringLiteral("if() takes 3 arguments, not 2"));
}

TEST_F(ExprParser, SyntaxErrorsCarryPositionAndStopAtTheFirst)
{
    auto errors = errorsOf(QStringLiteral("(1 + 2"));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].position, 6);
    EXPECT_EQ(errors[0].message, QStringLiteral("expected ')' but the expression ended"));

    errors = errorsOf(QStringLiteral("1 + "));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].position, 4);
    EXPECT_EQ(errors[0].message, QStringLiteral("unexpected end of expression"));

    errors = errorsOf(QStringLiteral("1 + 2)"));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].position, 5);
    EXPECT_EQ(errors[0].message, QStringLiteral("unexpected ')'"));

    errors = errorsOf(QStringLiteral("concat('a' 'b')"));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].position, 11);
    EXPECT_EQ(errors[0].message, QStringLiteral("expected ',' or ')'"));

    errors = errorsOf(QStringLiteral("'open"));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].position, 0);
    EXPECT_EQ(errors[0].message, QStringLiteral("unterminated string literal"));

    errors = errorsOf(QStringLiteral("${age} ! 3"));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].position, 7);
}

TEST_F(ExprParser, ExponentsAreNotNumbers)
{
    const auto errors = errorsOf(QStringLiteral("1e6 > 3"));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].position, 1);
    EXPECT_EQ(errors[0].message, QStringLiteral("unexpected 'e6'"));
}

TEST_F(ExprParser, RejectsXPathWeDoNotSupportWithAReason)
{
    EXPECT_EQ(errorsOf(QStringLiteral("${age} | ${sex}")).at(0).message,
              QStringLiteral("'|' (node-set union) is not supported"));
    EXPECT_EQ(errorsOf(QStringLiteral("/data/age[1]")).at(0).message,
              QStringLiteral("predicates ([...]) are not supported"));
    EXPECT_EQ(errorsOf(QStringLiteral("//age")).at(0).position, 0);
    EXPECT_EQ(errorsOf(QStringLiteral("$age")).at(0).message,
              QStringLiteral("variables ($age) are not supported; use ${name}"));
}

TEST_F(ExprParser, ReferencesAreDistinctInOrderOfFirstUse)
{
    const Expression e = parsed(QStringLiteral("${sex} = 'f' and ${age} > 3 and ${sex} != ''"));
    EXPECT_EQ(e.references(), (std::vector<int>{sex, age}));
    EXPECT_FALSE(e.readsCurrent());
}

TEST_F(ExprParser, PathsReachTheResolverAsWritten)
{
    std::vector<QString> seen;
    const FieldResolver resolve = [&](QStringView reference) {
        seen.push_back(reference.toString());
        return 7;
    };
    std::vector<ParseError> errors;
    const Expression e =
        Expression::parse(u"/data/household/age + ../size + ${name} + current()/../x", resolve, &errors);
    EXPECT_TRUE(errors.empty());
    EXPECT_EQ(seen, (std::vector<QString>{QStringLiteral("/data/household/age"), QStringLiteral("../size"),
                                          QStringLiteral("name"), QStringLiteral("../x")}));
    EXPECT_EQ(e.references(), std::vector<int>{7});
}

TEST_F(ExprParser, CurrentFieldIsReadByDotAndImplicitArguments)
{
    EXPECT_TRUE(parsed(QStringLiteral(". > 3")).readsCurrent());
    EXPECT_TRUE(parsed(QStringLiteral("string-length() < 10")).readsCurrent());
    EXPECT_TRUE(parsed(QStringLiteral("once(uuid())")).readsCurrent());
    EXPECT_TRUE(parsed(QStringLiteral("current() = 'x'")).readsCurrent());
    EXPECT_FALSE(parsed(QStringLiteral("string-length(${sex}) < 10")).readsCurrent());
}

TEST_F(ExprParser, ChoiceNameResolvesItsFieldLiteral)
{
    const Expression e = parsed(QStringLiteral("jr:choice-name(${fruit}, '${fruit}')"));
    EXPECT_EQ(e.references(), std::vector<int>{fruit});
    EXPECT_EQ(parsed(QStringLiteral("jr:choice-name('x', '/data/sex')")).references(), std::vector<int>{sex});

    auto errors = errorsOf(QStringLiteral("jr:choice-name(${fruit}, '${fruits}')"));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].message, QStringLiteral("reference to unknown field ${fruits}"));
    EXPECT_EQ(errors[0].position, 25);

    errors = errorsOf(QStringLiteral("jr:choice-name(${fruit}, ${fruit})"));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].message, QStringLiteral("jr:choice-name() needs the field as a quoted literal, e.g. '${fruit}'"));
}

TEST_F(ExprParser, LiteralRegexIsCheckedWhenTheFormLoads)
{
    const auto errors = errorsOf(QStringLiteral("regex(., '[0-9')"));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].position, 9);
    EXPECT_TRUE(errors[0].message.startsWith(QStringLiteral("invalid regular expression in regex()")));
}

TEST_F(ExprParser, FunctionsNeedingFieldsSayWhat)
{
    const auto errors = errorsOf(QStringLiteral("count(3)"));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].message, QStringLiteral("count() needs a field reference as its argument, e.g. count(${field})"));
}

TEST_F(ExprParser, CodeThatCanNeverRunIsNotCheckedForCallErrors)
{
    // Authors switch logic off with `false() and ...`; ODK Collect and Enketo accept such forms.
    EXPECT_FALSE(parsed(QStringLiteral("false() and not-yet-written(${age})")).isNull());
    EXPECT_FALSE(parsed(QStringLiteral("true() or substring()")).isNull());
    EXPECT_FALSE(parsed(QStringLiteral("if(true(), 'a', typo())")).isNull());
    // References still have to exist, and live code is still checked.
    EXPECT_EQ(errorsOf(QStringLiteral("false() and ${nope} = 1")).size(), 1u);
    EXPECT_EQ(errorsOf(QStringLiteral("${age} = 1 and typo()")).size(), 1u);
    EXPECT_EQ(errorsOf(QStringLiteral("if(${age}, 'a', typo())")).size(), 1u);
}

TEST_F(ExprParser, UnaryMinusAppliesToReferencesAndCalls)
{
    EXPECT_EQ(parsed(QStringLiteral("-${age}")).evaluateNumber(table), -30);
    EXPECT_EQ(parsed(QStringLiteral("- abs(-2)")).evaluateNumber(table), -2);
    EXPECT_EQ(parsed(QStringLiteral("--3")).evaluateNumber(table), 3);
    EXPECT_EQ(parsed(QStringLiteral("1 --1")).evaluateNumber(table), 2);
}

TEST_F(ExprParser, OperatorNamesAreOperatorsOnlyAfterAnOperand)
{
    table.addField(QStringLiteral("div"), QStringLiteral("6"));
    EXPECT_EQ(parsed(QStringLiteral("${div} div 2")).evaluateNumber(table), 3);
    EXPECT_EQ(parsed(QStringLiteral("1and 1")).evaluateBoolean(table), true);
    EXPECT_EQ(parsed(QStringLiteral("'1'or'0'")).evaluateBoolean(table), true);
    EXPECT_EQ(parsed(QStringLiteral("7mod 4")).evaluateNumber(table), 3);
}

TEST_F(ExprParser, NumberAndStringLiterals)
{
    EXPECT_EQ(parsed(QStringLiteral(".5 + 5. + 0.25")).evaluateNumber(table), 5.75);
    EXPECT_EQ(parsed(QStringLiteral("\"it's\"")).evaluateString(table), QStringLiteral("it's"));
    EXPECT_EQ(parsed(QStringLiteral("'say \"hi\"'")).evaluateString(table), QStringLiteral("say \"hi\""));
}

TEST_F(ExprParser, DeepNestingIsAnErrorNotACrash)
{
    const QString deep = QString(500, u'(') + u'1' + QString(500, u')');
    auto errors = errorsOf(deep);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].message, QStringLiteral("expression is nested too deeply"));

    errors = errorsOf(QString(100000, u'-') + u'1');
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].message, QStringLiteral("expression is nested too deeply"));

    QStringList terms;
    for (int i = 0; i < 5000; ++i)
        terms << QStringLiteral("${age}");
    errors = errorsOf(terms.join(u" + "));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].message, QStringLiteral("expression is nested too deeply"));
}

TEST_F(ExprParser, ALongSumOfFieldsIsFine)
{
    QStringList terms;
    for (int i = 0; i < 400; ++i)
        terms << QStringLiteral("${age}");
    EXPECT_EQ(parsed(terms.join(u" + ")).evaluateNumber(table), 400 * 30);
}

TEST_F(ExprParser, KeepsTheSourceAndEvaluatesNullAsFailure)
{
    EXPECT_EQ(parsed(QStringLiteral("1 + 1")).source(), QStringLiteral("1 + 1"));
    const Expression null;
    bool failed = false;
    EXPECT_FALSE(null.evaluateBoolean(table, &failed));
    EXPECT_TRUE(failed);
    EXPECT_TRUE(null.references().empty());
}
