#pragma once

// The base of the expression test suites: a FieldTable of answers and helpers that parse (failing the test on a
// parse error) and evaluate in each XPath type.
#include "expr/expression.h"
#include "expr/fieldtable.h"

#include <gtest/gtest.h>

namespace flowdesk::test {

class ExprFixture : public ::testing::Test
{
protected:
    expr::Expression parse(const QString &text)
    {
        std::vector<expr::ParseError> errors;
        expr::Expression e = expr::Expression::parse(text, table.resolver(), &errors);
        for (const expr::ParseError &error : errors)
            ADD_FAILURE() << text.toStdString() << ": " << error.message.toStdString();
        return e;
    }
    QString string(const QString &text, bool *failed = nullptr) { return parse(text).evaluateString(table, failed); }
    double number(const QString &text, bool *failed = nullptr) { return parse(text).evaluateNumber(table, failed); }
    bool isTrue(const QString &text, bool *failed = nullptr) { return parse(text).evaluateBoolean(table, failed); }
    bool fails(const QString &text)
    {
        bool failed = false;
        parse(text).evaluate(table, &failed);
        return failed;
    }

    expr::FieldTable table;
};

} // namespace flowdesk::test
