// The documented deviations from the peer of ../shared/xpath-cases (Enketo's openrosa-xpath-evaluator), one rule
// per kind of difference, under the policy in that folder's README: where the peer's behaviour is an artefact of
// JavaScript and XPath 1.0 / the ODK XForms specification (and JavaRosa, the engine inside ODK Collect) say
// otherwise, we follow the specification. javarosa-crosscheck.json in the same folder shows JavaRosa's side.
//
// A rule recognises its kind from the case alone: what the expression and its answers contain, and how the peer's
// result relates to ours. Where it can, it checks its explanation by evaluating the peer's reading (the extra
// argument dropped, the day number read as a UTC instant, the list split on single spaces) and comparing.
#include "conformancedeviations.h"

#include "expressionoutline.h"
#include "functions.h"
#include "xpathdate.h"
#include "xpathnumber.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace flowdesk::expr {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The peer's result as a number: JSON numbers, "NaN", "Infinity", "-Infinity", "-0", or text JavaScript reads.
double peerNumber(const DeviationCase &c)
{
    if (c.peer.isDouble())
        return c.peer.toDouble();
    const QString s = c.peer.toString();
    if (s == u"Infinity")
        return std::numeric_limits<double>::infinity();
    if (s == u"-Infinity")
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double v = s.toDouble(&ok);
    return ok ? v : kNaN;
}

QString peerText(const DeviationCase &c)
{
    if (c.peer.isDouble())
        return formatXPathNumber(c.peer.toDouble());
    if (c.peer.isBool())
        return c.peer.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return c.peer.toString();
}

double numberOf(const Value &v)
{
    switch (v.type) {
    case Value::Type::Number: return v.number;
    case Value::Type::String: {
        bool ok = false;
        const double n = v.string.toDouble(&ok);
        return ok ? n : kNaN;
    }
    case Value::Type::Boolean: return kNaN;
    }
    return kNaN;
}

QString textOf(const Value &v)
{
    switch (v.type) {
    case Value::Type::Number: return formatXPathNumber(v.number);
    case Value::Type::Boolean: return v.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Value::Type::String: return v.string;
    }
    return QString();
}

bool agreesWithPeer(const Value &v, const DeviationCase &c)
{
    if (c.peerType == u"number") {
        const double a = numberOf(v);
        const double b = peerNumber(c);
        return (std::isnan(a) && std::isnan(b)) || a == b;
    }
    if (c.peerType == u"boolean")
        return v.type == Value::Type::Boolean && v.boolean == c.peer.toBool();
    return textOf(v) == peerText(c);
}

bool oursAnswered(const DeviationCase &c)
{
    return !c.oursParseError && !c.oursFailed && !c.peerError;
}

// The texts a case carries: its string literals and its answers (where dates and numbers hide).
std::vector<QString> caseTexts(const DeviationCase &c)
{
    std::vector<QString> texts = ExpressionOutline::of(c.expression).literals;
    texts.insert(texts.end(), c.answers.begin(), c.answers.end());
    return texts;
}

template<typename Predicate>
bool anyText(const DeviationCase &c, Predicate predicate)
{
    for (const QString &text : caseTexts(c)) {
        if (predicate(text))
            return true;
    }
    return false;
}

const ExpressionOutline::Call *findCall(const ExpressionOutline &outline, QStringView name)
{
    for (const ExpressionOutline::Call &call : outline.calls) {
        if (call.name == name)
            return &call;
    }
    return nullptr;
}

QString numberLiteral(double v)
{
    return QString::number(v, 'g', 17);
}

// The peer's day number is ours moved by a time-zone offset (a whole number of quarter hours, under a day), or
// differs only by the rounding residue two such offsets leave when subtracted.
bool offsetApart(const DeviationCase &c)
{
    if (!oursAnswered(c) || c.peerType == u"boolean")
        return false;
    const double ours = numberOf(c.ours);
    const double peer = peerNumber(c);
    if (!std::isfinite(ours) || !std::isfinite(peer) || ours == peer || std::fabs(peer - ours) >= 1)
        return false;
    const double quarters = (peer - ours) * 96;
    return std::fabs(quarters - std::round(quarters)) < 1e-6;
}

