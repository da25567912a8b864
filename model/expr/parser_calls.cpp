// Function calls: name lookup, arity, and the arguments some functions need resolved at parse time.
#include "parser.h"

#include <limits>

namespace flowdesk::expr {

namespace {

QString arityMessage(const FunctionInfo &info, int given)
{
    const QString name = QString::fromLatin1(info.name) + QStringLiteral("()");
    if (info.maxArgs == 0)
        return QStringLiteral("%1 takes no arguments, not %2").arg(name).arg(given);
    if (info.maxArgs < 0)
        return QStringLiteral("%1 takes at least %2 argument%3, not %4")
            .arg(name)
            .arg(info.minArgs)
            .arg(QLatin1StringView(info.minArgs == 1 ? "" : "s"))
            .arg(given);
    if (info.minArgs == info.maxArgs)
        return QStringLiteral("%1 takes %2 argument%3, not %4")
            .arg(name)
            .arg(info.minArgs)
            .arg(QLatin1StringView(info.minArgs == 1 ? "" : "s"))
            .arg(given);
    const QString range = info.maxArgs == info.minArgs + 1
                              ? QStringLiteral("%1 or %2").arg(info.minArgs).arg(info.maxArgs)
                              : QStringLiteral("%1 to %2").arg(info.minArgs).arg(info.maxArgs);
    return QStringLiteral("%1 takes %2 arguments, not %3").arg(name, range).arg(given);
}

StaticType commonType(StaticType a, StaticType b)
{
    return a == b ? a : StaticType::Any;
}

} // namespace

int Parser::parseCall()
{
    const Token name = next();
    next(); // '('
    std::vector<int> args;
    if (name.text == u"position" && peek().type == TokenType::DotDot) {
        // position(..): ODK's idiom for the current repeat instance's number; the context knows it.
        next();
        if (!accept(TokenType::RParen)) {
            syntaxError(peek(), QStringLiteral("expected ')' after position(.."));
            return -1;
        }
        return finishCall(name, args);
    }
    if (!parseArguments(&args, name.text == u"if"))
        return -1;
    if (name.text == u"current" && args.empty() && peek().type == TokenType::Slash) {
        // current()/../x is the path ../x seen from the current field.
        next();
        return continuePath(QStringLiteral("./"), name.position, true);
    }
    return finishCall(name, args);
}

bool Parser::parseArguments(std::vector<int> *args, bool conditional)
{
    if (accept(TokenType::RParen))
        return true;
    while (!m_failed) {
        // if(constant, a, b) never evaluates one of its branches.
        std::optional<bool> condition;
        if (conditional && (args->size() == 1 || args->size() == 2))
            condition = constantTruth(args->front());
        const bool dead = condition && *condition == (args->size() == 2);
        const int arg = parseOperandMaybeDead(dead, &Parser::parseOr);
        if (m_failed)
            return false;
        args->push_back(arg);
        if (accept(TokenType::Comma))
            continue;
        if (accept(TokenType::RParen))
            return true;
        if (peek().type == TokenType::End)
            syntaxError(peek(), QStringLiteral("expected ')' but the expression ended"));
        else
            syntaxError(peek(), QStringLiteral("expected ',' or ')'"));
    }
    return false;
}

int Parser::finishCall(const Token &name, const std::vector<int> &args)
{
    Node node;
    node.position = name.position;
    const FunctionInfo *info = findFunction(name.text);
    const int argc = int(args.size());
    const bool tooMany = argc > kMaxArguments; // an error even in code that never runs: the call cannot be stored
    if (!info || tooMany || argc < info->minArgs || (info->maxArgs >= 0 && argc > info->maxArgs)) {
        if (tooMany)
            semanticError(name.position, QStringLiteral("%1() has %2 arguments; at most %3 are possible")
                                             .arg(name.text).arg(argc).arg(kMaxArguments));
        else if (!info)
            callError(name.position, QStringLiteral("unknown function '%1'").arg(name.text));
        else
            callError(name.position, arityMessage(*info, argc));
        node.op = Op::Number; // placeholder; the parse fails anyway
        node.number = std::numeric_limits<double>::quiet_NaN();
        return addNode(node);
    }

    switch (info->id) {
    case Func::True:
    case Func::False:
        node.op = Op::Boolean;
        node.type = StaticType::Boolean;
        node.a = info->id == Func::True ? 1 : 0;
        return addNode(node);
    case Func::Current:
        node.op = Op::Current;
        node.type = StaticType::NodeSet;
        m_program->readsCurrent = true;
        return addNode(node);
    default:
        break;
    }

    node.op = Op::Call;
    node.func = info->id;
    node.type = StaticType(info->result);
    node.argc = std::uint16_t(argc);
    node.a = int(m_program->args.size());
    m_program->args.insert(m_program->args.end(), args.begin(), args.end());

    auto &nodes = m_program->nodes;
    switch (info->id) {
    case Func::If:
        node.type = commonType(nodes[std::size_t(args[1])].type, nodes[std::size_t(args[2])].type);
        break;
    case Func::Count:
    case Func::CountNonEmpty:
    case Func::Sum:
    case Func::Randomize:
        checkNodeSetArgument(name, args, 0);
        break;
    case Func::IndexedRepeat: {
        const Node &field = nodes[std::size_t(args[0])];
        const Node &repeat = nodes[std::size_t(args[1])];
        if (field.op != Op::Field || repeat.op != Op::Field) {
            callError(name.position,
                          QStringLiteral("indexed-repeat() needs a field and its repeat as its first two arguments"));
        }
        node.aux = field.a;
        node.aux2 = repeat.a;
        break;
    }
    case Func::Regex:
        compileRegex(name, args[1], &node);
        break;
    case Func::ChoiceName:
        resolveChoiceField(name, args[1], &node);
        break;
    case Func::WeightedChecklist:
        if (argc % 2 != 0) {
            callError(name.position,
                          QStringLiteral("weighted-checklist() takes a minimum, a maximum and value/weight pairs"));
        }
        break;
    case Func::String:
    case Func::Number:
    case Func::StringLength:
    case Func::NormalizeSpace:
        if (argc == 0)
            m_program->readsCurrent = true;
        break;
    case Func::Once:
        m_program->readsCurrent = true;
        break;
    case Func::Random:
    case Func::Uuid:
    case Func::Position:
        m_program->variable = true;
        break;
    default:
        break;
    }
    if (info->id == Func::Randomize)
        m_program->variable = true;
    return addNode(node);
}

void Parser::checkNodeSetArgument(const Token &name, const std::vector<int> &args, int index)
{
    const StaticType type = m_program->nodes[std::size_t(args[std::size_t(index)])].type;
    if (type != StaticType::NodeSet && type != StaticType::Any) {
        callError(name.position,
                      QStringLiteral("%1() needs a field reference as its argument, e.g. %1(${field})").arg(name.text));
    }
}

void Parser::compileRegex(const Token &name, int patternNode, Node *call)
{
    const Node &pattern = m_program->nodes[std::size_t(patternNode)];
    if (pattern.op != Op::String)
        return; // built at run time; a bad pattern then fails the evaluation
    QRegularExpression re(m_program->strings[std::size_t(pattern.a)]);
    if (!re.isValid()) {
        callError(pattern.position, QStringLiteral("invalid regular expression in %1(): %2 at offset %3")
                                            .arg(name.text, re.errorString())
                                            .arg(re.patternErrorOffset()));
        return;
    }
    re.optimize();
    m_program->regexes.push_back(re);
    call->aux = int(m_program->regexes.size() - 1);
}

void Parser::resolveChoiceField(const Token &name, int literalNode, Node *call)
{
    const Node &literal = m_program->nodes[std::size_t(literalNode)];
    if (literal.op != Op::String) {
        callError(literal.position,
                      QStringLiteral("%1() needs the field as a quoted literal, e.g. '${fruit}'").arg(name.text));
        return;
    }
    const QString written = m_program->strings[std::size_t(literal.a)].trimmed();
    QString reference = written;
    if (written.startsWith(u"${") && written.endsWith(u'}'))
        reference = written.mid(2, written.size() - 3).trimmed();
    const int id = m_resolve ? m_resolve(reference) : -1;
    if (id < 0) {
        semanticError(literal.position, QStringLiteral("reference to unknown field %1").arg(written));
        return;
    }
    addReference(id);
    call->aux = id;
}

} // namespace flowdesk::expr
