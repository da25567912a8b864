#pragma once

#include <QString>

namespace flowdesk {

// The bounds an XLSForm constraint states, read one way for every use: a batch's Table Schema (Frictionless
// `constraints`) and the width of a paper-keying box. Bounds on the value
// (`. >= 0 and . <= 120`), on its length (`string-length(.) <= 50`) and an anchored pattern
// (`regex(., '^[0-9]+$')`). Only top-level `and` terms are read; any other term is left out, which makes the
// schema looser than the form, never stricter. An `or` anywhere at the top, or a term we cannot read, gives
// nothing for that term.
struct ConstraintBounds
{
    QString minimum, maximum; // as written in the form: numbers, or yyyy-MM-dd dates
    int minLength = -1, maxLength = -1;
    QString pattern; // XML Schema regex (implicitly anchored), without the ^ and $
};

// `integer`: strict bounds (`. > 0`) become inclusive ones (minimum 1); for other types they are left out.
ConstraintBounds constraintBounds(const QString &constraint, bool integer);

} // namespace flowdesk