bool isDateTimeWithOffset(const QString &text)
{
    DateTimeParts parts;
    return parseDateTime(text, &parts) == DateParse::Valid && parts.hasTime && parts.hasOffset;
}

bool localDateTimeDays(const DeviationCase &c)
{
    return offsetApart(c) && anyText(c, isDateTimeWithOffset);
}

bool localDays(const DeviationCase &c)
{
    return offsetApart(c) && anyText(c, [](const QString &t) { return parseValidDate(t, nullptr); });
}

// Local day number of the instant `days` days after 1970-01-01T00:00Z: how the peer reads a day number.
double peerDayNumber(double days)
{
    return dayNumberOf(QDateTime::fromMSecsSinceEpoch(qint64(std::llround(days * 86400000.0)), Qt::UTC));
}

bool dayNumberAsDate(const DeviationCase &c)
{
    if (!oursAnswered(c))
        return false;
    // date(n): the peer shows the instant n days after the UTC epoch; ours is the local day n.
    DateTimeParts peerParts;
    DateTimeParts ourParts;
    if (parseDateTime(peerText(c), &peerParts) == DateParse::Valid && peerParts.hasOffset
        && parseDateTime(textOf(c.ours), &ourParts) == DateParse::Valid) {
        return std::floor(instantDays(peerParts) + 1e-9) == std::floor(localDayNumber(ourParts) + 1e-9);
    }
    // format-date(n, ...): the same, formatted. Check it by formatting the peer's day.
    const ExpressionOutline outline = ExpressionOutline::of(c.expression);
    for (const ExpressionOutline::Call &call : outline.calls) {
        if ((call.name != u"format-date" && call.name != u"format-date-time") || call.args.empty())
            continue;
        const QString first = c.expression.sliced(call.args[0].begin, call.args[0].end - call.args[0].begin);
        const std::optional<Value> day = c.evaluate(first);
        if (!day || day->type != Value::Type::Number)
            continue;
        const std::optional<Value> peerReading =
            c.evaluate(replaceSpan(c.expression, call.args[0], numberLiteral(peerDayNumber(day->number))));
        if (peerReading && agreesWithPeer(*peerReading, c))
            return true;
    }
    return false;
}

bool invalidDate(const DeviationCase &c)
{
    return c.oursFailed && !c.peerError
           && anyText(c, [](const QString &t) { return parseDateTime(t, nullptr) == DateParse::Invalid; });
}

bool invalidDateText(const DeviationCase &c)
{
    return oursAnswered(c) && peerText(c) == u"Invalid Date" && textOf(c.ours).isEmpty();
}

bool javaScriptDateText(const DeviationCase &c)
{
    // Date.prototype.toString(): "Mon Nov 23 2026 16:28:04 GMT-0700 (Mountain Standard Time)".
    static const QRegularExpression jsDate(
        QStringLiteral(R"(\b[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4}\b)"));
    return !c.oursParseError && !c.peerError && (c.oursFailed || textOf(c.ours).isEmpty())
           && anyText(c, [](const QString &t) { return jsDate.match(t).hasMatch(); });
}

// Ours is one unit in the last rounded place above the peer's: 10^-places.
double roundingStep(const DeviationCase &c)
{
    if (!oursAnswered(c) || !findCall(ExpressionOutline::of(c.expression), u"round"))
        return kNaN;
    const double ours = numberOf(c.ours);
    const double peer = peerNumber(c);
    const double step = ours - peer;
    if (!(step > 0) || step > 1 + 1e-9)
        return kNaN;
    const double places = std::round(-std::log10(step));
    return std::fabs(step - std::pow(10.0, -places)) < 1e-6 * step ? places : kNaN;
}

bool roundHalf(const DeviationCase &c)
{
    return roundingStep(c) == 0 && numberOf(c.ours) <= 0;
}

bool roundDecimal(const DeviationCase &c)
{
    return roundingStep(c) >= 1;
}

