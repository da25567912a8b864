#include "constraintbounds.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace flowdesk {

namespace {

// The constraint's top-level `and` terms; empty when it has a top-level `or` (then no term alone holds).
QStringList conjuncts(QStringView text)
{
    QStringList terms;
    int depth = 0;
    QChar quote;
    qsizetype start = 0;
    for (qsizetype k = 0; k < text.size(); ++k) {
        const QChar c = text[k];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'(' || c == u'[') {
            ++depth;
        } else if (c == u')' || c == u']') {
            --depth;
        } else if (depth == 0 && c.isSpace()) {
            const QStringView rest = text.mid(k + 1);
            if (rest.startsWith(u"and") && rest.size() > 3 && rest[3].isSpace()) {
                terms << text.mid(start, k - start).trimmed().toString();
                start = k + 4;
                k += 3;
            } else if (rest.startsWith(u"or") && rest.size() > 2 && rest[2].isSpace()) {
                return {};
            }
        }
    }
    terms << text.mid(start).trimmed().toString();
    return terms;
}

// "(x)" -> "x" when the parentheses enclose the whole term.
QString unwrap(QString term)
{
    while (term.startsWith(u'(') && term.endsWith(u')')) {
        int depth = 0;
        bool whole = true;
        for (qsizetype k = 0; k < term.size() - 1; ++k) {
            depth += term[k] == u'(' ? 1 : term[k] == u')' ? -1 : 0;
            if (depth == 0) {
                whole = false;
                break;
            }
        }
        if (!whole)
            break;
        term = term.mid(1, term.size() - 2).trimmed();
    }
    return term;
}

// "<=" read from the value's side: `5 >= .` is `. <= 5`.
QString mirrored(const QString &op)
{
    if (op.startsWith(u'<'))
        return QString(op).replace(u'<', u'>');
    return QString(op).replace(u'>', u'<');
}

struct Bound
{
    QString op;    // >=, >, <=, <
    QString value; // a number or a date
};

// `LHS op literal` or `literal op LHS`, where LHS is `subject` (a regular expression): the bound from LHS's side.
bool readBound(const QString &term, const QString &subject, Bound &bound)
{
    static const QString literal = QStringLiteral(R"((-?\d+(?:\.\d+)?|'\d{4}-\d{2}-\d{2}'|date\('\d{4}-\d{2}-\d{2}'\)))");
    static const QString op = QStringLiteral(R"(\s*(>=|<=|>|<)\s*)");
    const QRegularExpression left(QStringLiteral("^") + subject + op + literal + QStringLiteral("$"));
    const QRegularExpression right(QStringLiteral("^") + literal + op + subject + QStringLiteral("$"));
    QString value;
    if (const auto m = left.match(term); m.hasMatch()) {
        bound.op = m.captured(1);
        value = m.captured(2);
    } else if (const auto m2 = right.match(term); m2.hasMatch()) {
        bound.op = mirrored(m2.captured(2));
        value = m2.captured(1);
    } else {
        return false;
    }
    value.remove(QStringLiteral("date(")).remove(u'\'').remove(u')');
    bound.value = value;
    return true;
}

bool isNumber(const QString &text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok;
}

// The tighter of two lower (or upper) bounds, comparing numbers as numbers and dates as text.
bool tighter(const QString &candidate, const QString &current, bool lower)
{
    if (current.isEmpty())
        return true;
    if (isNumber(candidate) && isNumber(current))
        return lower ? candidate.toDouble() > current.toDouble() : candidate.toDouble() < current.toDouble();
    return lower ? candidate > current : candidate < current;
}

// An anchored XForm regex as an XML Schema pattern (anchored by definition), or empty when it cannot be one.
QString xmlSchemaPattern(const QString &regex)
{
    if (regex.size() < 2 || !regex.startsWith(u'^') || !regex.endsWith(u'$') || regex.endsWith(QStringLiteral("\\$")))
        return {};
    const QString inner = regex.mid(1, regex.size() - 2);
    // Alternation or inner anchors mean something else once the outer anchors are implicit.
    for (qsizetype k = 0; k < inner.size(); ++k) {
        const QChar c = inner[k];
        if (c == u'\\') {
            ++k;
            continue;
        }
        if (c == u'|' || c == u'$' || (c == u'^' && (k == 0 || inner[k - 1] != u'[')))
            return {};
    }
    return inner;
}

} // namespace

ConstraintBounds constraintBounds(const QString &constraint, bool integer)
{
    ConstraintBounds result;
    static const QRegularExpression regexCall(QStringLiteral(R"(^regex\(\s*\.\s*,\s*'([^']*)'\s*\)$)"));
    for (const QString &raw : conjuncts(constraint.trimmed())) {
        const QString term = unwrap(raw);
        if (const auto m = regexCall.match(term); m.hasMatch()) {
            const QString pattern = xmlSchemaPattern(m.captured(1));
            if (!pattern.isEmpty() && result.pattern.isEmpty())
                result.pattern = pattern;
            continue;
        }
        Bound bound;
        if (readBound(term, QStringLiteral(R"(string-length\(\s*\.\s*\))"), bound)) {
            if (!isNumber(bound.value))
                continue;
            const double n = bound.value.toDouble();
            if (n != std::floor(n))
                continue;
            int length = int(n);
            if (bound.op == u">")
                ++length;
            else if (bound.op == u"<")
                --length;
            if (bound.op.startsWith(u'>'))
                result.minLength = std::max(result.minLength, length);
            else if (result.maxLength < 0 || length < result.maxLength)
                result.maxLength = std::max(length, 0);
            continue;
        }
        if (!readBound(term, QStringLiteral(R"(\.)"), bound))
            continue;
        QString value = bound.value;
        if (bound.op.size() == 1) { // strict: only whole numbers have a next value
            bool ok = false;
            const qlonglong n = value.toLongLong(&ok);
            if (!integer || !ok)
                continue;
            value = QString::number(bound.op == u">" ? n + 1 : n - 1);
        }
        const bool lower = bound.op.startsWith(u'>');
        QString &current = lower ? result.minimum : result.maximum;
        if (tighter(value, current, lower))
            current = value;
    }
    return result;
}

} // namespace flowdesk
