#pragma once

// The path one expression fuzz input takes, shared by the fuzz target (expr_fuzz.cpp) and the model test that
// replays the inputs it once failed on (tests/model/expr_fuzz_regression_test.cpp).
#include "expr/expression.h"
#include "expr/fieldtable.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <vector>

namespace flowdesk::test {

// Parses the bytes (as UTF-8) and, when they parse, evaluates them in every type against a small interview:
// a few answers of each kind, a repeat answered three times, '.' set, the clock fixed. Every reference
// resolves (an unknown name to one of the fields, by its hash), so that the evaluator sees what the parser
// accepts. Returns whether the expression parsed.
inline bool runExpressionFuzzInput(const char *data, std::size_t size)
{
    using namespace flowdesk::expr;
    FieldTable context;
    std::vector<int> ids;
    ids.push_back(context.addField(QStringLiteral("age"), QStringLiteral("34")));
    ids.push_back(context.addField(QStringLiteral("name"), QStringLiteral("Amina")));
    ids.push_back(context.addField(QStringLiteral("dob"), QStringLiteral("2012-03-15")));
    ids.push_back(context.addField(QStringLiteral("arrived"), QStringLiteral("2024-02-29T10:30:00.000+03:00")));
    ids.push_back(context.addField(QStringLiteral("reasons"), QStringLiteral("conflict drought other")));
    ids.push_back(context.addField(QStringLiteral("weight"), QStringLiteral("61.5")));
    ids.push_back(context.addField(QStringLiteral("empty")));
    ids.push_back(context.addRepeatedField(QStringLiteral("member_age"),
                                           {QStringLiteral("3"), QStringLiteral("41"), QStringLiteral("17")}));
    ids.push_back(context.addRepeatedField(QStringLiteral("member_name"),
                                           {QStringLiteral("Ali"), QString(), QStringLiteral("Sara")}));
    context.setCurrentField(ids[0]);
    context.setPosition(2);
    context.setChoiceLabel(ids[4], QStringLiteral("conflict"), QStringLiteral("Conflict"));
    context.setNow(QDateTime(QDate(2024, 3, 10), QTime(9, 15), Qt::UTC));

    const FieldResolver resolve = [&](QStringView reference) {
        const int id = context.fieldId(reference);
        return id >= 0 ? id : ids[std::size_t(qHash(reference) % ids.size())];
    };
    std::vector<ParseError> errors;
    const Expression e =
        Expression::parse(QString::fromUtf8(data, qsizetype(size)), resolve, &errors);
    if (e.isNull())
        return false;
    e.evaluate(context);
    e.evaluateBoolean(context);
    e.evaluateNumber(context);
    e.evaluateString(context);
    return true;
}

} // namespace flowdesk::test
