#include "evaluator.h"

#include "interview/answertext.h"
#include "xpathdate.h"
#include "xpathnumber.h"

#include <cmath>
#include <limits>

namespace flowdesk::expr {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool isNumeric(RtValue::Kind kind)
{
    return kind == RtValue::Kind::Number || kind == RtValue::Kind::Date;
}

} // namespace

// if() chains (`if(a, 1, if(b, 2, ...))`) are followed in a loop: the branch taken is evaluated in the caller's
// place, with the type it wants, instead of through a call per level.
inline int Evaluator::chosenBranch(int index)
{
    for (;;) {
        const Node &n = m_program.nodes[std::size_t(index)];
        if (n.op != Op::Call || n.func != Func::If)
            return index;
        index = arg(n, boolean(arg(n, 0)) ? 1 : 2);
    }
}

RtValue Evaluator::eval(int index)
{
    index = chosenBranch(index);
    const Node &n = m_program.nodes[std::size_t(index)];
    switch (n.op) {
    case Op::Number:
        return RtValue::makeNumber(n.number);
    case Op::String: {
        const QString &text = m_program.strings[std::size_t(n.a)];
        RtValue v = RtValue::makeView(text);
        v.constant = &text;
        return v;
    }
    case Op::Boolean:
        return RtValue::makeBoolean(n.a != 0);
    case Op::Field:
        return RtValue::makeNodes(n.a, fieldCount(n.a));
    case Op::Current:
        return current();
    case Op::Negate:
    case Op::Add:
    case Op::Sub:
    case Op::Mul:
    case Op::Div:
    case Op::Mod:
        return RtValue::makeNumber(number(index));
    case Op::Or:
    case Op::And:
    case Op::Eq:
    case Op::Ne:
    case Op::Lt:
    case Op::Le:
    case Op::Gt:
    case Op::Ge:
        return RtValue::makeBoolean(boolean(index));
    case Op::Call:
        return functionInfo(n.func).impl(*this, n);
    }
    return RtValue();
}

double Evaluator::number(int index)
{
    index = chosenBranch(index);
    const Node &n = m_program.nodes[std::size_t(index)];
    switch (n.op) {
    case Op::Number:
        return n.number;
    case Op::Negate:
        return -number(n.a);
    case Op::Add:
        return number(n.a) + number(n.b);
    case Op::Sub:
        return number(n.a) - number(n.b);
    case Op::Mul:
        return number(n.a) * number(n.b);
    case Op::Div:
        return number(n.a) / number(n.b);
    case Op::Mod:
        return std::fmod(number(n.a), number(n.b));
    case Op::Field:
        return fieldCount(n.a) > 0 ? stringToNumber(fieldValue(n.a, 0)) : kNaN;
    case Op::Call:
        return callNumber(n);
    default:
        return toNumber(eval(index));
    }
}

// Calls common in constraints, without a value built and converted for each.
double Evaluator::callNumber(const Node &n)
{
    switch (n.func) {
    case Func::CountSelected:
        return fn::selectedCount(*this, n);
    case Func::Today:
        return std::floor(m_context.nowDayNumber());
    case Func::StringLength:
        if (QStringView text; n.argc == 1 && textInPlace(arg(n, 0), &text))
            return double(text.size());
        break;
    default:
        break;
    }
    return toNumber(functionInfo(n.func).impl(*this, n));
}

bool Evaluator::boolean(int index)
{
    index = chosenBranch(index);
    const Node &n = m_program.nodes[std::size_t(index)];
    switch (n.op) {
    case Op::Boolean:
        return n.a != 0;
    case Op::Or:
        return boolean(n.a) || boolean(n.b);
    case Op::And:
        return boolean(n.a) && boolean(n.b);
    case Op::Eq:
    case Op::Ne:
    case Op::Lt:
    case Op::Le:
    case Op::Gt:
    case Op::Ge: {
        bool result;
        if (compareFlat(n, &result))
            return result;
        return compare(n.op, n);
    }
    case Op::Field:
        return fieldCount(n.a) > 0;
    case Op::Call:
        // The commonest calls in constraints, without a value built and converted for each.
        if (n.func == Func::Not)
            return !boolean(arg(n, 0));
        if (n.func == Func::Selected)
            return fn::isSelected(*this, n);
        [[fallthrough]];
    default:
        return toBoolean(eval(index));
    }
}

