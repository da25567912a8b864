#include "functions.h"

#include "evaluator.h"
#include "program.h"

#include <array>

namespace flowdesk::expr {

namespace {

constexpr auto N = static_cast<std::uint8_t>(StaticType::Number);
constexpr auto S = static_cast<std::uint8_t>(StaticType::String);
constexpr auto B = static_cast<std::uint8_t>(StaticType::Boolean);
constexpr auto D = static_cast<std::uint8_t>(StaticType::Date);
constexpr auto NS = static_cast<std::uint8_t>(StaticType::NodeSet);
constexpr auto A = static_cast<std::uint8_t>(StaticType::Any);

// Arity follows the ODK XForms specification; where the peer (Enketo) accepts more, e.g. concat() with
// no arguments or max() of nothing, we accept it too since forms in the wild rely on it.
const FunctionInfo kFunctions[] = {
    {"string", Func::String, 0, 1, S, fn::string},
    {"concat", Func::Concat, 0, -1, S, fn::concat},
    {"starts-with", Func::StartsWith, 2, 2, B, fn::startsWith},
    {"contains", Func::Contains, 2, 2, B, fn::contains},
    {"substring-before", Func::SubstringBefore, 2, 2, S, fn::substringBefore},
    {"substring-after", Func::SubstringAfter, 2, 2, S, fn::substringAfter},
    {"substring", Func::Substring, 2, 3, S, fn::substring},
    {"string-length", Func::StringLength, 0, 1, N, fn::stringLength},
    {"normalize-space", Func::NormalizeSpace, 0, 1, S, fn::normalizeSpace},
    {"translate", Func::Translate, 3, 3, S, fn::translate},
    {"boolean", Func::Boolean, 1, 1, B, fn::boolean},
    {"not", Func::Not, 1, 1, B, fn::notFn},
    {"true", Func::True, 0, 0, B, fn::trueFn},
    {"false", Func::False, 0, 0, B, fn::falseFn},
    {"number", Func::Number, 0, 1, N, fn::number},
    {"sum", Func::Sum, 1, 1, N, fn::sum},
    {"count", Func::Count, 1, 1, N, fn::count},
    {"floor", Func::Floor, 1, 1, N, fn::floor},
    {"ceiling", Func::Ceiling, 1, 1, N, fn::ceiling},
    {"round", Func::Round, 1, 2, N, fn::round},
    {"position", Func::Position, 0, 0, N, fn::position},
    {"current", Func::Current, 0, 0, NS, fn::current},
    {"if", Func::If, 3, 3, A, fn::ifThenElse},
    {"coalesce", Func::Coalesce, 2, 2, S, fn::coalesce},
    {"join", Func::Join, 1, -1, S, fn::join},
    {"substr", Func::Substr, 2, 3, S, fn::substr},
    {"ends-with", Func::EndsWith, 2, 2, B, fn::endsWith},
    {"regex", Func::Regex, 2, 2, B, fn::regex},
    {"selected", Func::Selected, 2, 2, B, fn::selected},
    {"selected-at", Func::SelectedAt, 2, 2, S, fn::selectedAt},
    {"count-selected", Func::CountSelected, 1, 1, N, fn::countSelected},
    {"jr:choice-name", Func::ChoiceName, 2, 2, S, fn::choiceName},
    {"int", Func::Int, 1, 1, N, fn::intFn},
    {"boolean-from-string", Func::BooleanFromString, 1, 1, B, fn::booleanFromString},
    {"pow", Func::Pow, 2, 2, N, fn::pow},
    {"abs", Func::Abs, 1, 1, N, fn::abs},
    {"min", Func::Min, 0, -1, N, fn::min},
    {"max", Func::Max, 0, -1, N, fn::max},
    {"count-non-empty", Func::CountNonEmpty, 1, 1, N, fn::countNonEmpty},
    {"log", Func::Log, 1, 1, N, fn::log},
    {"log10", Func::Log10, 1, 1, N, fn::log10},
    {"exp", Func::Exp, 1, 1, N, fn::exp},
    {"exp10", Func::Exp10, 1, 1, N, fn::exp10},
    {"sqrt", Func::Sqrt, 1, 1, N, fn::sqrt},
    {"sin", Func::Sin, 1, 1, N, fn::sin},
    {"cos", Func::Cos, 1, 1, N, fn::cos},
    {"tan", Func::Tan, 1, 1, N, fn::tan},
    {"asin", Func::Asin, 1, 1, N, fn::asin},
    {"acos", Func::Acos, 1, 1, N, fn::acos},
    {"atan", Func::Atan, 1, 1, N, fn::atan},
    {"atan2", Func::Atan2, 2, 2, N, fn::atan2},
    {"pi", Func::Pi, 0, 0, N, fn::pi},
    {"today", Func::Today, 0, 0, D, fn::today},
    {"now", Func::Now, 0, 0, D, fn::now},
    {"date", Func::Date, 1, 1, D, fn::date},
    {"date-time", Func::DateTime, 1, 1, D, fn::dateTime},
    {"decimal-date-time", Func::DecimalDateTime, 1, 1, N, fn::decimalDateTime},
    {"decimal-time", Func::DecimalTime, 1, 1, N, fn::decimalTime},
    {"format-date", Func::FormatDate, 2, 2, S, fn::formatDate},
    {"format-date-time", Func::FormatDateTime, 2, 2, S, fn::formatDate},
    {"once", Func::Once, 1, 1, S, fn::once},
    {"uuid", Func::Uuid, 0, 1, S, fn::uuid},
    {"indexed-repeat", Func::IndexedRepeat, 3, 3, S, fn::indexedRepeat},
    {"checklist", Func::Checklist, 2, -1, B, fn::checklist},
    {"weighted-checklist", Func::WeightedChecklist, 2, -1, B, fn::weightedChecklist},
    {"area", Func::Area, 1, 1, N, fn::area},
    {"distance", Func::Distance, 1, -1, N, fn::distance},
    {"digest", Func::Digest, 2, 3, S, fn::digest},
    {"base64-decode", Func::Base64Decode, 1, 1, S, fn::base64Decode},
    {"random", Func::Random, 0, 0, N, fn::random},
    {"randomize", Func::Randomize, 1, 2, NS, fn::randomize},
    {"pulldata", Func::Pulldata, 4, 4, S, fn::pulldata},
};

const std::array<const FunctionInfo *, 256> kById = [] {
    std::array<const FunctionInfo *, 256> table{};
    for (const FunctionInfo &info : kFunctions)
        table[static_cast<std::size_t>(info.id)] = &info;
    return table;
}();

} // namespace

const FunctionInfo *findFunction(QStringView name)
{
    for (const FunctionInfo &info : kFunctions) {
        if (name == QLatin1StringView(info.name))
            return &info;
    }
    return nullptr;
}

const FunctionInfo &functionInfo(Func id)
{
    return *kById[static_cast<std::size_t>(id)];
}

} // namespace flowdesk::expr
