// The reviewer's case list on a large demo database: open to first page, sort and filter changes, deep pages.
//
//   flowdesk-cli demo --db /tmp/workflow-m.flowdesk --interviews 1000000     (about 6-7 minutes)
//   FLOWDESK_CASELIST_DB=/tmp/workflow-m.flowdesk flowdesk_benchmarks --benchmark_filter=CaseList
//
// Each iteration starts from a fresh query (no cached counts). Skipped when the database is missing.

#include "peakmemory.h"
#include "accounts/accounts.h"
#include "store/database.h"
#include "workflow/caselistquery.h"

#include <benchmark/benchmark.h>

#include <QFile>
#include <QFileInfo>

namespace flowdesk {
namespace {

constexpr int kPage = 100;

struct Fixture
{
    std::unique_ptr<Database> db;
    std::optional<Session> session;
};

Fixture *fixture(benchmark::State &state)
{
    static Fixture *f = nullptr;
    if (f)
        return f;
    const QString path = qEnvironmentVariable("FLOWDESK_CASELIST_DB", QStringLiteral("/tmp/workflow-m.flowdesk"));
    if (!QFileInfo::exists(path)) {
        state.SkipWithError("no demo database: set FLOWDESK_CASELIST_DB (see the comment at the top)");
        return nullptr;
    }
    f = new Fixture;
    QString error;
    f->db = Database::open(path, &error);
    if (f->db)
        f->session = Accounts(*f->db).login(QStringLiteral("reviewer"), QStringLiteral("demo"), &error);
    if (!f->session) {
        state.SkipWithError(error.toStdString().c_str());
        return nullptr;
    }
    return f;
}

void report(benchmark::State &state, CaseListQuery &query)
{
    state.counters["rows"] = double(query.counts().total);
    state.counters["peak_MB"] = double(bench::peakResidentKb()) / 1024.0;
}

// Opening the case list: the counts beside the filters and the first page, newest first.
void CaseListFirstPage(benchmark::State &state)
{
    Fixture *f = fixture(state);
    if (!f)
        return;
    for (auto _ : state) {
        CaseListQuery query(*f->db, *f->session);
        benchmark::DoNotOptimize(query.counts().total);
        benchmark::DoNotOptimize(query.page(std::nullopt, kPage));
        report(state, query);
    }
}
BENCHMARK(CaseListFirstPage)->Unit(benchmark::kMillisecond)->Iterations(5);

// A click on a column header (counts unchanged): the first page in the new order.
void CaseListSort(benchmark::State &state)
{
    Fixture *f = fixture(state);
    if (!f)
        return;
    const auto column = CaseColumn(state.range(0));
    const bool descending = state.range(1) != 0;
    CaseListQuery query(*f->db, *f->session);
    query.counts();
    for (auto _ : state) {
        query.setSort({column, descending});
        benchmark::DoNotOptimize(query.page(std::nullopt, kPage));
    }
    report(state, query);
}
BENCHMARK(CaseListSort)
    ->ArgsProduct({{int(CaseColumn::Label), int(CaseColumn::Date), int(CaseColumn::Enumerator),
                    int(CaseColumn::Column1), int(CaseColumn::Status), int(CaseColumn::Errors),
                    int(CaseColumn::Duration), int(CaseColumn::Modified)},
                   {0, 1}})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5);

CaseFilter benchFilter(int which)
{
    CaseFilter filter;
    switch (which) {
    case 0: filter.statuses = {InterviewStatus::Completed}; break;
    case 1: filter.enumerator = QStringLiteral("hawa.sangare"); break;
    case 2: filter.withErrors = true; break;
    case 3: filter.withComments = true; filter.statuses = {InterviewStatus::Rejected}; break;
    case 4: filter.from = QDate(2026, 3, 1); filter.to = QDate(2026, 3, 31); break;
    case 5: filter.statuses = {InterviewStatus::Completed}; filter.enumerator = QStringLiteral("hawa.sangare");
            filter.withWarnings = true; break;
    case 6: filter.text = QStringLiteral("Agadez"); break;
    case 7: filter.text = QStringLiteral("zzz-nothing"); break;
    case 8: filter.text = QStringLiteral("sangare"); break;
    case 9: filter.text = QStringLiteral("ag"); break; // too short for the trigram index: LIKE over the table
    case 10: filter.statuses = {InterviewStatus::Approved}; break;
    case 11: filter.statuses = {InterviewStatus::Draft}; break;
    case 12: filter.statuses = {InterviewStatus::Rejected}; break;
    case 13: filter.withWarnings = true; break;
    case 14: filter.withComments = true; break;
    default: break;
    }
    return filter;
}

const char *const kFilterLabels[] = {"status completed", "enumerator", "errors", "rejected+comments", "march",
                                     "status+enum+warnings", "text common", "text none", "text enumerator",
                                     "text 2 letters", "status approved", "status draft", "status rejected",
                                     "warnings", "comments", "none"};

// A filter change: new counts and the first page, sorted by date (newest first) or by the last change (the
// list's default order).
void CaseListFilter(benchmark::State &state)
{
    Fixture *f = fixture(state);
    if (!f)
        return;
    const CaseFilter filter = benchFilter(int(state.range(0)));
    const bool byModified = state.range(1) != 0;
    state.SetLabel(std::string(kFilterLabels[state.range(0)]) + (byModified ? ", by last change" : ", by date"));
    CaseListQuery query(*f->db, *f->session);
    query.setSort({byModified ? CaseColumn::Modified : CaseColumn::Date, true});
    for (auto _ : state) {
        query.setFilter(filter);
        benchmark::DoNotOptimize(query.counts().total);
        benchmark::DoNotOptimize(query.page(std::nullopt, kPage));
    }
    report(state, query);
}
BENCHMARK(CaseListFilter)->ArgsProduct({benchmark::CreateDenseRange(0, 14, 1), {0, 1}})
    ->Unit(benchmark::kMillisecond)->Iterations(3);

// Scrolling: the next keyset page deep in the list, and jumps (a scroll bar dragged) to the end and to the middle,
// of the whole list (filter 15) and of filtered ones, sorted by the last change (the list's default).
void CaseListDeepPages(benchmark::State &state)
{
    Fixture *f = fixture(state);
    if (!f)
        return;
    CaseListQuery query(*f->db, *f->session);
    query.setSort({CaseColumn::Modified, true});
    query.setFilter(benchFilter(int(state.range(1))));
    const qint64 total = query.counts().total;
    const auto middle = query.rowsAt(total / 2, 1);
    for (auto _ : state) {
        if (state.range(0) == 0 && !middle.empty())
            benchmark::DoNotOptimize(query.page(query.keyAfter(middle.front()), kPage));
        else if (state.range(0) == 1)
            benchmark::DoNotOptimize(query.rowsAt(std::max<qint64>(0, total - kPage), kPage));
        else
            benchmark::DoNotOptimize(query.rowsAt(total / 2 - 200, 200));
    }
    const char *labels[] = {"keyset page in the middle", "jump to the end", "jump to the middle"};
    state.SetLabel(std::string(labels[state.range(0)]) + ", " + kFilterLabels[state.range(1)]);
    report(state, query);
}
BENCHMARK(CaseListDeepPages)->ArgsProduct({{0, 1, 2}, {15, 0, 1, 2, 4, 6, 10}})
    ->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
} // namespace flowdesk
