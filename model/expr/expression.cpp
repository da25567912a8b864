#include "expression.h"

#include "evaluator.h"
#include "parser.h"
#include "program.h"
#include "xpathnumber.h"

#include <limits>

namespace flowdesk::expr {

namespace {

const std::vector<int> &noReferences()
{
    static const std::vector<int> empty;
    return empty;
}

} // namespace

Expression Expression::parse(QStringView text, const FieldResolver &resolve, std::vector<ParseError> *errors)
{
    Expression expression;
    Parser parser(text, resolve);
    expression.m_program = parser.parse(errors);
    return expression;
}

QString Expression::source() const
{
    return m_program ? m_program->source : QString();
}

const std::vector<int> &Expression::references() const
{
    return m_program ? m_program->references : noReferences();
}

bool Expression::readsCurrent() const
{
    return m_program && m_program->readsCurrent;
}

bool Expression::readsOnlyAnswers() const
{
    return m_program && !m_program->readsCurrent && !m_program->variable;
}

bool Expression::evaluateBoolean(const EvalContext &context, bool *failed) const
{
    if (!m_program) {
        if (failed)
            *failed = true;
        return false;
    }
    Evaluator evaluator(*m_program, context);
    const bool result = evaluator.boolean(m_program->root);
    if (failed)
        *failed = evaluator.failed();
    return evaluator.failed() ? false : result;
}

double Expression::evaluateNumber(const EvalContext &context, bool *failed) const
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    if (!m_program) {
        if (failed)
            *failed = true;
        return nan;
    }
    Evaluator evaluator(*m_program, context);
    const double result = evaluator.number(m_program->root);
    if (failed)
        *failed = evaluator.failed();
    return evaluator.failed() ? nan : result;
}

QString Expression::evaluateString(const EvalContext &context, bool *failed) const
{
    if (!m_program) {
        if (failed)
            *failed = true;
        return QString();
    }
    Evaluator evaluator(*m_program, context);
    QString result = evaluator.toQString(evaluator.eval(m_program->root));
    if (failed)
        *failed = evaluator.failed();
    return evaluator.failed() ? QString() : result;
}

void Expression::evaluateInto(QString &target, const EvalContext &context, bool *failed) const
{
    if (!m_program) {
        if (failed)
            *failed = true;
        target = QString();
        return;
    }
    Evaluator evaluator(*m_program, context);
    RtValue result = evaluator.eval(m_program->root);
    if (failed)
        *failed = evaluator.failed();
    if (evaluator.failed()) {
        target = QString();
        return;
    }
    // A whole number (a count, a flag, a limit) is compared as text before any string is made of it.
    if (result.kind == RtValue::Kind::Number) {
        char16_t integer[kIntegerTextSize];
        if (const int size = formatXPathInteger(result.number, integer); size > 0) {
            if (QStringView(integer, size) != QStringView(target))
                target = formatXPathNumber(result.number);
            return;
        }
    }
    evaluator.makeString(result);
    if (result.view != QStringView(target))
        target = evaluator.toQString(std::move(result));
}

Value Expression::evaluate(const EvalContext &context, bool *failed) const
{
    Value value;
    if (!m_program) {
        if (failed)
            *failed = true;
        return value;
    }
    Evaluator evaluator(*m_program, context);
    RtValue result = evaluator.eval(m_program->root);
    switch (result.kind) {
    case RtValue::Kind::Number:
        value.type = Value::Type::Number;
        value.number = result.number;
        break;
    case RtValue::Kind::Boolean:
        value.type = Value::Type::Boolean;
        value.boolean = result.boolean;
        break;
    case RtValue::Kind::Date:
        // A date reaches the caller as its ODK string; its day number comes along for free.
        value.type = Value::Type::String;
        value.number = result.number;
        value.string = evaluator.toQString(std::move(result));
        break;
    default:
        value.type = Value::Type::String;
        value.string = evaluator.toQString(std::move(result));
        break;
    }
    if (failed)
        *failed = evaluator.failed();
    if (evaluator.failed()) {
        value.string.clear();
        value.number = std::numeric_limits<double>::quiet_NaN();
        value.boolean = false;
    }
    return value;
}

} // namespace flowdesk::expr
