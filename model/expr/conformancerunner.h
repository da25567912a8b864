#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <vector>

namespace flowdesk::expr {

// One case whose outcome differs from the expected one.
struct ConformanceOutcome
{
    QString id;
    QString expression;
    QString expected;
    QString got;
    QString rule;   // deviations: the rule that explains the difference (see conformancedeviations.cpp)
    QString reason; // deviations: why we differ on purpose
};

// How many cases one deviation rule explained.
struct RuleCount
{
    QString rule;
    QString reason;
    int cases = 0;
};

struct ConformanceReport
{
    int passed = 0;
    int failed = 0;
    int deviations = 0;
    std::vector<ConformanceOutcome> failures;
    std::vector<ConformanceOutcome> deviationDetails;
    std::vector<RuleCount> deviationsByRule; // in the rules' order; only rules that explained a case

    int total() const { return passed + failed + deviations; }
    // "N passed, M failed, K deviations"
    QString summary() const;
};

// Runs the expression conformance cases (../shared/xpath-cases/cases.json, format in its README):
// each case's ${name} fields become field ids, "context" names the field '.' refers to, and the
// result is compared by the requested kind. A case that differs in a way one of deviationRules() recognises
// (conformancedeviations.h) counts as a deviation of that rule, not as a failure.
//
// Time zone: when the file names one (meta.tz), run() sets TZ for the process while it runs and puts
// the old value back afterwards; date cases depend on it. Not thread-safe for that reason.
class ConformanceRunner
{
public:
    // False (see errorString()) when the file cannot be read or is not a cases file.
    bool load(const QString &path);
    bool loadData(const QByteArray &json);

    ConformanceReport run() const;

    int caseCount() const { return int(m_cases.size()); }
    QString timeZone() const { return m_timeZone; }
    QString errorString() const { return m_error; }

private:
    QJsonArray m_cases;
    QString m_timeZone;
    QString m_error;
};

} // namespace flowdesk::expr
