#pragma once

#include <QStringView>

#include <cstdint>

namespace flowdesk::expr {

class Evaluator;
struct Node;
struct RtValue;

// Every function the engine knows, resolved from its name at parse time.
enum class Func : std::uint8_t
{
    None,
    // XPath 1.0 core
    String,
    Concat,
    StartsWith,
    Contains,
    SubstringBefore,
    SubstringAfter,
    Substring,
    StringLength,
    NormalizeSpace,
    Translate,
    Boolean,
    Not,
    True,
    False,
    Number,
    Sum,
    Count,
    Floor,
    Ceiling,
    Round,
    Position,
    Current,
    // ODK XForms
    If,
    Coalesce,
    Join,
    Substr,
    EndsWith,
    Regex,
    Selected,
    SelectedAt,
    CountSelected,
    ChoiceName,
    Int,
    BooleanFromString,
    Pow,
    Abs,
    Min,
    Max,
    CountNonEmpty,
    Log,
    Log10,
    Exp,
    Exp10,
    Sqrt,
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Atan2,
    Pi,
    Today,
    Now,
    Date,
    DateTime,
    DecimalDateTime,
    DecimalTime,
    FormatDate,
    FormatDateTime,
    Once,
    Uuid,
    IndexedRepeat,
    Checklist,
    WeightedChecklist,
    Area,
    Distance,
    Digest,
    Base64Decode,
    Random,
    Randomize,
    Pulldata,
};

using FunctionImpl = RtValue (*)(Evaluator &evaluator, const Node &call);

struct FunctionInfo
{
    const char *name;
    Func id;
    int minArgs;
    int maxArgs; // -1: no upper bound
    std::uint8_t result; // StaticType, kept as a byte so this header stays independent of program.h
    FunctionImpl impl;
};

// The function called `name` (as written, e.g. "count-selected", "jr:choice-name"), or nullptr.
const FunctionInfo *findFunction(QStringView name);
const FunctionInfo &functionInfo(Func id);

// Implementations, grouped by file.
namespace fn {
// functions_string.cpp
RtValue string(Evaluator &, const Node &);
RtValue concat(Evaluator &, const Node &);
RtValue join(Evaluator &, const Node &);
RtValue startsWith(Evaluator &, const Node &);
RtValue endsWith(Evaluator &, const Node &);
RtValue contains(Evaluator &, const Node &);
RtValue substringBefore(Evaluator &, const Node &);
RtValue substringAfter(Evaluator &, const Node &);
RtValue substring(Evaluator &, const Node &);
RtValue substr(Evaluator &, const Node &);
RtValue stringLength(Evaluator &, const Node &);
RtValue normalizeSpace(Evaluator &, const Node &);
RtValue translate(Evaluator &, const Node &);
RtValue regex(Evaluator &, const Node &);
RtValue coalesce(Evaluator &, const Node &);
RtValue once(Evaluator &, const Node &);
RtValue digest(Evaluator &, const Node &);
RtValue base64Decode(Evaluator &, const Node &);
RtValue uuid(Evaluator &, const Node &);
// functions_select.cpp
RtValue selected(Evaluator &, const Node &);
// selected() and count-selected() as plain values, for the evaluator's boolean and number paths: forms call them
// in most constraints on select_multiple answers.
bool isSelected(Evaluator &, const Node &);
double selectedCount(Evaluator &, const Node &);
RtValue selectedAt(Evaluator &, const Node &);
RtValue countSelected(Evaluator &, const Node &);
RtValue choiceName(Evaluator &, const Node &);
RtValue checklist(Evaluator &, const Node &);
RtValue weightedChecklist(Evaluator &, const Node &);
RtValue ifThenElse(Evaluator &, const Node &);
RtValue boolean(Evaluator &, const Node &);
RtValue booleanFromString(Evaluator &, const Node &);
RtValue notFn(Evaluator &, const Node &);
RtValue trueFn(Evaluator &, const Node &);
RtValue falseFn(Evaluator &, const Node &);
RtValue count(Evaluator &, const Node &);
RtValue countNonEmpty(Evaluator &, const Node &);
RtValue position(Evaluator &, const Node &);
RtValue current(Evaluator &, const Node &);
RtValue indexedRepeat(Evaluator &, const Node &);
RtValue randomize(Evaluator &, const Node &);
// functions_math.cpp
RtValue number(Evaluator &, const Node &);
RtValue sum(Evaluator &, const Node &);
RtValue floor(Evaluator &, const Node &);
RtValue ceiling(Evaluator &, const Node &);
RtValue round(Evaluator &, const Node &);
RtValue intFn(Evaluator &, const Node &);
RtValue pow(Evaluator &, const Node &);
RtValue abs(Evaluator &, const Node &);
RtValue min(Evaluator &, const Node &);
RtValue max(Evaluator &, const Node &);
RtValue log(Evaluator &, const Node &);
RtValue log10(Evaluator &, const Node &);
RtValue exp(Evaluator &, const Node &);
RtValue exp10(Evaluator &, const Node &);
RtValue sqrt(Evaluator &, const Node &);
RtValue sin(Evaluator &, const Node &);
RtValue cos(Evaluator &, const Node &);
RtValue tan(Evaluator &, const Node &);
RtValue asin(Evaluator &, const Node &);
RtValue acos(Evaluator &, const Node &);
RtValue atan(Evaluator &, const Node &);
RtValue atan2(Evaluator &, const Node &);
RtValue pi(Evaluator &, const Node &);
RtValue random(Evaluator &, const Node &);
RtValue area(Evaluator &, const Node &);
RtValue distance(Evaluator &, const Node &);
// functions_date.cpp
RtValue today(Evaluator &, const Node &);
RtValue now(Evaluator &, const Node &);
RtValue date(Evaluator &, const Node &);
RtValue dateTime(Evaluator &, const Node &);
RtValue decimalDateTime(Evaluator &, const Node &);
RtValue decimalTime(Evaluator &, const Node &);
RtValue formatDate(Evaluator &, const Node &);
// functions_pulldata.cpp
RtValue pulldata(Evaluator &, const Node &);
} // namespace fn

} // namespace flowdesk::expr
