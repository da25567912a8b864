// Evaluation speed of already-parsed expressions: the engine's hot path while a form is filled in.
#include "expr/exprbenchmark.h"
#include "expr/expression.h"

#include <benchmark/benchmark.h>

using namespace flowdesk::expr;

namespace {

// The typical relevance/constraint mix (see exprbenchmark.cpp); items_per_second is evaluations/s.
void BM_ExprEvaluateMix(benchmark::State &state)
{
    BenchmarkWorkload workload;
    qint64 evaluations = 0;
    for (auto _ : state)
        evaluations += workload.runOnce();
    benchmark::DoNotOptimize(workload.checksum());
    state.SetItemsProcessed(evaluations);
}
BENCHMARK(BM_ExprEvaluateMix);

class RepeatContext : public EvalContext
{
public:
    std::vector<QString> ages;
    int count(int) const override { return int(ages.size()); }
    QStringView value(int, int index) const override { return ages[std::size_t(index)]; }
};

// An existential comparison over a repeat with 20 instances: the node-set path.
void BM_ExprNodeSetComparison(benchmark::State &state)
{
    RepeatContext context;
    for (int i = 0; i < 20; ++i)
        context.ages.push_back(QString::number(i * 3));
    const Expression expression =
        Expression::parse(u"${member_age} >= 60", [](QStringView) { return 0; }, nullptr);
    qint64 hits = 0;
    for (auto _ : state)
        hits += expression.evaluateBoolean(context) ? 1 : 0;
    benchmark::DoNotOptimize(hits);
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ExprNodeSetComparison);

// Parsing: done once per form load, reported for scale.
void BM_ExprParse(benchmark::State &state)
{
    const FieldResolver resolve = [](QStringView) { return 1; };
    for (auto _ : state) {
        std::vector<ParseError> errors;
        Expression e = Expression::parse(u"not(selected(${reasons}, 'none') and count-selected(${reasons}) > 1)",
                                         resolve, &errors);
        benchmark::DoNotOptimize(e);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ExprParse);

} // namespace