// Text JavaScript's Number() reads and XPath 1.0 does not: exponents, a leading '+', hexadecimal, octal and
// binary literals, Infinity.
bool javaScriptOnlyNumber(const QString &text)
{
    static const QRegularExpression js(QStringLiteral(
        R"(^\s*(?:[+-]?(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+|\+(?:\d+\.?\d*|\.\d+)|0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|[+-]?Infinity)\s*$)"));
    return js.match(text).hasMatch();
}

bool numberGrammar(const DeviationCase &c)
{
    if (!oursAnswered(c) || !anyText(c, javaScriptOnlyNumber))
        return false;
    if (c.peerType == u"boolean")
        return true;
    return std::isnan(numberOf(c.ours)) != std::isnan(peerNumber(c)) || textOf(c.ours) == u"NaN";
}

bool noExponent(const DeviationCase &c)
{
    static const QRegularExpression exponent(QStringLiteral(R"(^-?\d(\.\d+)?e[+-]\d+$)"));
    static const QRegularExpression plain(QStringLiteral(R"(^-?\d+(\.\d+)?$)"));
    if (!oursAnswered(c))
        return false;
    const QString peer = peerText(c);
    const QString ours = textOf(c.ours);
    if (!exponent.match(peer).hasMatch() || !plain.match(ours).hasMatch())
        return false;
    const double a = peer.toDouble();
    const double b = ours.toDouble();
    return std::fabs(a - b) <= 1e-15 * std::fabs(a);
}

bool tolerantEquality(const DeviationCase &c)
{
    if (!oursAnswered(c) || c.peerType != u"boolean")
        return false;
    const ExpressionOutline outline = ExpressionOutline::of(c.expression);
    if (!outline.hasEquality)
        return false;
    const QStringView text(c.expression);
    const QString difference =
        QStringLiteral("(%1) - (%2)")
            .arg(text.sliced(outline.left.begin, outline.left.end - outline.left.begin),
                 text.sliced(outline.right.begin, outline.right.end - outline.right.begin));
    const std::optional<Value> d = c.evaluate(difference);
    return d && d->type == Value::Type::Number && d->number != 0 && numbersEqual(d->number, 0);
}

// selected-at() of a list with doubled or edge spaces: the peer's result is JavaScript's split(' ') at the index.
bool selectedAtSpaces(const DeviationCase &c)
{
    if (!oursAnswered(c))
        return false;
    const ExpressionOutline outline = ExpressionOutline::of(c.expression);
    const ExpressionOutline::Call *call = findCall(outline, u"selected-at");
    if (!call || call->args.size() != 2)
        return false;
    auto argText = [&](int i) {
        return c.expression.sliced(call->args[std::size_t(i)].begin,
                                   call->args[std::size_t(i)].end - call->args[std::size_t(i)].begin);
    };
    const std::optional<Value> list = c.evaluate(QStringLiteral("string(%1)").arg(argText(0)));
    const std::optional<Value> index = c.evaluate(QStringLiteral("number(%1)").arg(argText(1)));
    if (!list || !index || !std::isfinite(index->number))
        return false;
    const QString &s = list->string;
    if (!s.contains(QStringLiteral("  ")) && !s.startsWith(u' ') && !s.endsWith(u' '))
        return false;
    const QStringList parts = s.split(u' ');
    const qsizetype i = qsizetype(std::trunc(index->number));
    const QString peerReading = i >= 0 && i < parts.size() ? parts[i] : QString();
    return peerReading == peerText(c);
}

// A call with more arguments than the ODK specification allows: the peer ignores the extra ones.
bool extraArguments(const DeviationCase &c)
{
    if (!c.oursParseError || c.peerError)
        return false;
    const ExpressionOutline outline = ExpressionOutline::of(c.expression);
    for (const ExpressionOutline::Call &call : outline.calls) {
        const FunctionInfo *info = findFunction(call.name);
        if (!info || info->maxArgs < 0 || int(call.args.size()) <= info->maxArgs)
            continue;
        const qsizetype keptEnd =
            info->maxArgs == 0 ? call.args[0].begin : call.args[std::size_t(info->maxArgs) - 1].end;
        const ExpressionOutline::Span extra{keptEnd, call.whole.end - 1};
        const std::optional<Value> peerReading = c.evaluate(replaceSpan(c.expression, extra, QString()));
        return peerReading && agreesWithPeer(*peerReading, c);
    }
    return false;
}

} // namespace

