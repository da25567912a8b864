// Numeric functions, including the geodesy of area() and distance().
#include "evaluator.h"
#include "functions.h"
#include "xpathnumber.h"

#include <QRandomGenerator>
#include <QVarLengthArray>

#include <cmath>
#include <limits>

namespace flowdesk::expr::fn {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double argNumber(Evaluator &ev, const Node &call, int index)
{
    return ev.number(ev.arg(call, index));
}

// Every argument as numbers; node-sets give one number per node.
void collectNumbers(Evaluator &ev, const Node &call, QVarLengthArray<double, 16> *out)
{
    for (int i = 0; i < call.argc; ++i) {
        RtValue v = ev.eval(ev.arg(call, i));
        if (v.kind == RtValue::Kind::NodeSet) {
            for (int n = 0; n < v.count; ++n)
                out->append(ev.stringToNumber(ev.nodeValue(v, n)));
        } else {
            out->append(ev.toNumber(v));
        }
    }
}

template<typename Pick>
RtValue extreme(Evaluator &ev, const Node &call, Pick pick)
{
    QVarLengthArray<double, 16> values;
    collectNumbers(ev, call, &values);
    if (values.isEmpty())
        return RtValue::makeNumber(kNaN);
    double best = values[0];
    for (const double v : values) {
        if (std::isnan(v))
            return RtValue::makeNumber(kNaN);
        best = pick(best, v);
    }
    return RtValue::makeNumber(best);
}

template<double (*F)(double)>
RtValue unary(Evaluator &ev, const Node &call)
{
    return RtValue::makeNumber(F(argNumber(ev, call, 0)));
}

// Geodesy as in Enketo (and JavaRosa): a sphere of the equatorial radius, results to the centimetre.
constexpr double kEarthRadius = 6378100;

struct LatLng
{
    double lat;
    double lng;
};

double toRadians(double degrees)
{
    return degrees * M_PI / 180;
}

// "lat lng [altitude [accuracy]]"; false when any part is missing, out of range or not a number.
bool parseGeopoint(QStringView text, LatLng *out)
{
    QStringView rest = text.trimmed();
    double parts[4] = {kNaN, kNaN, 0, 0};
    int count = 0;
    while (true) {
        const qsizetype space = rest.indexOf(u' ');
        const QStringView piece = space < 0 ? rest : rest.first(space);
        if (count < 4) {
            const double value = piece.isEmpty() && count >= 2 ? 0 : parseXPathNumber(piece);
            if (std::isnan(value))
                return false;
            parts[count] = value;
        }
        ++count;
        if (space < 0)
            break;
        rest = rest.sliced(space + 1);
    }
    if (count < 2 || parts[0] < -90 || parts[0] > 90 || parts[1] < -180 || parts[1] > 180 || parts[3] < 0)
        return false;
    *out = LatLng{parts[0], parts[1]};
    return true;
}

// The points of a geotrace or geoshape: "p1;p2;...", or one point per node of a node-set.
bool collectPoints(Evaluator &ev, const Node &call, QVarLengthArray<LatLng, 32> *points)
{
    auto addText = [&](QStringView text) {
        qsizetype start = 0;
        while (true) {
            const qsizetype semicolon = text.indexOf(u';', start);
            const qsizetype end = semicolon < 0 ? text.size() : semicolon;
            LatLng point;
            if (!parseGeopoint(text.sliced(start, end - start), &point))
                return false;
            points->append(point);
            if (semicolon < 0)
                return true;
            start = semicolon + 1;
        }
    };
    for (int i = 0; i < call.argc; ++i) {
        RtValue v = ev.eval(ev.arg(call, i));
        if (v.kind == RtValue::Kind::NodeSet && v.count > 1) {
            for (int n = 0; n < v.count; ++n) {
                if (!addText(ev.nodeValue(v, n)))
                    return false;
            }
            continue;
        }
        ev.makeString(v);
        if (!addText(v.view))
            return false;
    }
    return true;
}

double toCentimetres(double metres)
{
    return std::fabs(xpathRound(metres * 100)) / 100;
}

} // namespace

RtValue number(Evaluator &ev, const Node &call)
{
    return RtValue::makeNumber(call.argc == 0 ? ev.toNumber(ev.current()) : argNumber(ev, call, 0));
}

RtValue sum(Evaluator &ev, const Node &call)
{
    const RtValue nodes = ev.eval(ev.arg(call, 0));
    if (nodes.kind != RtValue::Kind::NodeSet) {
        ev.fail();
        return RtValue::makeNumber(kNaN);
    }
    double total = 0;
    for (int i = 0; i < nodes.count; ++i)
        total += ev.stringToNumber(ev.nodeValue(nodes, i));
    return RtValue::makeNumber(total);
}

RtValue floor(Evaluator &ev, const Node &call)
{
    return unary<std::floor>(ev, call);
}

