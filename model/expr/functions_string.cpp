// String functions. Lengths and positions count UTF-16 code units, as JavaRosa and Enketo do.
#include "evaluator.h"
#include "functions.h"
#include "textsearch.h"
#include "xpathnumber.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRandomGenerator>
#include <QUuid>

#include <cmath>

namespace flowdesk::expr::fn {

namespace {

// Up to this many characters translate()'s `from` is searched; longer, it is looked up.
constexpr qsizetype kLinearTranslate = 32;

RtValue argString(Evaluator &ev, const Node &call, int index)
{
    return ev.string(ev.arg(call, index));
}

// Appends the string value of every argument from `first` on; a node-set contributes each of its
// nodes (so concat(${repeated}) joins all instances, as ODK forms expect).
void appendAll(Evaluator &ev, const Node &call, int first, QStringView separator, QString *out)
{
    bool any = false;
    auto add = [&](QStringView text) {
        if (any)
            out->append(separator);
        out->append(text);
        any = true;
    };
    for (int i = first; i < call.argc; ++i) {
        RtValue v = ev.eval(ev.arg(call, i));
        if (!any && out->isEmpty() && v.kind == RtValue::Kind::String && !v.owned.isEmpty()
            && v.view.data() == v.owned.constData() && v.view.size() == v.owned.size()) {
            // A string built by a nested call (concat(concat(...), x)) is appended to in place, not copied again
            // at every level.
            *out = std::move(v.owned);
            any = true;
            continue;
        }
        if (v.kind == RtValue::Kind::NodeSet) {
            for (int n = 0; n < v.count; ++n)
                add(ev.nodeValue(v, n));
        } else {
            ev.makeString(v);
            add(v.view);
        }
    }
}

} // namespace

RtValue string(Evaluator &ev, const Node &call)
{
    RtValue v = call.argc == 0 ? ev.current() : ev.eval(ev.arg(call, 0));
    ev.makeString(v);
    return v;
}

RtValue concat(Evaluator &ev, const Node &call)
{
    QString out;
    appendAll(ev, call, 0, QStringView(), &out);
    return RtValue::makeString(std::move(out));
}

RtValue join(Evaluator &ev, const Node &call)
{
    const RtValue separator = argString(ev, call, 0);
    QString out;
    appendAll(ev, call, 1, separator.view, &out);
    return RtValue::makeString(std::move(out));
}

RtValue startsWith(Evaluator &ev, const Node &call)
{
    const RtValue s = argString(ev, call, 0);
    const RtValue prefix = argString(ev, call, 1);
    return RtValue::makeBoolean(s.view.startsWith(prefix.view));
}

RtValue endsWith(Evaluator &ev, const Node &call)
{
    const RtValue s = argString(ev, call, 0);
    const RtValue suffix = argString(ev, call, 1);
    return RtValue::makeBoolean(s.view.endsWith(suffix.view));
}

RtValue contains(Evaluator &ev, const Node &call)
{
    const RtValue s = argString(ev, call, 0);
    const RtValue part = argString(ev, call, 1);
    return RtValue::makeBoolean(findText(s.view, part.view) >= 0);
}

RtValue substringBefore(Evaluator &ev, const Node &call)
{
    RtValue s = argString(ev, call, 0);
    const RtValue part = argString(ev, call, 1);
    const qsizetype at = findText(s.view, part.view);
    s.view = at < 0 ? QStringView() : s.view.first(at);
    return s;
}

RtValue substringAfter(Evaluator &ev, const Node &call)
{
    RtValue s = argString(ev, call, 0);
    const RtValue part = argString(ev, call, 1);
    const qsizetype at = findText(s.view, part.view);
    s.view = at < 0 ? QStringView() : s.view.sliced(at + part.view.size());
    return s;
}

// XPath 1.0: characters at 1-based positions p with round(start) <= p < round(start) + round(length).
RtValue substring(Evaluator &ev, const Node &call)
{
    RtValue s = argString(ev, call, 0);
    const double start = xpathRound(ev.number(ev.arg(call, 1)));
    const double end = call.argc == 3 ? start + xpathRound(ev.number(ev.arg(call, 2))) : INFINITY;
    const double size = double(s.view.size());
    const double from = std::max(start, 1.0);
    const double to = std::min(end, size + 1);
    if (std::isnan(from) || std::isnan(to) || !(to > from)) {
        s.view = QStringView();
        return s;
    }
    s.view = s.view.sliced(qsizetype(from) - 1, qsizetype(to - from));
    return s;
}

// ODK substr(string, start[, end]): 0-based, end exclusive, negative counts from the end.
RtValue substr(Evaluator &ev, const Node &call)
{
    RtValue s = argString(ev, call, 0);
    const qsizetype size = s.view.size();
    auto index = [size](double x) -> qsizetype {
        if (std::isnan(x))
            return 0;
        x = std::trunc(x);
        if (x < 0)
            return qsizetype(std::max(double(size) + x, 0.0));
        return qsizetype(std::min(x, double(size)));
    };
    const qsizetype from = index(ev.number(ev.arg(call, 1)));
    const qsizetype to = call.argc == 3 ? index(ev.number(ev.arg(call, 2))) : size;
    s.view = to > from ? s.view.sliced(from, to - from) : QStringView();
    return s;
}

RtValue stringLength(Evaluator &ev, const Node &call)
{
    const RtValue s = string(ev, call);
    return RtValue::makeNumber(double(s.view.size()));
}

RtValue normalizeSpace(Evaluator &ev, const Node &call)
{
    const RtValue s = string(ev, call);
    QString out;
    out.reserve(s.view.size());
    bool pendingSpace = false;
    for (const QChar c : s.view) {
        if (isXPathSpace(c.unicode())) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += u' ';
        pendingSpace = false;
        out += c;
    }
    return RtValue::makeString(std::move(out));
}

RtValue translate(Evaluator &ev, const Node &call)
{
    const RtValue s = argString(ev, call, 0);
    const RtValue from = argString(ev, call, 1);
    const RtValue to = argString(ev, call, 2);
    QString out;
    out.reserve(s.view.size());
    // A long `from` is looked up by hash, not searched once per character.
    QHash<char16_t, qsizetype> firstAt;
    if (from.view.size() > kLinearTranslate) {
        for (qsizetype i = from.view.size() - 1; i >= 0; --i)
            firstAt.insert(from.view[i].unicode(), i);
    }
    for (const QChar c : s.view) {
        const qsizetype at = firstAt.isEmpty() ? from.view.indexOf(c) : firstAt.value(c.unicode(), -1);
        if (at < 0)
            out += c;
        else if (at < to.view.size())
            out += to.view[at];
    }
    return RtValue::makeString(std::move(out));
}

// Matches anywhere in the string (as the peer does), not the whole string.
RtValue regex(Evaluator &ev, const Node &call)
{
    const RtValue s = argString(ev, call, 0);
    if (call.aux >= 0) {
        const QRegularExpression &re = ev.program().regexes[std::size_t(call.aux)];
        return RtValue::makeBoolean(re.match(s.view).hasMatch());
    }
    const RtValue pattern = argString(ev, call, 1);
    const QRegularExpression re(pattern.view.toString());
    if (!re.isValid()) {
        ev.fail();
        return RtValue::makeBoolean(false);
    }
    return RtValue::makeBoolean(re.match(s.view).hasMatch());
}

RtValue coalesce(Evaluator &ev, const Node &call)
{
    RtValue first = argString(ev, call, 0);
    if (!first.view.isEmpty())
        return first;
    return argString(ev, call, 1);
}

// once(x): keeps the current field's answer once it has one.
RtValue once(Evaluator &ev, const Node &call)
{
    RtValue value = argString(ev, call, 0);
    RtValue current = ev.current();
    ev.makeString(current);
    return current.view.isEmpty() ? value : current;
}

RtValue digest(Evaluator &ev, const Node &call)
{
    const RtValue message = argString(ev, call, 0);
    const QString algorithm = argString(ev, call, 1).view.toString().toLower();
    const QString encoding = call.argc == 3 ? argString(ev, call, 2).view.toString().toLower() : QStringLiteral("base64");
    QCryptographicHash::Algorithm method;
    if (algorithm == u"md5")
        method = QCryptographicHash::Md5;
    else if (algorithm == u"sha-1")
        method = QCryptographicHash::Sha1;
    else if (algorithm == u"sha-256")
        method = QCryptographicHash::Sha256;
    else if (algorithm == u"sha-384")
        method = QCryptographicHash::Sha384;
    else if (algorithm == u"sha-512")
        method = QCryptographicHash::Sha512;
    else {
        ev.fail();
        return RtValue::makeView(QStringView());
    }
    if (encoding != u"base64" && encoding != u"hex") {
        ev.fail();
        return RtValue::makeView(QStringView());
    }
    const QByteArray hash = QCryptographicHash::hash(message.view.toUtf8(), method);
    const QByteArray text = encoding == u"hex" ? hash.toHex() : hash.toBase64();
    return RtValue::makeString(QString::fromLatin1(text));
}

RtValue base64Decode(Evaluator &ev, const Node &call)
{
    const RtValue text = argString(ev, call, 0);
    return RtValue::makeString(QString::fromUtf8(QByteArray::fromBase64(text.view.toLatin1())));
}

RtValue uuid(Evaluator &ev, const Node &call)
{
    if (call.argc == 0)
        return RtValue::makeString(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const double wanted = std::trunc(ev.number(ev.arg(call, 0)));
    const int length = std::isnan(wanted) || wanted < 0 ? 0 : int(std::min(wanted, 4096.0));
    static const char kHex[] = "0123456789abcdef";
    QString out(length, u'0');
    QRandomGenerator *random = QRandomGenerator::global();
    for (int i = 0; i < length; ++i)
        out[i] = QLatin1Char(kHex[random->bounded(16)]);
    return RtValue::makeString(std::move(out));
}

} // namespace flowdesk::expr::fn
