// Expressions at and past the sizes the engine can hold: many arguments, many nodes and literals, deep nesting, a
// huge text. Within the limits they work; past them the author gets a parse error that says why, never a crash.
#include "expr/expression.h"
#include "expr/fieldtable.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace flowdesk::expr;

namespace {

class ExprLimits : public ::testing::Test
{
protected:
    ExprLimits() { table.addField(QStringLiteral("age"), QStringLiteral("30")); }

    std::vector<ParseError> errorsOf(const QString &text)
    {
        std::vector<ParseError> errors;
        const Expression e = Expression::parse(text, table.resolver(), &errors);
        EXPECT_EQ(e.isNull(), !errors.empty());
        return errors;
    }

    Expression parsed(const QString &text)
    {
        std::vector<ParseError> errors;
        const Expression e = Expression::parse(text, table.resolver(), &errors);
        for (const ParseError &error : errors)
            ADD_FAILURE() << error.message.toStdString() << " at " << error.position;
        return e;
    }

    // "name(first, first + 1, ...)" with `count` arguments made by `argument(i)`.
    template<typename Argument>
    static QString call(const QString &name, int count, Argument argument)
    {
        QStringList args;
        for (int i = 0; i < count; ++i)
            args << argument(i);
        return name + u'(' + args.join(u", ") + u')';
    }

    FieldTable table;
};

QString repeated(const QString &piece, int times)
{
    QString s;
    for (int i = 0; i < times; ++i)
        s += piece;
    return s;
}

} // namespace

TEST_F(ExprLimits, CallsWithHundredsOfArgumentsWork)
{
    for (const int n : {255, 256, 257, 300, 1000}) {
        const auto letter = [](int) { return QStringLiteral("'a'"); };
        EXPECT_EQ(parsed(call(QStringLiteral("concat"), n, letter)).evaluateString(table), QString(n, u'a')) << n;
        const auto counting = [](int i) { return QString::number(i + 1); };
        EXPECT_EQ(parsed(call(QStringLiteral("max"), n, counting)).evaluateNumber(table), n) << n;
        EXPECT_EQ(parsed(call(QStringLiteral("min"), n, counting)).evaluateNumber(table), 1) << n;
    }
    // As a choice filter would have it, and inside code that never runs.
    const auto name = [](int i) { return QStringLiteral("'c%1'").arg(i); };
    EXPECT_TRUE(parsed(call(QStringLiteral("concat"), 400, name) + QStringLiteral(" != ''")).evaluateBoolean(table));
    EXPECT_FALSE(parsed(QStringLiteral("false() and ") + call(QStringLiteral("max"), 400, name)).evaluateBoolean(table));
    EXPECT_TRUE(parsed(QStringLiteral("checklist(1, 1, ") + repeated(QStringLiteral("false(), "), 299)
                       + QStringLiteral("true())"))
                    .evaluateBoolean(table));
}

TEST_F(ExprLimits, TooManyArgumentsIsAParseErrorEvenInCodeThatNeverRuns)
{
    const auto zero = [](int) { return QStringLiteral("0"); };
    for (const QString &prefix : {QString(), QStringLiteral("false() and ")}) {
        const auto errors = errorsOf(prefix + call(QStringLiteral("max"), 65536, zero));
        ASSERT_EQ(errors.size(), 1u);
        EXPECT_EQ(errors[0].message, QStringLiteral("max() has 65536 arguments; at most 65535 are possible"));
        EXPECT_EQ(errors[0].position, prefix.size());
    }
    EXPECT_EQ(parsed(call(QStringLiteral("max"), 65535, zero)).evaluateNumber(table), 0);
}

TEST_F(ExprLimits, TensOfThousandsOfNodesAndLiteralsWork)
{
    // More nodes and string constants than 16 bits can count.
    const auto literal = [](int i) { return QStringLiteral("'%1'").arg(i % 10); };
    const QString half = call(QStringLiteral("concat"), 40000, literal);
    const QString text = parsed(QStringLiteral("concat(%1, %1)").arg(half)).evaluateString(table);
    EXPECT_EQ(text.size(), 80000);
    EXPECT_TRUE(text.startsWith(QStringLiteral("0123456789")));
}

