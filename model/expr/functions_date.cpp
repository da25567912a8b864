// Date functions. All of them speak day numbers (see xpathdate.h). A blank value gives the blank date;
// text that is not a date at all gives the blank date too; a date that does not exist ("2023-02-30")
// fails the evaluation instead of rolling over into the next month.
#include "evaluator.h"
#include "functions.h"
#include "xpathdate.h"
#include "xpathnumber.h"

#include <cmath>
#include <limits>

namespace flowdesk::expr::fn {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

enum class Keep
{
    Date,     // date(): the calendar day only
    DateTime, // date-time(), format-date(): day and time
};

double dayNumberOfText(Evaluator &ev, QStringView text, Keep keep)
{
    DateTimeParts parts;
    switch (parseDateTime(text, &parts)) {
    case DateParse::Valid:
        // date() of a date-time takes the day as written, wherever the device is.
        return keep == Keep::Date ? double(daysFromCivil(parts.year, parts.month, parts.day))
                                  : localDayNumber(parts);
    case DateParse::Invalid:
        ev.fail();
        return kNaN;
    case DateParse::NotDate:
        break;
    }
    // A number written as text counts days, as a number does.
    const double days = parseXPathNumber(text);
    return keep == Keep::Date ? std::floor(days) : days;
}

double dayNumberOfValue(Evaluator &ev, RtValue value, Keep keep)
{
    double days = kNaN;
    switch (value.kind) {
    case RtValue::Kind::Number:
    case RtValue::Kind::Date:
        days = value.number;
        break;
    case RtValue::Kind::Boolean:
        return kNaN;
    case RtValue::Kind::String:
    case RtValue::Kind::NodeSet:
        ev.makeString(value);
        return dayNumberOfText(ev, value.view, keep);
    }
    if (!std::isfinite(days))
        return kNaN;
    return keep == Keep::Date ? std::floor(days) : days;
}

} // namespace

RtValue today(Evaluator &ev, const Node &)
{
    return RtValue::makeDate(std::floor(ev.context().nowDayNumber()));
}

RtValue now(Evaluator &ev, const Node &)
{
    return RtValue::makeDate(ev.context().nowDayNumber());
}

RtValue date(Evaluator &ev, const Node &call)
{
    return RtValue::makeDate(dayNumberOfValue(ev, ev.eval(ev.arg(call, 0)), Keep::Date));
}

RtValue dateTime(Evaluator &ev, const Node &call)
{
    return RtValue::makeDate(dayNumberOfValue(ev, ev.eval(ev.arg(call, 0)), Keep::DateTime));
}

// Days since 1970-01-01T00:00Z of the instant (UTC based, unlike day numbers), as JavaRosa and Enketo
// define it: decimal-date-time('1970-01-01T00:00:00Z') is 0 in every time zone.
RtValue decimalDateTime(Evaluator &ev, const Node &call)
{
    RtValue v = ev.eval(ev.arg(call, 0));
    switch (v.kind) {
    case RtValue::Kind::Number:
        return RtValue::makeNumber(v.number);
    case RtValue::Kind::Date:
        return RtValue::makeNumber(instantDaysOfLocal(v.number));
    case RtValue::Kind::Boolean:
        return RtValue::makeNumber(kNaN);
    default:
        break;
    }
    ev.makeString(v);
    DateTimeParts parts;
    switch (parseDateTime(v.view, &parts)) {
    case DateParse::Valid:
        return RtValue::makeNumber(instantDays(parts));
    case DateParse::Invalid:
        ev.fail();
        break;
    case DateParse::NotDate:
        break;
    }
    return RtValue::makeNumber(kNaN);
}

RtValue decimalTime(Evaluator &ev, const Node &call)
{
    RtValue v = ev.eval(ev.arg(call, 0));
    switch (v.kind) {
    case RtValue::Kind::Number:
    case RtValue::Kind::Boolean:
        return RtValue::makeNumber(kNaN);
    case RtValue::Kind::Date:
        return RtValue::makeNumber(v.number - std::floor(v.number));
    default:
        break;
    }
    ev.makeString(v);
    return RtValue::makeNumber(decimalTimeOf(v.view, ev.context().now().date()));
}

RtValue formatDate(Evaluator &ev, const Node &call)
{
    const double days = dayNumberOfValue(ev, ev.eval(ev.arg(call, 0)), Keep::DateTime);
    const RtValue format = ev.string(ev.arg(call, 1));
    QString out;
    if (std::isnan(days))
        return RtValue::makeView(QStringView());
    if (!formatDayNumberWith(days, format.view, &out)) {
        ev.fail();
        return RtValue::makeView(QStringView());
    }
    return RtValue::makeString(std::move(out));
}

} // namespace flowdesk::expr::fn
