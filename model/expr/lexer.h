#pragma once

#include "expression.h"

#include <QStringView>

#include <vector>

namespace flowdesk::expr {

enum class TokenType
{
    End,
    Number,
    String, // text: the literal's content without quotes
    Ref,    // text: the name inside ${...}
    Name,   // NCName or QName (jr:choice-name)
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Slash,
    DoubleSlash,
    Pipe,
    Plus,
    Minus,
    Star,     // '*' where XPath reads it as a name test
    Multiply, // '*' after an operand
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Dot,
    DotDot,
    At,
    ColonColon,
    Variable, // $name
    And,
    Or,
    Div,
    Mod,
};

struct Token
{
    TokenType type = TokenType::End;
    int position = 0; // 0-based offset of the token's first character
    int length = 0;
    QStringView text;
    double number = 0;
};

// Splits an XPath expression into tokens, applying XPath 1.0 §3.7's rule that after an operand '*' is
// multiplication and "and", "or", "div", "mod" are operators. Stops at the first malformed token and
// reports it in `error` (then the last token is End).
std::vector<Token> tokenize(QStringView text, ParseError *error, bool *ok);

// How a token reads in a message: "')'", "'foo'", "end of expression".
QString describeToken(const Token &token);

} // namespace flowdesk::expr
