// Location paths: ${name} references, '.', and the plain paths ODK forms use ("/data/a/b", "../x").
// Everything else XPath can say about nodes (axes, predicates, wildcards) is rejected with a reason.
#include "parser.h"

#include <limits>

namespace flowdesk::expr {

int Parser::parsePath()
{
    const int start = peek().position;
    QString path;
    if (peek().type == TokenType::Slash) {
        next();
        path += u'/';
        const TokenType t = peek().type;
        if (t != TokenType::Name && t != TokenType::Dot && t != TokenType::DotDot && t != TokenType::Star
            && t != TokenType::At) {
            syntaxError(peek(), QStringLiteral("'/' alone (the document root) cannot be used as a value"));
            return -1;
        }
    }
    return continuePath(path, start, true);
}

int Parser::continuePath(QString path, int start, bool wantStep)
{
    while (!m_failed) {
        const Token &step = peek();
        if (wantStep) {
            if (step.type == TokenType::Name || step.type == TokenType::Dot || step.type == TokenType::DotDot) {
                if (step.type == TokenType::Name && m_pos + 1 < m_tokens.size()
                    && m_tokens[m_pos + 1].type == TokenType::LParen) {
                    syntaxError(step, QStringLiteral("node tests such as %1() are not supported").arg(step.text));
                    return -1;
                }
                path += step.text;
                next();
                wantStep = false;
                continue;
            }
            if (step.type == TokenType::Star || step.type == TokenType::At || step.type == TokenType::DoubleSlash) {
                syntaxError(step,
                            QStringLiteral("only plain field paths are supported, not %1").arg(describeToken(step)));
                return -1;
            }
            syntaxErrorUnexpected(step);
            return -1;
        }
        switch (step.type) {
        case TokenType::Slash:
            path += u'/';
            next();
            wantStep = true;
            continue;
        case TokenType::LBracket:
            syntaxError(step, QStringLiteral("predicates ([...]) are not supported"));
            return -1;
        case TokenType::ColonColon:
            syntaxError(step, QStringLiteral("axes (::) are not supported"));
            return -1;
        case TokenType::DoubleSlash:
            syntaxError(step, QStringLiteral("'//' paths are not supported; refer to the field by name"));
            return -1;
        default:
            break;
        }
        break;
    }
    if (m_failed)
        return -1;
    return resolvePath(path, start, path);
}

int Parser::resolvePath(const QString &written, int position, const QString &shownAs)
{
    // "./x" is "x"; what is left of "." alone is the current field.
    QString path = written;
    while (path.startsWith(u"./"))
        path.remove(0, 2);
    Node node;
    node.position = position;
    node.type = StaticType::NodeSet;
    if (path == u".") {
        node.op = Op::Current;
        m_program->readsCurrent = true;
        return addNode(node);
    }
    // A bare relative name ("country" in a choice filter) reaches the resolver as "./country", so it can tell
    // a choice's column from a ${country} field.
    const bool bareName = !shownAs.startsWith(u"${") && !path.contains(u'/');
    const int id = m_resolve ? m_resolve(bareName ? QStringLiteral("./") + path : path) : -1;
    if (id < 0) {
        semanticError(position, QStringLiteral("reference to unknown field %1").arg(shownAs));
        node.op = Op::Field;
        node.a = std::numeric_limits<int>::max(); // never evaluated: the parse fails
        return addNode(node);
    }
    addReference(id);
    node.op = Op::Field;
    node.a = id;
    return addNode(node);
}

} // namespace flowdesk::expr