TEST_F(ExprLimits, DeepNestingOfEveryKindIsAParseError)
{
    const QString tooDeep = QStringLiteral("expression is nested too deeply");
    const QStringList deep = {
        QString(100000, u'(') + u'1' + QString(100000, u')'),
        repeated(QStringLiteral("not("), 100000) + QStringLiteral("true()") + QString(100000, u')'),
        repeated(QStringLiteral("concat('a', "), 50000) + QStringLiteral("'b'") + QString(50000, u')'),
        repeated(QStringLiteral("if(true(), "), 50000) + u'1' + repeated(QStringLiteral(", 0)"), 50000),
        QString(100000, u'-') + u'1',
        repeated(QStringLiteral("${age} + "), 50000) + u'1',
        repeated(QStringLiteral("true() or "), 50000) + QStringLiteral("false()"),
        QStringLiteral("false() and ") + repeated(QStringLiteral("not("), 100000) + QStringLiteral("true()")
            + QString(100000, u')'),
    };
    for (const QString &text : deep) {
        const auto errors = errorsOf(text);
        ASSERT_EQ(errors.size(), 1u) << text.left(40).toStdString();
        EXPECT_EQ(errors[0].message.toStdString(), tooDeep.toStdString()) << text.left(40).toStdString();
    }
    // Well inside the limits, evaluation recurses as deep as the parser allows without trouble.
    EXPECT_TRUE(parsed(repeated(QStringLiteral("not(not("), 90) + QStringLiteral("true()") + QString(180, u')'))
                    .evaluateBoolean(table));
    EXPECT_EQ(parsed(repeated(QStringLiteral("${age} + "), 990) + u'1').evaluateNumber(table), 990 * 30 + 1);
}

TEST_F(ExprLimits, AnExpressionTooLongIsAParseError)
{
    const QString huge = QStringLiteral("concat('") + QString(1 << 20, u'x') + QStringLiteral("')");
    const auto errors = errorsOf(huge);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].message, QStringLiteral("expression is too long (1048586 characters; at most 1048576)"));
    // Long literals below the limit are fine.
    EXPECT_EQ(parsed(QStringLiteral("string-length('") + QString(500000, u'x') + QStringLiteral("')"))
                  .evaluateNumber(table),
              500000);
}

TEST_F(ExprLimits, LongTextsAreSearchedAndTranslatedInLinearTime)
{
    // Needles that make a naive or Boyer-Moore-Horspool search quadratic: "baaa…" in "aaaa…".
    const QString as = QString(200000, u'a');
    const QString needle = u'b' + QString(100000, u'a');
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(parsed(QStringLiteral("contains('%1', '%2')").arg(as, needle)).evaluateBoolean(table));
    // Found, at the right place, by the long-needle search.
    const QString haystack = as + needle + QStringLiteral("tail");
    EXPECT_TRUE(parsed(QStringLiteral("contains('%1', '%2')").arg(haystack, needle)).evaluateBoolean(table));
    EXPECT_EQ(parsed(QStringLiteral("substring-after('%1', '%2')").arg(haystack, needle)).evaluateString(table),
              QStringLiteral("tail"));
    EXPECT_EQ(parsed(QStringLiteral("string-length(substring-before('%1', '%2'))").arg(haystack, needle))
                  .evaluateNumber(table),
              200000);
    // A long translation table: the first occurrence of a character counts, characters past the end of the
    // replacements are removed, others kept.
    const QString from = QStringLiteral("zc") + QString(100000, u'd') + QStringLiteral("ca");
    EXPECT_EQ(parsed(QStringLiteral("translate('%1', '%2', '12')").arg(QString(100000, u'a') + QStringLiteral("czqd"), from))
                  .evaluateString(table),
              QStringLiteral("21q"));
    // concat() nested as deep as allowed around a long text.
    const QString nested = repeated(QStringLiteral("concat("), 199) + u'\'' + QString(400000, u'x') + u'\''
                           + repeated(QStringLiteral(", 'y')"), 199);
    EXPECT_EQ(parsed(nested).evaluateString(table).size(), 400000 + 199);
    EXPECT_LT(timer.elapsed(), 2000);
}
