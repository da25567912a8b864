#include "command.h"

#include "expr/conformancerunner.h"

#include <QCommandLineParser>

namespace flowdesk::cli {

int expr(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs expression conformance cases (the format of ../shared/xpath-cases/cases.json) through FlowDesk's\n"
        "expression engine and prints 'N passed, M failed, K deviations'. A case that differs from the expected\n"
        "result in a documented way (a deviation rule recognises it from the case) is a deviation; the count per\n"
        "rule is printed. Exit code 1 when any case fails."));
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Cases file (JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Also list the deviations and why."));
    parser.addOptions({casesOption, verboseOption});
    parser.process(QStringList{QStringLiteral("flowdesk-cli expr")} + args);
    if (!parser.isSet(casesOption)) {
        err() << "flowdesk-cli expr: --cases FILE is required.\n";
        return 2;
    }
    expr::ConformanceRunner runner;
    if (!runner.load(parser.value(casesOption))) {
        err() << "flowdesk-cli expr: " << runner.errorString() << "\n";
        return 1;
    }
    const expr::ConformanceReport report = runner.run();
    for (const expr::ConformanceOutcome &f : report.failures)
        out() << "FAIL " << f.id << "  " << f.expression << "  expected " << f.expected << ", got " << f.got << "\n";
    if (parser.isSet(verboseOption)) {
        for (const expr::ConformanceOutcome &d : report.deviationDetails)
            out() << "DEVIATION " << d.id << " [" << d.rule << "]  " << d.expression << "  peer " << d.expected
                  << ", ours " << d.got << "\n";
    }
    for (const expr::RuleCount &rule : report.deviationsByRule) {
        out() << "deviation " << rule.rule << ": " << rule.cases << (rule.cases == 1 ? " case" : " cases");
        if (parser.isSet(verboseOption))
            out() << " (" << rule.reason << ")";
        out() << "\n";
    }
    out() << report.summary() << "\n";
    return report.failed == 0 ? 0 : 1;
}

} // namespace flowdesk::cli
