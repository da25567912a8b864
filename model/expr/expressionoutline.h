#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace flowdesk::expr {

// Where things are in an expression's text, read from its tokens without resolving anything: the string
// literals, every function call with its arguments' spans, and a comparison at the top level. The conformance
// runner's deviation rules use it to rewrite one piece of a case and evaluate the result.
struct ExpressionOutline
{
    struct Span
    {
        qsizetype begin = 0;
        qsizetype end = 0; // one past the last character
    };
    struct Call
    {
        QString name;
        Span whole;             // from the name to the closing ')'
        std::vector<Span> args; // each argument's text, without the commas
    };

    std::vector<QString> literals;
    std::vector<Call> calls; // in order of their names' positions
    // `left op right` where op is '=' or '!=' outside any parentheses (the first one); empty when there is none.
    Span left;
    Span right;
    bool hasEquality = false;

    // An outline of `text`; empty (no calls, no literals) when it does not tokenize.
    static ExpressionOutline of(QStringView text);
};

// `text` with `span` replaced by `replacement`.
QString replaceSpan(QStringView text, ExpressionOutline::Span span, QStringView replacement);

} // namespace flowdesk::expr
