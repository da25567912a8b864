// Choice lists, booleans, node-set counting and the other functions that decide rather than compute.
#include "evaluator.h"
#include "functions.h"
#include "interview/answertext.h"
#include "interview/selectedchoices.h"

#include <QRandomGenerator>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace flowdesk::expr::fn {

namespace {

// Boolean of a checklist factor: a node counts when its answer is not blank.
void collectFactors(Evaluator &ev, int node, QVarLengthArray<char, 16> *out)
{
    RtValue v = ev.eval(node);
    if (v.kind != RtValue::Kind::NodeSet) {
        out->append(ev.toBoolean(v) ? 1 : 0);
        return;
    }
    for (int i = 0; i < v.count; ++i)
        out->append(ev.nodeValue(v, i).trimmed().isEmpty() ? 0 : 1);
}

void collectWeights(Evaluator &ev, int node, QVarLengthArray<double, 16> *out)
{
    RtValue v = ev.eval(node);
    if (v.kind != RtValue::Kind::NodeSet) {
        out->append(ev.toNumber(v));
        return;
    }
    for (int i = 0; i < v.count; ++i)
        out->append(ev.stringToNumber(ev.nodeValue(v, i)));
}

bool withinLimits(double value, double min, double max)
{
    return (min < 0 || value >= min) && (max < 0 || value <= max);
}

RtValue requireNodes(Evaluator &ev, const Node &call)
{
    RtValue v = ev.eval(ev.arg(call, 0));
    if (v.kind != RtValue::Kind::NodeSet)
        ev.fail();
    return v;
}

} // namespace

namespace {

bool listHolds(QStringView list, QStringView wanted)
{
    const QStringView item = trimmedText(wanted);
    return forEachSelected(list, [item](QStringView each) { return sameText(each, item); });
}

} // namespace

bool isSelected(Evaluator &ev, const Node &call)
{
    // Nearly always an answer and a literal, read in place without a value built for either.
    QStringView list, wanted;
    if (ev.textInPlace(ev.arg(call, 0), &list) && ev.textInPlace(ev.arg(call, 1), &wanted))
        return listHolds(list, wanted);
    RtValue listHolder, wantedHolder;
    return listHolds(ev.text(ev.arg(call, 0), listHolder), ev.text(ev.arg(call, 1), wantedHolder));
}

RtValue selected(Evaluator &ev, const Node &call)
{
    return RtValue::makeBoolean(isSelected(ev, call));
}

// selected-at(list, n): the n-th (0-based) choice. Items are what count-selected() counts, so extra
// spaces do not shift the index (JavaRosa; Enketo counts the empty pieces).
RtValue selectedAt(Evaluator &ev, const Node &call)
{
    RtValue list = ev.string(ev.arg(call, 0));
    const double index = std::trunc(ev.number(ev.arg(call, 1)));
    QStringView found;
    if (index >= 0) {
        double seen = 0;
        forEachSelected(list.view, [&](QStringView each) {
            if (each.isEmpty())
                return false;
            if (seen++ == index) {
                found = each;
                return true;
            }
            return false;
        });
    }
    list.view = found;
    return list;
}

double selectedCount(Evaluator &ev, const Node &call)
{
    QStringView list;
    RtValue holder;
    if (!ev.textInPlace(ev.arg(call, 0), &list))
        list = ev.text(ev.arg(call, 0), holder);
    double count = 0;
    forEachSelected(list, [&count](QStringView each) {
        if (!each.isEmpty())
            ++count;
        return false;
    });
    return count;
}

RtValue countSelected(Evaluator &ev, const Node &call)
{
    return RtValue::makeNumber(selectedCount(ev, call));
}

RtValue choiceName(Evaluator &ev, const Node &call)
{
    const RtValue value = ev.string(ev.arg(call, 0));
    return RtValue::makeString(ev.context().choiceLabel(call.aux, value.view));
}

RtValue checklist(Evaluator &ev, const Node &call)
{
    const double min = ev.number(ev.arg(call, 0));
    const double max = ev.number(ev.arg(call, 1));
    QVarLengthArray<char, 16> factors;
    for (int i = 2; i < call.argc; ++i)
        collectFactors(ev, ev.arg(call, i), &factors);
    const double trues = double(std::count(factors.begin(), factors.end(), 1));
    return RtValue::makeBoolean(withinLimits(trues, min, max));
}

