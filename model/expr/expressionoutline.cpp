#include "expressionoutline.h"

#include "lexer.h"

namespace flowdesk::expr {

namespace {

bool blank(QStringView text, qsizetype begin, qsizetype end)
{
    return text.sliced(begin, end - begin).trimmed().isEmpty();
}

} // namespace

ExpressionOutline ExpressionOutline::of(QStringView text)
{
    ExpressionOutline outline;
    ParseError error;
    bool ok = false;
    const std::vector<Token> tokens = tokenize(text, &error, &ok);
    if (!ok)
        return outline;

    struct Open
    {
        int call;           // index into calls, or -1 for a plain '('
        qsizetype argBegin; // where the current argument starts
    };
    std::vector<Open> open;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        const qsizetype end = t.position + t.length;
        switch (t.type) {
        case TokenType::String:
            outline.literals.push_back(t.text.toString());
            break;
        case TokenType::Name:
            if (i + 1 < tokens.size() && tokens[i + 1].type == TokenType::LParen) {
                outline.calls.push_back(Call{t.text.toString(), Span{t.position, t.position}, {}});
                open.push_back(Open{int(outline.calls.size() - 1), tokens[i + 1].position + 1});
                ++i;
            }
            break;
        case TokenType::LParen:
            open.push_back(Open{-1, end});
            break;
        case TokenType::Comma:
            if (!open.empty() && open.back().call >= 0) {
                outline.calls[std::size_t(open.back().call)].args.push_back(Span{open.back().argBegin, t.position});
                open.back().argBegin = end;
            }
            break;
        case TokenType::RParen:
            if (open.empty())
                break;
            if (open.back().call >= 0) {
                Call &call = outline.calls[std::size_t(open.back().call)];
                if (!blank(text, open.back().argBegin, t.position) || !call.args.empty())
                    call.args.push_back(Span{open.back().argBegin, t.position});
                call.whole.end = end;
            }
            open.pop_back();
            break;
        case TokenType::Eq:
        case TokenType::Ne:
            if (open.empty() && !outline.hasEquality) {
                outline.hasEquality = true;
                outline.left = Span{0, t.position};
                outline.right = Span{end, text.size()};
            }
            break;
        default:
            break;
        }
    }
    return outline;
}

QString replaceSpan(QStringView text, ExpressionOutline::Span span, QStringView replacement)
{
    QString out;
    out.reserve(text.size() - (span.end - span.begin) + replacement.size());
    out.append(text.first(span.begin)).append(replacement).append(text.sliced(span.end));
    return out;
}

} // namespace flowdesk::expr