RtValue Evaluator::string(int index)
{
    RtValue v = eval(index);
    makeString(v);
    return v;
}

bool Evaluator::textInPlace(int index, QStringView *text)
{
    const Node &n = m_program.nodes[std::size_t(index)];
    if (n.op == Op::String) {
        *text = m_program.strings[std::size_t(n.a)];
        return true;
    }
    if (n.op == Op::Field || n.op == Op::Current) {
        const int field = n.op == Op::Current ? m_current : n.a;
        if (field >= 0) {
            *text = isFlat(field) ? flatValue(field) : fieldCount(field) > 0 ? fieldValue(field, 0) : QStringView();
            return true;
        }
    }
    return false;
}

QStringView Evaluator::text(int index, RtValue &holder)
{
    if (QStringView view; textInPlace(index, &view))
        return view;
    holder = string(index);
    return holder.view;
}

RtValue Evaluator::current()
{
    const int field = m_current;
    if (field < 0)
        return RtValue::makeView(QStringView());
    return RtValue::makeNodes(field, fieldCount(field));
}

double Evaluator::stringToNumber(QStringView text)
{
    // Text that starts like a date cannot be a number: it goes to the date reading at once.
    if (!startsLikeDate(text)) {
        const double n = parseXPathNumber(text);
        if (!std::isnan(n))
            return n;
        text = trimXPathSpace(text);
        if (!startsLikeDate(text))
            return kNaN;
    }
    DateTimeParts parts;
    switch (parseDateTime(text, &parts)) {
    case DateParse::Valid:
        return localDayNumber(parts);
    case DateParse::Invalid:
        fail();
        return kNaN;
    case DateParse::NotDate:
        break;
    }
    return kNaN;
}

double Evaluator::toNumber(const RtValue &value)
{
    switch (value.kind) {
    case RtValue::Kind::Number:
    case RtValue::Kind::Date:
        return value.number;
    case RtValue::Kind::Boolean:
        return value.boolean ? 1 : 0;
    case RtValue::Kind::String:
        return stringToNumber(value.view);
    case RtValue::Kind::NodeSet:
        return value.count > 0 ? stringToNumber(nodeValue(value, 0)) : kNaN;
    }
    return kNaN;
}

bool Evaluator::toBoolean(const RtValue &value) const
{
    switch (value.kind) {
    case RtValue::Kind::Number:
        return value.number != 0 && !std::isnan(value.number);
    case RtValue::Kind::Boolean:
        return value.boolean;
    case RtValue::Kind::String:
        return !value.view.isEmpty();
    case RtValue::Kind::Date:
        return !std::isnan(value.number);
    case RtValue::Kind::NodeSet:
        return value.count > 0;
    }
    return false;
}

void Evaluator::makeString(RtValue &value)
{
    switch (value.kind) {
    case RtValue::Kind::String:
        return;
    case RtValue::Kind::Number:
        value.owned = formatXPathNumber(value.number);
        value.view = value.owned;
        break;
    case RtValue::Kind::Boolean:
        value.view = value.boolean ? QStringView(u"true") : QStringView(u"false");
        break;
    case RtValue::Kind::Date:
        value.owned = formatDayNumber(value.number);
        value.view = value.owned;
        break;
    case RtValue::Kind::NodeSet:
        value.view = value.count > 0 ? nodeValue(value, 0) : QStringView();
        break;
    }
    value.kind = RtValue::Kind::String;
}

