#pragma once

#include "functions.h"

#include <QRegularExpression>
#include <QString>

#include <cstdint>
#include <vector>

namespace flowdesk::expr {

enum class Op : std::uint8_t
{
    Number,  // constant: Node::number
    String,  // constant: Program::strings[Node::a]
    Boolean, // constant: Node::a != 0
    Field,   // node-set of field Node::a
    Current, // '.', current()
    Negate,  // -Node::a
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Call, // Node::func over Program::args[Node::a .. Node::a + Node::argc)
};

// How a comparison node can be evaluated, decided at parse time. Most comparisons in forms set one answer
// against a literal or a number (`${sex} = 'female'`, `. >= 14`, `count-selected(.) > 1`, `. <= today()`); those
// skip the general XPath comparison rules, which they could never reach, and run as one loop over the field's
// nodes. Each shape gives the result the general rules would.
enum class CompareShape : std::uint8_t
{
    General,
    FieldText,    // Eq/Ne of a field or '.' against a string literal that is not a date: plain text equality
    FieldNumeric, // a field or '.' against an operand typed Number or Date: each answer as a number
    FieldField,   // two fields or '.': every pair of answers as numbers (Lt/Le/Gt/Ge), as text or days (Eq/Ne)
    Numbers,      // two operands typed Number or Date
};

// The type an expression is known to produce before it runs; Any where it depends on the data (if()).
enum class StaticType : std::uint8_t
{
    Number,
    String,
    Boolean,
    Date,
    NodeSet,
    Any,
};

// Node::aux of a comparison whose answer operand is '.'.
constexpr int kCurrentField = -2;

// The most arguments one call can have (Node::argc); more is a parse error.
constexpr int kMaxArguments = 65535;

// One node of the compiled tree. Children are indices into Program::nodes, so the whole tree is one
// contiguous allocation and evaluation never chases heap pointers.
struct Node
{
    Op op = Op::Number;
    Func func = Func::None;
    StaticType type = StaticType::Any;
    CompareShape shape = CompareShape::General;
    std::uint16_t argc = 0; // at most kMaxArguments
    bool fieldOnLeft = true; // for FieldText/FieldNumeric: which operand is the field
    bool constantOther = false; // FieldNumeric against a number literal, which `number` holds
    int a = -1;     // first child, constant index, field id or first argument slot
    int b = -1;     // second child
    // Call: per-function extra: regex index (regex), field id (jr:choice-name, indexed-repeat).
    // FieldText/FieldNumeric comparison: the answer operand's field id, kCurrentField for '.'.
    int aux = -1;
    int aux2 = -1;  // indexed-repeat: repeat id. FieldText comparison: the literal's index in Program::strings
    double number = 0;
    int position = 0; // offset in the source, for messages
};
// Evaluation walks these by the thousand; keep one node within five words.
static_assert(sizeof(Node) <= 40);

// Immutable once parsed; shared between copies of an Expression and between threads.
struct Program
{
    QString source;
    std::vector<Node> nodes;
    std::vector<int> args;
    std::vector<QString> strings;
    std::vector<QRegularExpression> regexes; // literal patterns, compiled once at parse time
    std::vector<int> references;
    bool readsCurrent = false;
    bool variable = false; // calls random(), randomize(), uuid() or position(): the same answers may give another result
    int root = -1;
};

} // namespace flowdesk::expr
