#include "conformancerunner.h"

#include "platform/localtimezone.h"

#include "conformancedeviations.h"
#include "expression.h"
#include "fieldtable.h"
#include "xpathnumber.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace flowdesk::expr {

namespace {

struct CaseResult
{
    bool pass = false;
    QString expected;
    QString got;
    const DeviationRule *rule = nullptr; // explains a difference from the peer
};

QString describeNumber(double v)
{
    if (v == 0 && std::signbit(v))
        return QStringLiteral("-0");
    return formatXPathNumber(v);
}

// Numbers are JSON numbers, or "NaN", "Infinity", "-Infinity", "-0" as strings.
double expectedNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    const QString s = v.toString();
    if (s == u"Infinity")
        return std::numeric_limits<double>::infinity();
    if (s == u"-Infinity")
        return -std::numeric_limits<double>::infinity();
    if (s == u"-0")
        return -0.0;
    return std::numeric_limits<double>::quiet_NaN();
}

bool sameNumber(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return a == b && std::signbit(a) == std::signbit(b);
}

QString describeExpected(const QJsonValue &v, const QString &kind)
{
    if (kind == u"number")
        return describeNumber(expectedNumber(v));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return describeNumber(v.toDouble());
    return u'"' + v.toString() + u'"';
}

QString typeName(Value::Type type)
{
    switch (type) {
    case Value::Type::Number: return QStringLiteral("number");
    case Value::Type::Boolean: return QStringLiteral("boolean");
    case Value::Type::String: return QStringLiteral("string");
    }
    return QString();
}

// The natural types of the cases, as our Value reports them: dates and node-sets arrive as strings.
Value::Type valueTypeFor(const QString &naturalType)
{
    if (naturalType == u"number")
        return Value::Type::Number;
    if (naturalType == u"boolean")
        return Value::Type::Boolean;
    return Value::Type::String;
}

// Flags are `true`, or a string explaining them (peer_limitation).
bool flag(const QJsonObject &c, QStringView key)
{
    const QJsonValue v = c.value(key);
    return v.isBool() ? v.toBool() : (v.isString() && !v.toString().isEmpty());
}

