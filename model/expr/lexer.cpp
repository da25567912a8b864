#include "lexer.h"

#include "xpathnumber.h"

namespace flowdesk::expr {

namespace {

bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c.isMark();
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Tokens after which XPath reads '*' as multiplication and a name as an operator.
bool endsOperand(TokenType type)
{
    switch (type) {
    case TokenType::Number:
    case TokenType::String:
    case TokenType::Ref:
    case TokenType::Name:
    case TokenType::RParen:
    case TokenType::RBracket:
    case TokenType::Dot:
    case TokenType::DotDot:
    case TokenType::Star:
    case TokenType::Variable:
        return true;
    default:
        return false;
    }
}

} // namespace

std::vector<Token> tokenize(QStringView text, ParseError *error, bool *ok)
{
    std::vector<Token> tokens;
    *ok = true;
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto fail = [&](qsizetype position, const QString &message) {
        error->position = int(position);
        error->message = message;
        *ok = false;
    };
    auto push = [&](TokenType type, qsizetype start, qsizetype length) {
        Token t;
        t.type = type;
        t.position = int(start);
        t.length = int(length);
        t.text = text.sliced(start, length);
        tokens.push_back(t);
    };

    while (i < n) {
        const QChar c = text[i];
        if (isXPathSpace(c.unicode())) {
            ++i;
            continue;
        }
        const bool afterOperand = !tokens.empty() && endsOperand(tokens.back().type);
        const qsizetype start = i;

        if (isDigit(c) || (c == u'.' && i + 1 < n && isDigit(text[i + 1]))) {
            while (i < n && isDigit(text[i]))
                ++i;
            if (i < n && text[i] == u'.') {
                ++i;
                while (i < n && isDigit(text[i]))
                    ++i;
            }
            push(TokenType::Number, start, i - start);
            tokens.back().number = parseXPathNumber(tokens.back().text);
            continue;
        }
        if (c == u'\'' || c == u'"') {
            const qsizetype close = text.indexOf(c, i + 1);
            if (close < 0) {
                fail(start, QStringLiteral("unterminated string literal"));
                break;
            }
            push(TokenType::String, start, close + 1 - start);
            tokens.back().text = text.sliced(start + 1, close - start - 1);
            i = close + 1;
            continue;
        }
        if (c == u'$') {
            if (i + 1 < n && text[i + 1] == u'{') {
                const qsizetype close = text.indexOf(u'}', i + 2);
                if (close < 0) {
                    fail(start, QStringLiteral("unterminated ${...} reference"));
                    break;
                }
                const QStringView name = text.sliced(i + 2, close - i - 2).trimmed();
                if (name.isEmpty()) {
                    fail(start, QStringLiteral("empty ${} reference"));
                    break;
                }
                push(TokenType::Ref, start, close + 1 - start);
                tokens.back().text = name;
                i = close + 1;
                continue;
            }
            ++i;
            while (i < n && isNameChar(text[i]))
                ++i;
            push(TokenType::Variable, start, i - start);
            continue;
        }
        if (isNameStart(c)) {
            while (i < n && isNameChar(text[i]))
                ++i;
            // A prefixed name (jr:choice-name); "::" is an axis, not a prefix.
            if (i + 1 < n && text[i] == u':' && text[i + 1] != u':' && isNameStart(text[i + 1])) {
                i += 2;
                while (i < n && isNameChar(text[i]))
                    ++i;
            }
            const QStringView word = text.sliced(start, i - start);
            TokenType type = TokenType::Name;
            if (afterOperand) {
                if (word == u"and")
                    type = TokenType::And;
                else if (word == u"or")
                    type = TokenType::Or;
                else if (word == u"div")
                    type = TokenType::Div;
                else if (word == u"mod")
                    type = TokenType::Mod;
            }
            push(type, start, i - start);
            continue;
        }

        auto two = [&](char16_t second) { return i + 1 < n && text[i + 1] == second; };
        TokenType type;
        qsizetype length = 1;
        switch (c.unicode()) {
        case u'(': type = TokenType::LParen; break;
        case u')': type = TokenType::RParen; break;
        case u'[': type = TokenType::LBracket; break;
        case u']': type = TokenType::RBracket; break;
        case u',': type = TokenType::Comma; break;
        case u'|': type = TokenType::Pipe; break;
        case u'+': type = TokenType::Plus; break;
        case u'-': type = TokenType::Minus; break;
        case u'@': type = TokenType::At; break;
        case u'=': type = TokenType::Eq; break;
        case u'*': type = afterOperand ? TokenType::Multiply : TokenType::Star; break;
        case u'/':
            type = two(u'/') ? TokenType::DoubleSlash : TokenType::Slash;
            length = type == TokenType::DoubleSlash ? 2 : 1;
            break;
        case u'.':
            type = two(u'.') ? TokenType::DotDot : TokenType::Dot;
            length = type == TokenType::DotDot ? 2 : 1;
            break;
        case u'<':
            type = two(u'=') ? TokenType::Le : TokenType::Lt;
            length = type == TokenType::Le ? 2 : 1;
            break;
        case u'>':
            type = two(u'=') ? TokenType::Ge : TokenType::Gt;
            length = type == TokenType::Ge ? 2 : 1;
            break;
        case u'!':
            if (!two(u'=')) {
                fail(start, QStringLiteral("unexpected '!' (did you mean '!='?)"));
                return tokens;
            }
            type = TokenType::Ne;
            length = 2;
            break;
        case u':':
            if (!two(u':')) {
                fail(start, QStringLiteral("unexpected ':'"));
                return tokens;
            }
            type = TokenType::ColonColon;
            length = 2;
            break;
        default:
            fail(start, QStringLiteral("unexpected character '%1'").arg(c));
            return tokens;
        }
        push(type, start, length);
        i += length;
    }
    if (*ok)
        push(TokenType::End, n, 0);
    return tokens;
}

QString describeToken(const Token &token)
{
    switch (token.type) {
    case TokenType::End:
        return QStringLiteral("end of expression");
    case TokenType::String:
        return QStringLiteral("string '%1'").arg(token.text);
    case TokenType::Ref:
        return QStringLiteral("${%1}").arg(token.text);
    default:
        return u'\'' + token.text.toString() + u'\'';
    }
}

} // namespace flowdesk::expr