// weighted-checklist(min, max, value1, weight1, ...): the weights of the true values must add up to
// between min and max (-1: no limit). Node-sets pair up node by node.
RtValue weightedChecklist(Evaluator &ev, const Node &call)
{
    const double min = ev.number(ev.arg(call, 0));
    const double max = ev.number(ev.arg(call, 1));
    QVarLengthArray<char, 16> factors;
    QVarLengthArray<double, 16> weights;
    for (int i = 2; i + 1 < call.argc; i += 2) {
        collectFactors(ev, ev.arg(call, i), &factors);
        collectWeights(ev, ev.arg(call, i + 1), &weights);
    }
    double total = 0;
    for (qsizetype i = 0; i < factors.size(); ++i) {
        if (factors[i] && i < weights.size() && !std::isnan(weights[i]))
            total += weights[i];
    }
    return RtValue::makeBoolean(withinLimits(total, min, max));
}

RtValue ifThenElse(Evaluator &ev, const Node &call)
{
    return ev.eval(ev.arg(call, ev.boolean(ev.arg(call, 0)) ? 1 : 2));
}

RtValue boolean(Evaluator &ev, const Node &call)
{
    return RtValue::makeBoolean(ev.boolean(ev.arg(call, 0)));
}

// "true" and "1" are true. A number argument counts as true when it is a positive whole number, which
// is what the peer does for boolean-from-string(2).
RtValue booleanFromString(Evaluator &ev, const Node &call)
{
    RtValue v = ev.eval(ev.arg(call, 0));
    if (v.kind == RtValue::Kind::Number)
        return RtValue::makeBoolean(v.number > 0 && v.number == std::trunc(v.number));
    ev.makeString(v);
    return RtValue::makeBoolean(v.view == u"true" || v.view == u"1");
}

RtValue notFn(Evaluator &ev, const Node &call)
{
    return RtValue::makeBoolean(!ev.boolean(ev.arg(call, 0)));
}

RtValue trueFn(Evaluator &, const Node &)
{
    return RtValue::makeBoolean(true);
}

RtValue falseFn(Evaluator &, const Node &)
{
    return RtValue::makeBoolean(false);
}

RtValue count(Evaluator &ev, const Node &call)
{
    const RtValue nodes = requireNodes(ev, call);
    return RtValue::makeNumber(nodes.kind == RtValue::Kind::NodeSet ? nodes.count : 0);
}

RtValue countNonEmpty(Evaluator &ev, const Node &call)
{
    const RtValue nodes = requireNodes(ev, call);
    double count = 0;
    if (nodes.kind == RtValue::Kind::NodeSet) {
        for (int i = 0; i < nodes.count; ++i)
            count += ev.nodeValue(nodes, i).isEmpty() ? 0 : 1;
    }
    return RtValue::makeNumber(count);
}

RtValue position(Evaluator &ev, const Node &)
{
    return RtValue::makeNumber(ev.context().position());
}

RtValue current(Evaluator &ev, const Node &)
{
    return ev.current();
}

RtValue indexedRepeat(Evaluator &ev, const Node &call)
{
    const double index = std::trunc(ev.number(ev.arg(call, 2)));
    if (std::isnan(index) || index < std::numeric_limits<int>::min() || index > std::numeric_limits<int>::max())
        return RtValue::makeView(QStringView());
    return RtValue::makeString(ev.context().indexedValue(call.aux, call.aux2, int(index)));
}

RtValue randomize(Evaluator &ev, const Node &call)
{
    const RtValue nodes = requireNodes(ev, call);
    std::vector<QString> values;
    if (nodes.kind == RtValue::Kind::NodeSet) {
        values.reserve(std::size_t(nodes.count));
        for (int i = 0; i < nodes.count; ++i)
            values.push_back(ev.nodeValue(nodes, i).toString());
    }
    if (call.argc == 2) {
        const double seed = ev.number(ev.arg(call, 1));
        std::mt19937_64 engine(std::isfinite(seed) ? std::uint64_t(std::llround(std::fabs(seed))) : 0);
        std::shuffle(values.begin(), values.end(), engine);
    } else {
        std::shuffle(values.begin(), values.end(), *QRandomGenerator::global());
    }
    return ev.makeList(std::move(values));
}

} // namespace flowdesk::expr::fn
