#pragma once

#include "evalcontext.h"
#include "program.h"

#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

namespace flowdesk::expr {

// A value during evaluation. Strings borrow: `view` points into the context's answers, into a program
// constant or into `owned`, so passing a field's answer around never copies it.
struct RtValue
{
    enum class Kind : std::uint8_t
    {
        Number,
        Boolean,
        String,
        Date,    // a day number (see xpathdate.h); NaN is the blank date
        NodeSet, // `count` nodes of field `field`, or of an evaluator-owned list when field < -1
    };

    Kind kind = Kind::String;
    bool boolean = false;
    int field = -1;
    int count = 0;
    double number = 0;
    QStringView view;
    QString owned;
    const QString *constant = nullptr; // set when `view` is a whole program constant: copying it is free

    static RtValue makeNumber(double value)
    {
        RtValue v;
        v.kind = Kind::Number;
        v.number = value;
        return v;
    }
    static RtValue makeBoolean(bool value)
    {
        RtValue v;
        v.kind = Kind::Boolean;
        v.boolean = value;
        return v;
    }
    static RtValue makeView(QStringView text)
    {
        RtValue v;
        v.view = text;
        return v;
    }
    static RtValue makeString(QString text)
    {
        RtValue v;
        v.owned = std::move(text);
        v.view = v.owned;
        return v;
    }
    static RtValue makeDate(double dayNumber)
    {
        RtValue v;
        v.kind = Kind::Date;
        v.number = dayNumber;
        return v;
    }
    static RtValue makeNodes(int field, int count)
    {
        RtValue v;
        v.kind = Kind::NodeSet;
        v.field = field;
        v.count = count;
        return v;
    }
};

// Evaluates one compiled program against one context. Lives on the stack for a single evaluation; it
// never allocates unless a function has to build a new string.
class Evaluator
{
public:
    Evaluator(const Program &program, const EvalContext &context)
        : m_program(program), m_context(context), m_flat(context.flatAnswers()),
          m_current(program.readsCurrent ? context.currentField() : -1)
    {
    }

    RtValue eval(int node);
    double number(int node);
    bool boolean(int node);
    // The node's string value; borrows where it can.
    RtValue string(int node);
    // The same as a view: an answer or a literal is read in place; anything computed is kept in `holder`.
    QStringView text(int node, RtValue &holder);
    // The same where no holder is needed (an answer or a literal); false otherwise.
    bool textInPlace(int node, QStringView *text);

    double toNumber(const RtValue &value);
    bool toBoolean(const RtValue &value) const;
    // Makes `value` a String in place (numbers, dates and booleans get their XPath text).
    void makeString(RtValue &value);
    QString toQString(RtValue value);

    // XPath string-to-number plus the ODK rule that a date string counts its days.
    double stringToNumber(QStringView text);
    QStringView nodeValue(const RtValue &nodes, int index) const;
    // A node-set made of computed strings (randomize()).
    RtValue makeList(std::vector<QString> values);

    // Node count and node value of a field: from the context's flat answers where it has them.
    int fieldCount(int field) const { return isFlat(field) ? 1 : m_context.count(field); }
    QStringView fieldValue(int field, int index) const
    {
        if (!isFlat(field))
            return m_context.value(field, index);
        return index == 0 ? flatValue(field) : QStringView();
    }

    int arg(const Node &call, int index) const { return m_program.args[std::size_t(call.a + index)]; }
    const Program &program() const { return m_program; }
    const EvalContext &context() const { return m_context; }

    void fail() { m_failed = true; }
    bool failed() const { return m_failed; }

    // '.': the current field's node-set, or the empty string where there is no current field.
    RtValue current();

private:
    bool isFlat(int field) const { return field >= m_flat.first && field < m_flat.end && m_flat.single[field]; }
    // The one node of a flat field (see isFlat).
    QStringView flatValue(int field) const
    {
        if (field >= m_flat.instanceFirst && field < m_flat.instanceEnd) {
            return m_flat.instanceRelevant[field] ? QStringView(m_flat.instanceValues[field - m_flat.instanceFirst])
                                                  : QStringView();
        }
        return m_flat.relevant[field] ? QStringView(m_flat.values[field - m_flat.first]) : QStringView();
    }
    // The field a comparison's answer operand reads (Node::aux); -1 for '.' where there is no current field.
    int comparedField(const Node &node) const { return node.aux == kCurrentField ? m_current : node.aux; }
    // Comparisons of a flat answer against a literal, worked out inline; false when the node is not one.
    bool compareFlat(const Node &node, bool *result);
    double callNumber(const Node &call);
    // `index`, or where the if() at `index` leads (see eval()).
    int chosenBranch(int index);
    bool compare(Op op, const Node &node);
    bool compareField(const Node &node, int field);
    bool textAnswerHolds(const Node &node, QStringView answer) const;
    bool numericAnswerHolds(const Node &node, QStringView answer, double other);
    double otherOperand(const Node &node);
    bool compareFields(Op op, int left, int right);
    // The field a Field or '.' node reads; -1 for '.' where there is no current field.
    int answerField(int index) const;
    bool compareValues(Op op, RtValue &left, RtValue &right);
    bool compareScalars(Op op, const RtValue &left, const RtValue &right);
    bool compareBooleans(Op op, bool left, bool right);

    const Program &m_program;
    const EvalContext &m_context;
    const EvalContext::FlatAnswers &m_flat; // the context's, read on every answer
    const int m_current; // the field '.' reads, or -1 (also when the program never reads '.')
    std::unique_ptr<std::vector<std::vector<QString>>> m_lists; // made by the rare randomize(): most never need it
    bool m_failed = false;
};

} // namespace flowdesk::expr
