#include "conformancerunner.h"

#include "platform/localtimezone.h"

#include "expression.h"
#include "fieldtable.h"
#include "xpathnumber.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>
#include <set>

namespace flowdesk::expr {

namespace {

struct CaseResult
{
    bool pass = false;
    QString expected;
    QString got;
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
    const QJsonObject fields = c.value(u"fields").toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        context.addField(it.key(), it.value().toString());
    const QString currentName = c.value(u"context").toString();
    if (!currentName.isEmpty())
        context.setCurrentField(context.fieldId(currentName));
    const FieldResolver resolve = context.resolver();

    std::vector<ParseError> errors;
    const Expression expression = Expression::parse(c.value(u"xlsform").toString(), resolve, &errors);
    if (expression.isNull()) {
        const ParseError &first = errors.front();
        result.got = QStringLiteral("parse error at %1: %2").arg(first.position).arg(first.message);
        result.pass = wantError;
        return result;
    }

    bool failed = false;
    QString got;
    bool match = false;
    if (kind == u"string") {
        const QString s = expression.evaluateString(context, &failed);
        got = u'"' + s + u'"';
        match = nondeterministic || s == expected.toString();
    } else if (kind == u"number") {
        const double n = expression.evaluateNumber(context, &failed);
        got = describeNumber(n);
        match = nondeterministic || sameNumber(n, expectedNumber(expected));
    } else if (kind == u"boolean") {
        const bool b = expression.evaluateBoolean(context, &failed);
        got = b ? QStringLiteral("true") : QStringLiteral("false");
        match = nondeterministic || b == expected.toBool();
    } else {
        const Value v = expression.evaluate(context, &failed);
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
    if (failed) {
        result.got = QStringLiteral("evaluation failed");
        result.pass = wantError;
        return result;
    }
    result.got = got;
    result.pass = wantError ? peerLimitation : match;
    return result;
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
    QHash<QString, QString> deviations;
    for (const ConformanceDeviation &d : conformanceDeviations())
        deviations.insert(QString::fromLatin1(d.id), QString::fromUtf8(d.reason));

    ConformanceReport report;
    std::set<QString> seen;
    for (const QJsonValue &value : m_cases) {
        const QJsonObject c = value.toObject();
        const QString id = c.value(u"id").toString();
        seen.insert(id);
        const CaseResult result = runCase(c);
        const auto deviation = deviations.constFind(id);
        if (result.pass) {
            ++report.passed;
            if (deviation != deviations.constEnd())
                report.staleDeviations.push_back(id);
            continue;
        }
        ConformanceOutcome outcome{id, c.value(u"xlsform").toString(), result.expected, result.got, QString()};
        if (deviation != deviations.constEnd()) {
            ++report.deviations;
            outcome.reason = *deviation;
            report.deviationDetails.push_back(outcome);
        } else {
            ++report.failed;
            report.failures.push_back(outcome);
        }
    }
    for (auto it = deviations.constBegin(); it != deviations.constEnd(); ++it) {
        if (!seen.count(it.key()))
            report.staleDeviations.push_back(it.key());
    }
    return report;
}

} // namespace flowdesk::expr