QString Evaluator::toQString(RtValue value)
{
    makeString(value);
    // Hand out the shared string when the view covers all of it: no copy, no allocation.
    auto covers = [&value](const QString &whole) {
        return value.view.data() == whole.constData() && value.view.size() == whole.size();
    };
    if (!value.owned.isNull() && covers(value.owned))
        return value.owned;
    if (value.constant && covers(*value.constant))
        return *value.constant;
    return value.view.toString();
}

QStringView Evaluator::nodeValue(const RtValue &nodes, int index) const
{
    if (nodes.field >= 0)
        return fieldValue(nodes.field, index);
    return (*m_lists)[std::size_t(-2 - nodes.field)][std::size_t(index)];
}

RtValue Evaluator::makeList(std::vector<QString> values)
{
    const int count = int(values.size());
    if (!m_lists)
        m_lists = std::make_unique<std::vector<std::vector<QString>>>();
    m_lists->push_back(std::move(values));
    return RtValue::makeNodes(-2 - int(m_lists->size() - 1), count);
}

namespace {

bool compareNumbers(Op op, double a, double b)
{
    switch (op) {
    case Op::Eq: return numbersEqual(a, b);
    case Op::Ne: return !numbersEqual(a, b);
    case Op::Lt: return a < b;
    case Op::Le: return a <= b;
    case Op::Gt: return a > b;
    case Op::Ge: return a >= b;
    default: return false;
    }
}

} // namespace

// Most conditions in a form test one answer outside any repeat against a literal (`${consent} = 'yes'`, `. >= 14`):
// one node, read in place, as compareField would judge it.
inline bool Evaluator::compareFlat(const Node &node, bool *result)
{
    if (node.shape != CompareShape::FieldText && node.shape != CompareShape::FieldNumeric)
        return false;
    const int field = comparedField(node);
    if (!isFlat(field))
        return false;
    *result = node.shape == CompareShape::FieldText ? textAnswerHolds(node, flatValue(field))
                                                    : numericAnswerHolds(node, flatValue(field), otherOperand(node));
    return true;
}

bool Evaluator::compare(Op op, const Node &node)
{
    switch (node.shape) {
    case CompareShape::General:
        break;
    case CompareShape::Numbers:
        return compareNumbers(op, number(node.a), number(node.b));
    case CompareShape::FieldField: {
        const int left = answerField(node.a);
        const int right = answerField(node.b);
        if (left >= 0 && right >= 0)
            return compareFields(op, left, right);
        break;
    }
    case CompareShape::FieldText:
    case CompareShape::FieldNumeric: {
        const int field = answerField(node.fieldOnLeft ? node.a : node.b);
        if (field >= 0)
            return compareField(node, field);
        break;
    }
    }
    RtValue left = eval(node.a);
    RtValue right = eval(node.b);
    return compareValues(op, left, right);
}

int Evaluator::answerField(int index) const
{
    const Node &n = m_program.nodes[std::size_t(index)];
    return n.op == Op::Current ? m_current : n.a;
}

// One answer against the literal of a FieldText comparison, or against the other operand of a FieldNumeric one, as
// compareValues would judge the pair.
inline bool Evaluator::textAnswerHolds(const Node &node, QStringView answer) const
{
    return sameText(answer, m_program.strings[std::size_t(node.aux2)]) == (node.op == Op::Eq);
}

inline bool Evaluator::numericAnswerHolds(const Node &node, QStringView answer, double other)
{
    const double value = stringToNumber(answer);
    return node.fieldOnLeft ? compareNumbers(node.op, value, other) : compareNumbers(node.op, other, value);
}

inline double Evaluator::otherOperand(const Node &node)
{
    return node.constantOther ? node.number : number(node.fieldOnLeft ? node.b : node.a);
}

// A field's nodes against the other operand: true when some node holds.
bool Evaluator::compareField(const Node &node, int field)
{
    const int count = fieldCount(field);
    if (node.shape == CompareShape::FieldText) {
        for (int i = 0; i < count; ++i) {
            if (textAnswerHolds(node, fieldValue(field, i)))
                return true;
        }
        return false;
    }
    const double other = otherOperand(node);
    for (int i = 0; i < count; ++i) {
        if (numericAnswerHolds(node, fieldValue(field, i), other))
            return true;
    }
    return false;
}

