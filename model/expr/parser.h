#pragma once

#include "expression.h"
#include "lexer.h"
#include "program.h"

#include <QSet>

#include <memory>
#include <optional>
#include <vector>

namespace flowdesk::expr {

// Builds a Program from the tokens of one expression. Syntax errors stop the parse at the first one;
// unknown references, unknown functions and wrong argument counts are collected and parsing goes on,
// so a form author sees all of them at once.
class Parser
{
public:
    Parser(QStringView text, const FieldResolver &resolve);

    // Null when there were errors; every error is appended to `errors`.
    std::shared_ptr<Program> parse(std::vector<ParseError> *errors);

private:
    int parseOr();
    int parseAnd();
    int parseEquality();
    int parseRelational();
    int parseAdditive();
    int parseMultiplicative();
    int parseUnary();
    int parsePrimary();
    int parseCall();
    int parsePath();
    int continuePath(QString path, int start, bool wantStep);
    bool parseArguments(std::vector<int> *args, bool conditional);

    int finishCall(const Token &name, const std::vector<int> &args);
    int resolvePath(const QString &path, int position, const QString &shownAs);
    void checkNodeSetArgument(const Token &name, const std::vector<int> &args, int index);
    void compileRegex(const Token &name, int patternNode, Node *call);
    void resolveChoiceField(const Token &name, int literalNode, Node *call);

    int addNode(Node node);
    int addBinary(Op op, int left, int right, int position);
    void classifyComparison(Node *node) const;
    int addString(QString text, int position);
    void addReference(int fieldId);

    const Token &peek() const { return m_tokens[m_pos]; }
    const Token &next() { return m_tokens[m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos]; }
    bool accept(TokenType type);
    void syntaxError(const Token &at, const QString &message);
    void syntaxErrorUnexpected(const Token &at);
    void semanticError(int position, const QString &message);
    // A problem with a function call. Not reported inside code that can never run (after a constant
    // `false() and`, a constant `true() or`, or the branch a constant if() condition never takes):
    // authors switch logic off that way, and ODK Collect and Enketo both accept such forms.
    void callError(int position, const QString &message);
    // The truth value of a node when it is a constant (literals, and/or/not() of constants).
    std::optional<bool> constantTruth(int node) const;
    int parseOperandMaybeDead(bool dead, int (Parser::*parse)());

    QStringView m_text;
    const FieldResolver &m_resolve;
    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    int m_depth = 0;              // current nesting, see kMaxNesting
    std::vector<int> m_treeDepth; // per node, see kMaxTreeDepth
    QSet<int> m_referenced;       // Program::references, for lookup
    int m_dead = 0; // > 0 while parsing code that can never run
    bool m_failed = false; // a syntax error was found: unwind
    std::vector<ParseError> m_errors;
    std::shared_ptr<Program> m_program;
};

} // namespace flowdesk::expr
