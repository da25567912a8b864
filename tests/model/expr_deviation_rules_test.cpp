// The conformance runner judges any cases file by rule: a new case of a documented kind of difference is a
// deviation of that rule, anything else that differs is a failure. The cases here are our own, written in the
// format of ../shared/xpath-cases with the results the peer (openrosa-xpath-evaluator, in America/Phoenix) gives.
#include "expr/conformancerunner.h"

#include <gtest/gtest.h>

#include <map>

using flowdesk::expr::ConformanceReport;
using flowdesk::expr::ConformanceRunner;

namespace {

ConformanceReport runCases(const QByteArray &cases)
{
    ConformanceRunner runner;
    const QByteArray json = R"({"meta":{"tz":"America/Phoenix"},"cases":[)" + cases + "]}";
    EXPECT_TRUE(runner.loadData(json)) << runner.errorString().toStdString();
    return runner.run();
}

std::map<std::string, std::string> ruleById(const ConformanceReport &report)
{
    std::map<std::string, std::string> rules;
    for (const auto &d : report.deviationDetails)
        rules[d.id.toStdString()] = d.rule.toStdString();
    for (const auto &f : report.failures)
        rules[f.id.toStdString()] = "FAILED: got " + f.got.toStdString();
    return rules;
}

} // namespace

TEST(ExprDeviationRules, NewCasesOfKnownKindsAreDeviationsOfTheirRule)
{
    const ConformanceReport report = runCases(R"json(
        {"id":"days1","xlsform":"\"2019-06-01\" + 3","fields":{},"context":null,"kind":"number",
         "expected":18051.291666666668,"natural_type":"number"},
        {"id":"days2","xlsform":"number(${visit})","fields":{"visit":"2020-02-29"},"context":null,"kind":"string",
         "expected":"18321.291666666668","natural_type":"number"},
        {"id":"utc1","xlsform":"number(${arrived})","fields":{"arrived":"2015-05-10T00:00:00.000Z"},"context":null,
         "kind":"number","expected":16565,"natural_type":"number"},
        {"id":"dayzero1","xlsform":"date(20000)","fields":{},"context":null,"kind":"string",
         "expected":"2024-10-03T17:00:00.000-07:00","natural_type":"date"},
        {"id":"dayzero2","xlsform":"format-date(19000, '%d/%m/%Y')","fields":{},"context":null,"kind":"string",
         "expected":"07/01/2022","natural_type":"string"},
        {"id":"invalid1","xlsform":"date(${d}) + 1","fields":{"d":"2023-02-29"},"context":null,"kind":"number",
         "expected":19418.291666666668,"natural_type":"number"},
        {"id":"invalidtext1","xlsform":"date('not a date')","fields":{},"context":null,"kind":"string",
         "expected":"Invalid Date","natural_type":"date"},
        {"id":"jsdate1","xlsform":"format-date('Tue Mar 05 2024 10:00:00 GMT-0700 (Mountain Standard Time)', '%Y')",
         "fields":{},"context":null,"kind":"string","expected":"2024","natural_type":"string"},
        {"id":"half1","xlsform":"round(-3.5)","fields":{},"context":null,"kind":"number","expected":-4,
         "natural_type":"number"},
        {"id":"decimal1","xlsform":"round(2.345, 2)","fields":{},"context":null,"kind":"any","expected":2.34,
         "natural_type":"number"},
        {"id":"grammar1","xlsform":"number('0x1A')","fields":{},"context":null,"kind":"number","expected":26,
         "natural_type":"number"},
        {"id":"grammar2","xlsform":"${n} + 1","fields":{"n":"2e2"},"context":null,"kind":"number","expected":201,
         "natural_type":"number"},
        {"id":"exponent1","xlsform":"string(4560000000000000000000)","fields":{},"context":null,"kind":"string",
         "expected":"4.56e+21","natural_type":"string"},
        {"id":"tolerant1","xlsform":"0.1 + 0.2 = 0.3","fields":{},"context":null,"kind":"boolean","expected":false,
         "natural_type":"boolean"},
        {"id":"spaces1","xlsform":"selected-at('x  y z', 2)","fields":{},"context":null,"kind":"string",
         "expected":"y","natural_type":"string"},
        {"id":"arity1","xlsform":"coalesce(${empty}, 'b', 'c')","fields":{"empty":""},"context":null,"kind":"string",
         "expected":"b","natural_type":"string"},
        {"id":"arity2","xlsform":"pi(4) * 2","fields":{},"context":null,"kind":"number",
         "expected":6.283185307179586,"natural_type":"number"}
    )json");

    const std::map<std::string, std::string> expected = {
        {"days1", "date-local-days"},       {"days2", "date-local-days"},
        {"utc1", "date-time-local-days"},   {"dayzero1", "day-number-as-date"},
        {"dayzero2", "day-number-as-date"}, {"invalid1", "invalid-date"},
        {"invalidtext1", "invalid-date-text"}, {"jsdate1", "javascript-date-text"},
        {"half1", "round-half"},            {"decimal1", "round-decimal"},
        {"grammar1", "number-grammar"},     {"grammar2", "number-grammar"},
        {"exponent1", "no-exponent"},       {"tolerant1", "tolerant-equality"},
        {"spaces1", "selected-at-spaces"},  {"arity1", "extra-arguments"},
        {"arity2", "extra-arguments"},
    };
    EXPECT_EQ(ruleById(report), expected);
    EXPECT_EQ(report.failed, 0);
    EXPECT_EQ(report.deviations, 17);

    // Counted per rule, in the rules' order, each with its reason.
    ASSERT_FALSE(report.deviationsByRule.empty());
    int counted = 0;
    for (const auto &rule : report.deviationsByRule) {
        EXPECT_FALSE(rule.reason.isEmpty()) << rule.rule.toStdString();
        counted += rule.cases;
        if (rule.rule == u"number-grammar") {
            EXPECT_EQ(rule.cases, 2);
        }
    }
    EXPECT_EQ(counted, 17);
}

TEST(ExprDeviationRules, DifferentBehaviourInTheSameAreasIsAFailure)
{
    // Each looks like a known kind but the peer's result is not what that kind would give.
    const ConformanceReport report = runCases(R"json(
        {"id":"days","xlsform":"\"2019-06-01\" + 3","fields":{},"context":null,"kind":"number",
         "expected":18053.5,"natural_type":"number"},
        {"id":"half","xlsform":"round(-3.5)","fields":{},"context":null,"kind":"number","expected":-5,
         "natural_type":"number"},
        {"id":"spaces","xlsform":"selected-at('x  y z', 2)","fields":{},"context":null,"kind":"string",
         "expected":"x","natural_type":"string"},
        {"id":"arity","xlsform":"coalesce(${empty}, 'b', 'c')","fields":{"empty":""},"context":null,
         "kind":"string","expected":"c","natural_type":"string"},
        {"id":"tolerant","xlsform":"0.5 + 0.25 = 0.75","fields":{},"context":null,"kind":"boolean","expected":false,
         "natural_type":"boolean"},
        {"id":"plain","xlsform":"concat('a', 'b')","fields":{},"context":null,"kind":"string","expected":"abc",
         "natural_type":"string"},
        {"id":"dayzero","xlsform":"format-date(19000, '%d/%m/%Y')","fields":{},"context":null,"kind":"string",
         "expected":"06/01/2022","natural_type":"string"}
    )json");
    EXPECT_EQ(report.deviations, 0);
    EXPECT_EQ(report.failed, 7);
    EXPECT_TRUE(report.deviationsByRule.empty());
}