namespace {

// Two strings equal as XPath compares them in ODK: the same text, or two valid dates naming the same day however
// they are written ("2024-3-10", "2024-03-10"). Anything else compares as text, so an ID that merely looks like a
// date ("1234-56-78") is not an error here.
bool sameAnswer(QStringView a, QStringView b)
{
    if (sameText(a, b))
        return true;
    DateTimeParts x, y;
    return parseValidDate(a, &x) && parseValidDate(b, &y) && numbersEqual(localDayNumber(x), localDayNumber(y));
}

} // namespace

bool Evaluator::compareFields(Op op, int left, int right)
{
    const int leftCount = fieldCount(left);
    const int rightCount = fieldCount(right);
    if (rightCount == 0)
        return false; // no pair to compare: nothing is converted, so nothing can fail
    if (op == Op::Eq || op == Op::Ne) {
        const bool wantEqual = op == Op::Eq;
        for (int i = 0; i < leftCount; ++i) {
            const QStringView a = fieldValue(left, i);
            for (int j = 0; j < rightCount; ++j) {
                if (sameAnswer(a, fieldValue(right, j)) == wantEqual)
                    return true;
            }
        }
        return false;
    }
    for (int i = 0; i < leftCount; ++i) {
        const double a = stringToNumber(fieldValue(left, i));
        for (int j = 0; j < rightCount; ++j) {
            if (compareNumbers(op, a, stringToNumber(fieldValue(right, j))))
                return true;
        }
    }
    return false;
}

// XPath 1.0 §3.4: a comparison with a node-set holds when it holds for some node.
bool Evaluator::compareValues(Op op, RtValue &left, RtValue &right)
{
    using K = RtValue::Kind;
    const bool leftNodes = left.kind == K::NodeSet;
    const bool rightNodes = right.kind == K::NodeSet;
    if (!leftNodes && !rightNodes)
        return compareScalars(op, left, right);
    if (leftNodes && rightNodes) {
        for (int i = 0; i < left.count; ++i) {
            const RtValue a = RtValue::makeView(nodeValue(left, i));
            for (int j = 0; j < right.count; ++j) {
                if (compareScalars(op, a, RtValue::makeView(nodeValue(right, j))))
                    return true;
            }
        }
        return false;
    }
    if (leftNodes) {
        if (right.kind == K::Boolean)
            return compareBooleans(op, left.count > 0, right.boolean);
        for (int i = 0; i < left.count; ++i) {
            if (compareScalars(op, RtValue::makeView(nodeValue(left, i)), right))
                return true;
        }
        return false;
    }
    if (left.kind == K::Boolean)
        return compareBooleans(op, left.boolean, right.count > 0);
    for (int i = 0; i < right.count; ++i) {
        if (compareScalars(op, left, RtValue::makeView(nodeValue(right, i))))
            return true;
    }
    return false;
}

bool Evaluator::compareBooleans(Op op, bool left, bool right)
{
    return compareNumbers(op, left ? 1 : 0, right ? 1 : 0);
}

bool Evaluator::compareScalars(Op op, const RtValue &left, const RtValue &right)
{
    using K = RtValue::Kind;
    if (op == Op::Eq || op == Op::Ne) {
        bool equal;
        if (left.kind == K::Boolean || right.kind == K::Boolean) {
            equal = toBoolean(left) == toBoolean(right);
        } else if (isNumeric(left.kind) || isNumeric(right.kind)) {
            equal = numbersEqual(toNumber(left), toNumber(right));
        } else {
            equal = sameAnswer(left.view, right.view);
        }
        return op == Op::Eq ? equal : !equal;
    }
    return compareNumbers(op, toNumber(left), toNumber(right));
}

} // namespace flowdesk::expr
