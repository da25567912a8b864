#pragma once

#include "expression.h"

#include <QJsonValue>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace flowdesk::expr {

// One conformance case whose result differs from the peer's, as the deviation rules see it: the case as
// written, the peer's result and ours, and a way to evaluate other expressions on the same answers (a rule
// checks its explanation by working out what the peer's reading would give).
struct DeviationCase
{
    QString expression;
    std::vector<QString> answers; // the fields' values
    QJsonValue peer;              // the case's "expected"
    QString peerType;             // "number", "string", "boolean", "date", "nodeset": what the peer returned
    bool peerError = false;
    bool oursParseError = false;
    bool oursFailed = false; // evaluation failed
    Value ours;              // in the requested kind (or our natural type for kind "any")
    std::function<std::optional<Value>(const QString &expression)> evaluate; // nullopt: no parse or it failed
};

// A documented, deliberate difference from the peer (../shared/xpath-cases/README.md, "Policy"), recognised
// from the case itself so that any cases file in that format is judged the same way.
struct DeviationRule
{
    const char *name;
    const char *reason;
    bool (*matches)(const DeviationCase &c);
};

const std::vector<DeviationRule> &deviationRules();
// The first rule that explains the difference, or nullptr: a failure.
const DeviationRule *explainDeviation(const DeviationCase &c);

} // namespace flowdesk::expr