// Our result for one case, and when it differs from the peer's, the deviation rule that explains it.
CaseResult runCase(const QJsonObject &c)
{
    CaseResult result;
    const QString kind = c.value(u"kind").toString();
    const bool wantError = flag(c, u"error");
    const bool peerLimitation = flag(c, u"peer_limitation");
    const bool nondeterministic = flag(c, u"nondeterministic");
    const QString naturalType = c.value(u"natural_type").toString();
    const QJsonValue expected = c.value(u"expected");
    result.expected = wantError ? QStringLiteral("an error") : describeExpected(expected, kind == u"any" ? naturalType : kind);
    if (nondeterministic && !wantError)
        result.expected = QStringLiteral("any %1").arg(kind == u"any" ? naturalType : kind);

    // Every field answered once; '.' is the field the case names.
    FieldTable context;
    DeviationCase deviation;
    const QJsonObject fields = c.value(u"fields").toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        context.addField(it.key(), it.value().toString());
        deviation.answers.push_back(it.value().toString());
    }
    const QString currentName = c.value(u"context").toString();
    if (!currentName.isEmpty())
        context.setCurrentField(context.fieldId(currentName));
    const FieldResolver resolve = context.resolver();

    deviation.expression = c.value(u"xlsform").toString();
    deviation.peer = expected;
    deviation.peerType = kind == u"any" ? naturalType : kind;
    deviation.peerError = wantError;
    deviation.evaluate = [&](const QString &text) -> std::optional<Value> {
        const Expression e = Expression::parse(text, resolve, nullptr);
        bool failed = false;
        const Value v = e.isNull() ? Value() : e.evaluate(context, &failed);
        return e.isNull() || failed ? std::nullopt : std::optional<Value>(v);
    };
    auto explain = [&] {
        if (!result.pass)
            result.rule = explainDeviation(deviation);
        return result;
    };

    std::vector<ParseError> errors;
    const Expression expression = Expression::parse(deviation.expression, resolve, &errors);
    if (expression.isNull()) {
        const ParseError &first = errors.front();
        result.got = QStringLiteral("parse error at %1: %2").arg(first.position).arg(first.message);
        result.pass = wantError;
        deviation.oursParseError = true;
        return explain();
    }

    bool failed = false;
    QString got;
    bool match = false;
    Value &v = deviation.ours;
    if (kind == u"string") {
        v.string = expression.evaluateString(context, &failed);
        got = u'"' + v.string + u'"';
        match = nondeterministic || v.string == expected.toString();
    } else if (kind == u"number") {
        v.type = Value::Type::Number;
        v.number = expression.evaluateNumber(context, &failed);
        got = describeNumber(v.number);
        match = nondeterministic || sameNumber(v.number, expectedNumber(expected));
    } else if (kind == u"boolean") {
        v.type = Value::Type::Boolean;
        v.boolean = expression.evaluateBoolean(context, &failed);
        got = v.boolean ? QStringLiteral("true") : QStringLiteral("false");
        match = nondeterministic || v.boolean == expected.toBool();
    } else {
        v = expression.evaluate(context, &failed);
        const Value::Type wantType = valueTypeFor(naturalType);
        switch (v.type) {
        case Value::Type::Number: got = describeNumber(v.number); break;
        case Value::Type::Boolean: got = v.boolean ? QStringLiteral("true") : QStringLiteral("false"); break;
        case Value::Type::String: got = u'"' + v.string + u'"'; break;
        }
        got = typeName(v.type) + u' ' + got;
        if (v.type == wantType) {
            switch (v.type) {
            case Value::Type::Number: match = sameNumber(v.number, expectedNumber(expected)); break;
            case Value::Type::Boolean: match = v.boolean == expected.toBool(); break;
            case Value::Type::String: match = v.string == expected.toString(); break;
            }
            match = match || nondeterministic;
        }
        result.expected = typeName(wantType) + u' ' + result.expected;
    }
    deviation.oursFailed = failed;
    if (failed) {
        result.got = QStringLiteral("evaluation failed");
        result.pass = wantError;
        return explain();
    }
    result.got = got;
    result.pass = wantError ? peerLimitation : match;
    return explain();
}

} // namespace

QString ConformanceReport::summary() const
{
    return QStringLiteral("%1 passed, %2 failed, %3 deviations").arg(passed).arg(failed).arg(deviations);
}

bool ConformanceRunner::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    return loadData(file.readAll());
}

bool ConformanceRunner::loadData(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        m_error = QStringLiteral("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (!root.value(u"cases").isArray()) {
        m_error = QStringLiteral("no \"cases\" array: not an expression cases file");
        return false;
    }
    m_cases = root.value(u"cases").toArray();
    m_timeZone = root.value(u"meta").toObject().value(u"tz").toString();
    m_error.clear();
    return true;
}

ConformanceReport ConformanceRunner::run() const
{
    const LocalTimeZoneOverride zone(m_timeZone.toUtf8());
    ConformanceReport report;
    QHash<const DeviationRule *, int> byRule;
    for (const QJsonValue &value : m_cases) {
        const QJsonObject c = value.toObject();
        const CaseResult result = runCase(c);
        if (result.pass) {
            ++report.passed;
            continue;
        }
        ConformanceOutcome outcome{c.value(u"id").toString(), c.value(u"xlsform").toString(), result.expected,
                                   result.got, QString(), QString()};
        if (result.rule) {
            ++report.deviations;
            ++byRule[result.rule];
            outcome.rule = QString::fromLatin1(result.rule->name);
            outcome.reason = QString::fromUtf8(result.rule->reason);
            report.deviationDetails.push_back(outcome);
        } else {
            ++report.failed;
            report.failures.push_back(outcome);
        }
    }
    for (const DeviationRule &rule : deviationRules()) {
        if (const int n = byRule.value(&rule))
            report.deviationsByRule.push_back(RuleCount{QString::fromLatin1(rule.name), QString::fromUtf8(rule.reason), n});
    }
    return report;
}

} // namespace flowdesk::expr