RtValue ceiling(Evaluator &ev, const Node &call)
{
    return unary<std::ceil>(ev, call);
}

RtValue round(Evaluator &ev, const Node &call)
{
    const double value = argNumber(ev, call, 0);
    if (call.argc == 1)
        return RtValue::makeNumber(xpathRound(value));
    return RtValue::makeNumber(roundToPlaces(value, argNumber(ev, call, 1)));
}

RtValue intFn(Evaluator &ev, const Node &call)
{
    return unary<std::trunc>(ev, call);
}

// JavaScript and Java agree that 1 ** NaN and (-1) ** Infinity are NaN; C's pow() says 1.
RtValue pow(Evaluator &ev, const Node &call)
{
    const double base = argNumber(ev, call, 0);
    const double exponent = argNumber(ev, call, 1);
    if (std::isnan(exponent) || (std::isinf(exponent) && std::fabs(base) == 1))
        return RtValue::makeNumber(kNaN);
    return RtValue::makeNumber(std::pow(base, exponent));
}

RtValue abs(Evaluator &ev, const Node &call)
{
    return unary<std::fabs>(ev, call);
}

RtValue min(Evaluator &ev, const Node &call)
{
    return extreme(ev, call, [](double a, double b) { return b < a ? b : a; });
}

RtValue max(Evaluator &ev, const Node &call)
{
    return extreme(ev, call, [](double a, double b) { return b > a ? b : a; });
}

RtValue log(Evaluator &ev, const Node &call)
{
    return unary<std::log>(ev, call);
}

RtValue log10(Evaluator &ev, const Node &call)
{
    return unary<std::log10>(ev, call);
}

RtValue exp(Evaluator &ev, const Node &call)
{
    return unary<std::exp>(ev, call);
}

RtValue exp10(Evaluator &ev, const Node &call)
{
    return RtValue::makeNumber(std::pow(10.0, argNumber(ev, call, 0)));
}

RtValue sqrt(Evaluator &ev, const Node &call)
{
    return unary<std::sqrt>(ev, call);
}

RtValue sin(Evaluator &ev, const Node &call)
{
    return unary<std::sin>(ev, call);
}

RtValue cos(Evaluator &ev, const Node &call)
{
    return unary<std::cos>(ev, call);
}

RtValue tan(Evaluator &ev, const Node &call)
{
    return unary<std::tan>(ev, call);
}

RtValue asin(Evaluator &ev, const Node &call)
{
    return unary<std::asin>(ev, call);
}

RtValue acos(Evaluator &ev, const Node &call)
{
    return unary<std::acos>(ev, call);
}

RtValue atan(Evaluator &ev, const Node &call)
{
    return unary<std::atan>(ev, call);
}

RtValue atan2(Evaluator &ev, const Node &call)
{
    return RtValue::makeNumber(std::atan2(argNumber(ev, call, 0), argNumber(ev, call, 1)));
}

RtValue pi(Evaluator &, const Node &)
{
    return RtValue::makeNumber(M_PI);
}

RtValue random(Evaluator &, const Node &)
{
    return RtValue::makeNumber(QRandomGenerator::global()->generateDouble());
}

// Area of a geoshape in square metres (spherical excess approximation, as Leaflet.draw computes it).
RtValue area(Evaluator &ev, const Node &call)
{
    QVarLengthArray<LatLng, 32> points;
    if (!collectPoints(ev, call, &points))
        return RtValue::makeNumber(kNaN);
    const qsizetype n = points.size();
    double total = 0;
    if (n > 2) {
        for (qsizetype i = 0; i < n; ++i) {
            const LatLng &p1 = points[i];
            const LatLng &p2 = points[(i + 1) % n];
            total += toRadians(p2.lng - p1.lng) * (2 + std::sin(toRadians(p1.lat)) + std::sin(toRadians(p2.lat)));
        }
        total = total * kEarthRadius * kEarthRadius / 2.0;
    }
    return RtValue::makeNumber(toCentimetres(total));
}

// Length of a geotrace in metres (great-circle legs by the spherical law of cosines).
RtValue distance(Evaluator &ev, const Node &call)
{
    QVarLengthArray<LatLng, 32> points;
    if (!collectPoints(ev, call, &points))
        return RtValue::makeNumber(kNaN);
    double total = 0;
    for (qsizetype i = 1; i < points.size(); ++i) {
        const LatLng &p1 = points[i - 1];
        const LatLng &p2 = points[i];
        const double dLng = toRadians(p1.lng - p2.lng);
        const double phi1 = toRadians(p1.lat);
        const double phi2 = toRadians(p2.lat);
        total += std::acos(std::sin(phi1) * std::sin(phi2) + std::cos(phi1) * std::cos(phi2) * std::cos(dLng))
                 * kEarthRadius;
    }
    return RtValue::makeNumber(toCentimetres(total));
}

} // namespace flowdesk::expr::fn
