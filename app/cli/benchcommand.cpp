#include "command.h"

#include "demo/demodatabase.h"
#include "demo/demogenerator.h"
#include "expr/conformancerunner.h"
#include "expr/exprbenchmark.h"
#include "questionnaire/questionnaireloader.h"
#include "validation/storevalidation.h"
#include "validation/validator.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

namespace flowdesk::cli {

namespace {

double seconds(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

QString rate(double count, double secs)
{
    return QString::number(count / std::max(secs, 1e-9), 'f', 0);
}

// Validation on one core, interviews already in memory (generated first, not timed). Two figures: over all of
// them, where each interview comes from main memory, and over a batch small enough to stay in the caches, as an
// interview just read from the store or just keyed is.
qint64 validateAll(Validator &validator, std::vector<Interview> &interviews, size_t count)
{
    std::vector<ValidationIssue> issues;
    qint64 errors = 0;
    for (size_t i = 0; i < count; ++i) {
        issues.clear();
        errors += validator.validate(interviews[i], issues) > 0 ? 1 : 0;
    }
    return errors;
}

double bestRate(Validator &validator, std::vector<Interview> &interviews, size_t count, int passes, int rounds)
{
    double best = 1e9;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (int pass = 0; pass < passes; ++pass)
            validateAll(validator, interviews, count);
        best = std::min(best, seconds(timer));
    }
    return double(count) * passes / std::max(best, 1e-9);
}

void benchValidation(const Questionnaire &q, int count)
{
    DemoGenerator generator(q, 11);
    std::vector<Interview> interviews;
    interviews.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        interviews.push_back(generator.next());
    Validator validator(q);
    const qint64 errors = validateAll(validator, interviews, interviews.size());
    const double all = bestRate(validator, interviews, interviews.size(), 1, 5);
    constexpr size_t kBatch = 2000;
    const size_t batch = std::min(kBatch, interviews.size());
    const int passes = 5;
    const double cached = bestRate(validator, interviews, batch, passes, 10);
    out() << "validation in memory (1 core):  " << QString::number(all, 'f', 0) << " interviews/s  (" << count
          << " interviews, " << errors << " with errors)\n";
    out() << "  the same, a batch in cache:     " << QString::number(cached, 'f', 0) << " interviews/s  (" << batch
          << " interviews, best of 10 rounds of " << passes << " passes)\n";
}

void benchForms(const QString &folder)
{
    int asExpected = 0, total = 0;
    for (const char *kind : {"valid", "invalid"}) {
        const QDir dir(folder + u'/' + QLatin1String(kind));
        for (const QString &file : dir.entryList({QStringLiteral("*.xlsx"), QStringLiteral("*.xls")}, QDir::Files)) {
            const bool ok = QuestionnaireLoader::load(dir.filePath(file)).ok();
            ++total;
            asExpected += ok == (QLatin1String(kind) == u"valid") ? 1 : 0;
        }
    }
    out() << "XLSForms handled as expected:    " << asExpected << " of " << total << " (" << folder << ")\n";
}

} // namespace

int bench(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures FlowDesk's speed and size on this machine: expression evaluations per second, validation\n"
        "throughput in memory, the time and size to generate and store N demo interviews, the wall time to\n"
        "validate them all from the database, expression conformance, and the shared XLSForm workbooks."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("interviews"),
                                         QStringLiteral("Interviews to generate and store (default 1000000)."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Database to create (default: a temporary file, removed after)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Expression cases file."),
                                         QStringLiteral("FILE"), QStringLiteral("../shared/xpath-cases/cases.json"));
    const QCommandLineOption formsOption(QStringLiteral("xlsforms"),
                                         QStringLiteral("Folder with valid/ and invalid/ XLSForm workbooks."),
                                         QStringLiteral("DIR"), QStringLiteral("../shared/xlsforms"));
    parser.addOptions({countOption, dbOption, casesOption, formsOption});
    parser.process(QStringList{QStringLiteral("flowdesk-cli bench")} + args);

    const LoadedForm form = QuestionnaireLoader::load(QuestionnaireLoader::bundledPath());
    if (!form.ok()) {
        err() << "flowdesk-cli bench: the bundled questionnaire does not load.\n";
        return 1;
    }

    out() << "expression evaluations (1 core): " << QString::number(expr::benchmarkEvaluations(3000000), 'f', 0)
          << " evaluations/s\n";
    out().flush();
    benchValidation(*form.questionnaire, 50000);
    out().flush();

    if (QFileInfo::exists(parser.value(casesOption))) {
        expr::ConformanceRunner runner;
        if (runner.load(parser.value(casesOption))) {
            const expr::ConformanceReport report = runner.run();
            out() << "expression conformance:          " << report.summary() << "\n";
        } else {
            err() << "  cases: " << runner.errorString() << "\n";
        }
    }
    if (QFileInfo::exists(parser.value(formsOption)))
        benchForms(parser.value(formsOption));
    out().flush();

    bool ok = false;
    const qint64 count = parser.value(countOption).toLongLong(&ok);
    if (!ok || count <= 0)
        return 0;
    QTemporaryDir temp;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : temp.filePath(QStringLiteral("bench.flowdesk"));
    if (QFileInfo::exists(path)) {
        err() << "flowdesk-cli bench: " << path << " exists; give a new path.\n";
        return 1;
    }
    QString error;
    const auto filled = DemoDatabase::fill(path, count, 1, &error);
    if (!filled) {
        err() << "flowdesk-cli bench: " << error << "\n";
        return 1;
    }
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    out() << "generate + store:                " << filled->interviews << " interviews in "
          << QString::number(filled->seconds, 'f', 1) << " s (" << rate(filled->interviews, filled->seconds)
          << " interviews/s), database " << QString::number(bytes / 1048576.0, 'f', 0) << " MiB ("
          << QString::number(static_cast<double>(bytes) / filled->interviews, 'f', 0) << " bytes/interview)\n";
    out().flush();

    auto workspace = Workspace::open(path, &error);
    if (!workspace || !workspace->interviews()) {
        err() << "flowdesk-cli bench: " << error << "\n";
        return 1;
    }
    const StoreValidationReport report = StoreValidation::run(*workspace->interviews(), *workspace->questionnaire());
    out() << "validate --db (wall time):       " << report.interviews << " interviews in "
          << QString::number(report.seconds, 'f', 1) << " s (" << rate(report.interviews, report.seconds)
          << " interviews/s; " << report.withErrors << " with errors)\n";
    return 0;
}

} // namespace flowdesk::cli
