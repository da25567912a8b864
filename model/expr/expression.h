#pragma once

#include "evalcontext.h"

#include <QString>
#include <QStringView>

#include <functional>
#include <memory>
#include <vector>

namespace flowdesk::expr {

struct Program; // the compiled tree; defined in the implementation

struct ParseError
{
    int position = 0; // 0-based character offset into the expression text
    QString message;  // e.g. "unexpected ')'", "unknown function 'foo'", "reference to unknown field ${age2}"
};

// Maps a reference to a field id. `reference` is the name inside ${...}, or a path as written
// ("/data/group/name", "../name"); a bare name (a one-step relative path, as choice filters use for the
// choice's columns) comes as "./name". Returns -1 for an unknown reference.
using FieldResolver = std::function<int(QStringView reference)>;

// Result of an evaluation in its natural XPath type.
struct Value
{
    enum class Type { String, Number, Boolean };
    Type type = Type::String;
    QString string;
    double number = 0;
    bool boolean = false;
};

// A compiled ODK XPath expression. Parsed once; evaluation is const and thread-safe (any number of threads
// may evaluate the same Expression with their own contexts). Cheap to copy (shared, immutable program).
class Expression
{
public:
    Expression() = default; // null

    // Parses `text`. Every problem found is appended to `errors` (syntax errors stop at the first; unknown
    // references and unknown functions are all reported). Returns a null Expression when there were errors.
    static Expression parse(QStringView text, const FieldResolver &resolve, std::vector<ParseError> *errors);

    bool isNull() const { return !m_program; }
    QString source() const;
    // Distinct field ids this expression reads (via ${}, paths, or jr:choice-name's field argument).
    const std::vector<int> &references() const;
    // True when the expression reads '.'.
    bool readsCurrent() const;
    // True when its result depends on the answers it references alone (and the clock): no '.', no position(), no
    // random(), randomize() or uuid(). Evaluated twice on the same answers, such an expression gives the same result.
    bool readsOnlyAnswers() const;

    // Evaluation never throws. When it fails (an invalid date, a bad regex...) `failed` is set (if given)
    // and the result is the type's empty value (false, NaN, "").
    bool evaluateBoolean(const EvalContext &context, bool *failed = nullptr) const;
    double evaluateNumber(const EvalContext &context, bool *failed = nullptr) const;
    QString evaluateString(const EvalContext &context, bool *failed = nullptr) const;
    // evaluateString() into `target`, which is left alone when it already holds the result: re-validating a
    // stored interview then allocates nothing for its calculations.
    void evaluateInto(QString &target, const EvalContext &context, bool *failed = nullptr) const;
    Value evaluate(const EvalContext &context, bool *failed = nullptr) const;

private:
    std::shared_ptr<const Program> m_program;
};

} // namespace flowdesk::expr
