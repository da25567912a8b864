// Issue 11: the profile on a large demo database. First opening (the column store read from the file) and the
// whole profile recomputed after a filter change (every chart of the default definition, suppressed).
//
//   cp /work/bench/demo1m.flowdesk /tmp/profile-1m.flowdesk     (a copy: the benchmark only reads it)
//   FLOWDESK_PROFILE_DB=/tmp/profile-1m.flowdesk flowdesk_benchmarks --benchmark_filter=Profile
//
// Skipped when the database is missing. The file is opened read-only: a schema-3 file is not migrated.

#include "peakmemory.h"
#include "statistics/profileaggregator.h"
#include "workspace/workspace.h"

#include <benchmark/benchmark.h>

#include <QFile>
#include <QFileInfo>

namespace flowdesk {
namespace {

struct ProfileFixture
{
    std::unique_ptr<Workspace> workspace;
    ProfileDefinition definition;
    std::unique_ptr<ProfileData> data;
};

ProfileFixture *profileFixture(benchmark::State &state, bool load)
{
    static ProfileFixture *f = nullptr;
    if (f && (f->data || !load))
        return f;
    const QString path = qEnvironmentVariable("FLOWDESK_PROFILE_DB", QStringLiteral("/tmp/profile-1m.flowdesk"));
    if (!QFileInfo::exists(path)) {
        state.SkipWithError("no demo database: set FLOWDESK_PROFILE_DB (see the comment at the top)");
        return nullptr;
    }
    if (!f) {
        f = new ProfileFixture;
        QString error;
        f->workspace = Workspace::open(path, OpenMode::ReadOnly, &error);
        if (!f->workspace || !f->workspace->questionnaire()) {
            state.SkipWithError(error.toStdString().c_str());
            return nullptr;
        }
        f->definition = ProfileDefinition::defaultFor(*f->workspace->questionnaire());
    }
    if (load && !f->data) {
        QString error;
        const Questionnaire &q = *f->workspace->questionnaire();
        f->data = ProfileData::load(f->workspace->path(), f->workspace->storedQuestionnaire().id, q,
                                    ProfileAggregator::itemsNeeded(q, f->definition), {}, &error);
        if (!f->data) {
            state.SkipWithError(error.toStdString().c_str());
            return nullptr;
        }
    }
    return f;
}

void ProfileFirstOpen(benchmark::State &state)
{
    ProfileFixture *f = profileFixture(state, false);
    if (!f)
        return;
    const Questionnaire &q = *f->workspace->questionnaire();
    const std::vector<int> items = ProfileAggregator::itemsNeeded(q, f->definition);
    size_t rows = 0;
    for (auto _ : state) {
        QString error;
        auto data = ProfileData::load(f->workspace->path(), f->workspace->storedQuestionnaire().id, q, items, {}, &error);
        if (!data) {
            state.SkipWithError(error.toStdString().c_str());
            return;
        }
        rows = data->rows();
    }
    state.counters["interviews"] = double(rows);
    state.counters["columns"] = double(items.size());
    state.counters["peak_MB"] = double(bench::peakResidentKb()) / 1024.0;
}
BENCHMARK(ProfileFirstOpen)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

void ProfileRecomputeAfterFilterChange(benchmark::State &state)
{
    ProfileFixture *f = profileFixture(state, true);
    if (!f)
        return;
    const Questionnaire &q = *f->workspace->questionnaire();
    ProfileAggregator aggregator(*f->data, f->definition, q.defaultLanguage);
    const QStringList sexes{QStringLiteral("female"), QStringLiteral("male"), QString()};
    int i = 0;
    qint64 n = 0;
    size_t charts = 0;
    for (auto _ : state) {
        ProfileFilter filter; // approved, then a different sex at each change
        filter.sex = sexes[i++ % sexes.size()];
        const ProfileResult result = aggregator.compute(filter, SplitChoice::AsDefined, 5);
        n = result.interviews;
        charts = result.tables.size();
        benchmark::DoNotOptimize(result.tables.data());
    }
    state.counters["selected"] = double(n);
    state.counters["charts"] = double(charts);
}
BENCHMARK(ProfileRecomputeAfterFilterChange)->Unit(benchmark::kMillisecond)->UseRealTime();

void ProfileRecomputeAllStatusesSplitByAge(benchmark::State &state)
{
    ProfileFixture *f = profileFixture(state, true);
    if (!f)
        return;
    const Questionnaire &q = *f->workspace->questionnaire();
    ProfileAggregator aggregator(*f->data, f->definition, q.defaultLanguage);
    for (auto _ : state) {
        ProfileFilter filter;
        filter.statuses = ~0u;
        const ProfileResult result = aggregator.compute(filter, SplitChoice::AgeGroup, 5);
        benchmark::DoNotOptimize(result.tables.data());
    }
}
BENCHMARK(ProfileRecomputeAllStatusesSplitByAge)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
} // namespace flowdesk