const std::vector<DeviationRule> &deviationRules()
{
    static const std::vector<DeviationRule> rules = {
        {"extra-arguments",
         "a function given more arguments than the ODK specification allows (coalesce() takes two) is refused, as "
         "JavaRosa refuses it; the peer, being JavaScript, silently ignores the extra ones, which hides the author's "
         "mistake",
         extraArguments},
        {"invalid-date",
         "a date that does not exist (2024-13-01, 2024-02-30) is an evaluation error, per the README policy and "
         "JavaRosa; the peer rolls it over into the next month or year (JavaScript Date) or gives NaN",
         invalidDate},
        {"invalid-date-text",
         "the peer shows JavaScript's 'Invalid Date' text; JavaRosa rejects the value, FlowDesk gives the blank date "
         "(empty string) as it does for an empty answer",
         invalidDateText},
        {"javascript-date-text",
         "the peer parses JavaScript's Date.toString() text; ODK dates are ISO 8601 (JavaRosa rejects this text), so "
         "FlowDesk treats it as not a date and formats nothing",
         javaScriptDateText},
        {"day-number-as-date",
         "day numbers convert back to local calendar days (JavaRosa: date(0) is 1970-01-01, date(n) is a date "
         "without a time); the peer anchors day n at UTC midnight, the previous evening west of Greenwich",
         dayNumberAsDate},
        {"date-time-local-days",
         "a date-time with an offset is the local time of that instant (2012-08-20T00:00Z is 2012-08-19T17:00 in "
         "Phoenix), and day numbers count local days; the peer counts UTC days",
         localDateTimeDays},
        {"date-local-days",
         "a date counts whole local days since 1970-01-01 as in JavaRosa (number(date('2008-09-05')) = 14127); the "
         "peer's day numbers carry the UTC offset as a fraction (JavaScript Date milliseconds / 86400000)",
         localDays},
        {"round-half",
         "round() takes halves towards positive infinity (XPath 1.0: round(-0.5) is -0, round(-1.5) is -1; JavaRosa "
         "agrees); the peer rounds halves away from zero (JavaScript Math.round on the magnitude)",
         roundHalf},
        {"round-decimal",
         "round(x, n) rounds the decimal number as written (JavaRosa rounds BigDecimal(Double.toString(x))): 1.005 is "
         "a half and goes up to 1.01, -12345.15 goes towards +infinity to -12345.1; the peer multiplies in binary "
         "floating point and rounds halves away from zero",
         roundDecimal},
        {"number-grammar",
         "XPath 1.0 number(): only [-]digits[.digits], so exponents, a leading '+', hexadecimal and 'Infinity' give "
         "NaN (JavaRosa agrees); the peer uses JavaScript's Number()",
         numberGrammar},
        {"no-exponent",
         "XPath 1.0 number-to-string never uses an exponent (JavaRosa: 1230000000000000000000); the peer prints "
         "JavaScript's 1.23e+21",
         noExponent},
        {"tolerant-equality",
         "numbers closer than 1e-12 are equal, as in JavaRosa (6.1 - 7.8 = -1.7 holds in ODK Collect); the peer "
         "compares binary doubles exactly",
         tolerantEquality},
        {"selected-at-spaces",
         "selected-at() indexes the choices that count-selected() counts, ignoring doubled and edge spaces "
         "(JavaRosa); the peer splits on every single space (JavaScript String.split)",
         selectedAtSpaces},
    };
    return rules;
}

const DeviationRule *explainDeviation(const DeviationCase &c)
{
    for (const DeviationRule &rule : deviationRules()) {
        if (rule.matches(c))
            return &rule;
    }
    return nullptr;
}

} // namespace flowdesk::expr
