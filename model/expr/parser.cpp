#include "parser.h"

#include "xpathdate.h"

#include <algorithm>

namespace flowdesk::expr {

namespace {

// Nesting of parentheses, calls and unary minus: deep enough for any real form, shallow enough that the
// parser's recursion stays well inside a 1 MB stack.
constexpr int kMaxNesting = 200;
// Depth of the compiled tree, which evaluation recurses over; a sum of a few hundred fields is fine.
constexpr int kMaxTreeDepth = 1000;
// Longer than any expression a form needs (a spreadsheet cell holds 32,767 characters); positions stay ints.
constexpr qsizetype kMaxLength = 1 << 20;

} // namespace

Parser::Parser(QStringView text, const FieldResolver &resolve)
    : m_text(text), m_resolve(resolve), m_program(std::make_shared<Program>())
{
}

std::shared_ptr<Program> Parser::parse(std::vector<ParseError> *errors)
{
    if (m_text.size() > kMaxLength) {
        const ParseError tooLong{0, QStringLiteral("expression is too long (%1 characters; at most %2)")
                                        .arg(m_text.size()).arg(kMaxLength)};
        if (errors)
            errors->push_back(tooLong);
        return nullptr;
    }
    m_program->source = m_text.toString();
    ParseError lexError;
    bool lexed = false;
    m_tokens = tokenize(m_text, &lexError, &lexed);
    if (!lexed) {
        m_errors.push_back(lexError);
    } else {
        m_program->root = parseOr();
        if (!m_failed && peek().type != TokenType::End)
            syntaxErrorUnexpected(peek());
    }
    if (errors)
        errors->insert(errors->end(), m_errors.begin(), m_errors.end());
    if (!m_errors.empty())
        return nullptr;
    return m_program;
}

bool Parser::accept(TokenType type)
{
    if (peek().type != type)
        return false;
    next();
    return true;
}

void Parser::syntaxError(const Token &at, const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_errors.push_back(ParseError{at.position, message});
}

void Parser::syntaxErrorUnexpected(const Token &at)
{
    if (at.type == TokenType::End)
        syntaxError(at, QStringLiteral("unexpected end of expression"));
    else
        syntaxError(at, QStringLiteral("unexpected %1").arg(describeToken(at)));
}

void Parser::semanticError(int position, const QString &message)
{
    m_errors.push_back(ParseError{position, message});
}

void Parser::callError(int position, const QString &message)
{
    if (m_dead == 0)
        semanticError(position, message);
}

std::optional<bool> Parser::constantTruth(int index) const
{
    if (index < 0)
        return std::nullopt;
    const Node &node = m_program->nodes[std::size_t(index)];
    switch (node.op) {
    case Op::Boolean:
        return node.a != 0;
    case Op::Number:
        return node.number != 0 && node.number == node.number;
    case Op::String:
        return !m_program->strings[std::size_t(node.a)].isEmpty();
    case Op::Or:
    case Op::And: {
        const std::optional<bool> left = constantTruth(node.a);
        const bool shortCut = node.op == Op::Or; // the value that decides alone
        if (left && *left == shortCut)
            return shortCut;
        const std::optional<bool> right = constantTruth(node.b);
        if (left && right)
            return node.op == Op::Or ? (*left || *right) : (*left && *right);
        return std::nullopt;
    }
    case Op::Call:
        if (node.func == Func::Not) {
            const std::optional<bool> inner = constantTruth(m_program->args[std::size_t(node.a)]);
            if (inner)
                return !*inner;
        }
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

int Parser::parseOperandMaybeDead(bool dead, int (Parser::*parse)())
{
    if (dead)
        ++m_dead;
    const int node = (this->*parse)();
    if (dead)
        --m_dead;
    return node;
}

int Parser::addNode(Node node)
{
    auto depthOf = [this](int child) { return child >= 0 ? m_treeDepth[std::size_t(child)] : 0; };
    int depth = 0;
    switch (node.op) {
    case Op::Number:
    case Op::String:
    case Op::Boolean:
    case Op::Field:
    case Op::Current:
        break;
    case Op::Call:
        for (int i = 0; i < node.argc; ++i)
            depth = std::max(depth, depthOf(m_program->args[std::size_t(node.a + i)]));
        break;
    default:
        depth = std::max(depthOf(node.a), depthOf(node.b));
        break;
    }
    if (depth + 1 > kMaxTreeDepth)
        syntaxError(peek(), QStringLiteral("expression is nested too deeply"));
    m_program->nodes.push_back(node);
    m_treeDepth.push_back(depth + 1);
    return int(m_program->nodes.size() - 1);
}

int Parser::addBinary(Op op, int left, int right, int position)
{
    Node node;
    node.op = op;
    node.a = left;
    node.b = right;
    node.position = position;
    switch (op) {
    case Op::Add:
    case Op::Sub:
    case Op::Mul:
    case Op::Div:
    case Op::Mod:
        node.type = StaticType::Number;
        break;
    case Op::Eq:
    case Op::Ne:
    case Op::Lt:
    case Op::Le:
    case Op::Gt:
    case Op::Ge:
        node.type = StaticType::Boolean;
        classifyComparison(&node);
        break;
    default:
        node.type = StaticType::Boolean;
        break;
    }
    return addNode(node);
}

void Parser::classifyComparison(Node *node) const
{
    if (node->a < 0 || node->b < 0)
        return; // a syntax error left an operand out
    const Node &left = m_program->nodes[std::size_t(node->a)];
    const Node &right = m_program->nodes[std::size_t(node->b)];
    auto isAnswer = [](const Node &n) { return n.op == Op::Field || n.op == Op::Current; };
    auto isNumeric = [](const Node &n) { return n.type == StaticType::Number || n.type == StaticType::Date; };
    const bool equality = node->op == Op::Eq || node->op == Op::Ne;
    if (isAnswer(left) && isAnswer(right)) {
        node->shape = CompareShape::FieldField;
        return;
    }
    if (isNumeric(left) && isNumeric(right)) {
        node->shape = CompareShape::Numbers;
        return;
    }
    const bool fieldOnLeft = isAnswer(left);
    if (!fieldOnLeft && !isAnswer(right))
        return;
    const Node &other = fieldOnLeft ? right : left;
    if (isNumeric(other)) {
        node->shape = CompareShape::FieldNumeric;
    } else if (other.op == Op::String && equality
               && !parseValidDate(m_program->strings[std::size_t(other.a)], nullptr)) {
        // Two answers that are dates compare as days; a literal that is no date never does.
        node->shape = CompareShape::FieldText;
    } else {
        return;
    }
    node->fieldOnLeft = fieldOnLeft;
    // What the evaluator's inline path reads, so that it need not visit the operand nodes.
    const Node &answer = fieldOnLeft ? left : right;
    node->aux = answer.op == Op::Current ? kCurrentField : answer.a;
    if (node->shape == CompareShape::FieldText) {
        node->aux2 = other.a;
    } else if (other.op == Op::Number) {
        node->constantOther = true;
        node->number = other.number;
    }
}

int Parser::addString(QString text, int position)
{
    m_program->strings.push_back(std::move(text));
    Node node;
    node.op = Op::String;
    node.type = StaticType::String;
    node.a = int(m_program->strings.size() - 1);
    node.position = position;
    return addNode(node);
}

void Parser::addReference(int fieldId)
{
    // A set beside the list: a call naming thousands of fields must not search the list for each.
    if (!m_referenced.contains(fieldId)) {
        m_referenced.insert(fieldId);
        m_program->references.push_back(fieldId);
    }
}

int Parser::parseOr()
{
    if (++m_depth > kMaxNesting) {
        syntaxError(peek(), QStringLiteral("expression is nested too deeply"));
        --m_depth;
        return -1;
    }
    int left = parseAnd();
    while (!m_failed && peek().type == TokenType::Or) {
        const int position = next().position;
        const std::optional<bool> decided = constantTruth(left);
        const int right = parseOperandMaybeDead(decided && *decided, &Parser::parseAnd);
        left = addBinary(Op::Or, left, right, position);
    }
    --m_depth;
    return left;
}

int Parser::parseAnd()
{
    int left = parseEquality();
    while (!m_failed && peek().type == TokenType::And) {
        const int position = next().position;
        const std::optional<bool> decided = constantTruth(left);
        const int right = parseOperandMaybeDead(decided && !*decided, &Parser::parseEquality);
        left = addBinary(Op::And, left, right, position);
    }
    return left;
}

int Parser::parseEquality()
{
    int left = parseRelational();
    while (!m_failed && (peek().type == TokenType::Eq || peek().type == TokenType::Ne)) {
        const Token &op = next();
        const int right = parseRelational();
        left = addBinary(op.type == TokenType::Eq ? Op::Eq : Op::Ne, left, right, op.position);
    }
    return left;
}

int Parser::parseRelational()
{
    int left = parseAdditive();
    while (!m_failed) {
        Op op;
        switch (peek().type) {
        case TokenType::Lt: op = Op::Lt; break;
        case TokenType::Le: op = Op::Le; break;
        case TokenType::Gt: op = Op::Gt; break;
        case TokenType::Ge: op = Op::Ge; break;
        default: return left;
        }
        const int position = next().position;
        const int right = parseAdditive();
        left = addBinary(op, left, right, position);
    }
    return left;
}

int Parser::parseAdditive()
{
    int left = parseMultiplicative();
    while (!m_failed && (peek().type == TokenType::Plus || peek().type == TokenType::Minus)) {
        const Token &op = next();
        const int right = parseMultiplicative();
        left = addBinary(op.type == TokenType::Plus ? Op::Add : Op::Sub, left, right, op.position);
    }
    return left;
}

int Parser::parseMultiplicative()
{
    int left = parseUnary();
    while (!m_failed) {
        Op op;
        switch (peek().type) {
        case TokenType::Multiply: op = Op::Mul; break;
        case TokenType::Div: op = Op::Div; break;
        case TokenType::Mod: op = Op::Mod; break;
        default: return left;
        }
        const int position = next().position;
        const int right = parseUnary();
        left = addBinary(op, left, right, position);
    }
    return left;
}

int Parser::parseUnary()
{
    if (peek().type == TokenType::Minus) {
        const int position = next().position;
        if (++m_depth > kMaxNesting) {
            syntaxError(peek(), QStringLiteral("expression is nested too deeply"));
            --m_depth;
            return -1;
        }
        const int operand = parseUnary();
        --m_depth;
        if (m_failed)
            return -1;
        Node node;
        node.op = Op::Negate;
        node.type = StaticType::Number;
        node.a = operand;
        node.position = position;
        return addNode(node);
    }
    const int operand = parsePrimary();
    if (!m_failed && peek().type == TokenType::Pipe)
        syntaxError(peek(), QStringLiteral("'|' (node-set union) is not supported"));
    return operand;
}

int Parser::parsePrimary()
{
    if (m_failed)
        return -1;
    const Token &token = peek();
    switch (token.type) {
    case TokenType::Number: {
        next();
        Node node;
        node.op = Op::Number;
        node.type = StaticType::Number;
        node.number = token.number;
        node.position = token.position;
        return addNode(node);
    }
    case TokenType::String:
        next();
        return addString(token.text.toString(), token.position);
    case TokenType::Ref: {
        next();
        const int node = resolvePath(token.text.toString(), token.position,
                                     QStringLiteral("${%1}").arg(token.text));
        if (!m_failed && peek().type == TokenType::Slash)
            syntaxError(peek(), QStringLiteral("a path cannot continue after ${%1}").arg(token.text));
        return node;
    }
    case TokenType::LParen: {
        next();
        const int inner = parseOr();
        if (m_failed)
            return -1;
        if (peek().type == TokenType::LBracket) {
            syntaxError(peek(), QStringLiteral("predicates ([...]) are not supported"));
            return -1;
        }
        if (peek().type != TokenType::RParen) {
            if (peek().type == TokenType::End)
                syntaxError(peek(), QStringLiteral("expected ')' but the expression ended"));
            else
                syntaxError(peek(), QStringLiteral("expected ')'"));
            return -1;
        }
        next();
        return inner;
    }
    case TokenType::Name:
        if (m_pos + 1 < m_tokens.size() && m_tokens[m_pos + 1].type == TokenType::LParen)
            return parseCall();
        return parsePath();
    case TokenType::Slash:
    case TokenType::Dot:
    case TokenType::DotDot:
        return parsePath();
    case TokenType::DoubleSlash:
        syntaxError(token, QStringLiteral("'//' paths are not supported; refer to the field by name"));
        return -1;
    case TokenType::At:
        syntaxError(token, QStringLiteral("attributes (@) are not supported"));
        return -1;
    case TokenType::Star:
        syntaxError(token, QStringLiteral("wildcards (*) are not supported"));
        return -1;
    case TokenType::Variable:
        syntaxError(token, QStringLiteral("variables (%1) are not supported; use ${name}").arg(token.text));
        return -1;
    default:
        syntaxErrorUnexpected(token);
        return -1;
    }
}

} // namespace flowdesk::expr
