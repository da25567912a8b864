// The import conflict view after a batch that brought 100,000 conflicts: opening it, scrolling to the end,
// deciding one and moving on, and the CLI's listing of every page.
//
//   flowdesk-cli demo --db /tmp/conflicts-100k.flowdesk --interviews 500
//   FLOWDESK_CONFLICT_DB=/tmp/conflicts-100k.flowdesk flowdesk_ui_benchmarks
//
// The first run adds FLOWDESK_CONFLICT_COUNT conflicts (default 100,000) over the first 500 interviews, the way an
// import records them; later runs reuse them. Decisions change the database: each iteration of ConflictViewDecide
// takes theirs for one more conflict. Skipped when the database is missing.

#include "../peakmemory.h"
#include "../../model/conflictfixture.h"
#include "accounts/accounts.h"
#include "batch/importconflicts.h"
#include "import/conflictview.h"

#include <benchmark/benchmark.h>

#include <QAbstractButton>
#include <QApplication>
#include <QFileInfo>
#include <QTableView>
#include <QTest>

namespace flowdesk {
namespace {

struct Fixture
{
    std::unique_ptr<Workspace> workspace;
    std::optional<Session> session;
};

Fixture *fixture(benchmark::State &state)
{
    static Fixture *f = nullptr;
    static QString failure;
    if (!failure.isEmpty()) {
        state.SkipWithError(failure.toStdString().c_str());
        return nullptr;
    }
    if (f)
        return f;
    const QString path = qEnvironmentVariable("FLOWDESK_CONFLICT_DB", QStringLiteral("/tmp/conflicts-100k.flowdesk"));
    if (!QFileInfo::exists(path)) {
        failure = QStringLiteral("no demo database: set FLOWDESK_CONFLICT_DB (see the comment at the top)");
        state.SkipWithError(failure.toStdString().c_str());
        return nullptr;
    }
    f = new Fixture;
    QString error;
    f->workspace = Workspace::open(path, OpenMode::ReadWrite, &error);
    if (f->workspace)
        f->session = Accounts(f->workspace->database()).login(QStringLiteral("supervisor"), QStringLiteral("demo"),
                                                               &error);
    if (f->session) {
        const auto counts = ImportConflicts(*f->workspace).counts(QString(), &error);
        if (counts && counts->all == 0) {
            const int count = qEnvironmentVariableIsSet("FLOWDESK_CONFLICT_COUNT")
                                  ? qEnvironmentVariableIntValue("FLOWDESK_CONFLICT_COUNT")
                                  : 100000;
            std::vector<qint64> ids;
            for (qint64 id = 1; id <= 500; ++id)
                ids.push_back(id);
            if (testing::addConflicts(*f->workspace, *f->session, ids, count, QStringLiteral("B-20261201-000001"),
                                      &error) < 0)
                f->session.reset();
        } else if (!counts) {
            f->session.reset();
        }
    }
    if (!f->session) {
        failure = error;
        state.SkipWithError(failure.toStdString().c_str());
        return nullptr;
    }
    return f;
}

void settle(ConflictView &view)
{
    view.table()->viewport()->repaint();
    QCoreApplication::processEvents();
}

void report(benchmark::State &state, const ConflictView &view)
{
    state.counters["rows_fetched"] = double(view.conflictCount());
    state.counters["differences"] = double(view.differenceCount());
    state.counters["peak_MB"] = double(bench::peakResidentKb()) / 1024.0;
}

// Open the view: counts, the batch list, the first page and the first open conflict's differences on screen.
void ConflictViewOpen(benchmark::State &state)
{
    Fixture *f = fixture(state);
    if (!f)
        return;
    for (auto _ : state) {
        ConflictView view(*f->workspace, *f->session);
        view.show();
        settle(view);
        report(state, view);
    }
}
BENCHMARK(ConflictViewOpen)->Unit(benchmark::kMillisecond)->Iterations(5);

// Ctrl+End fifty times: each one fetches the next page and shows the conflict at its end.
void ConflictViewScroll(benchmark::State &state)
{
    Fixture *f = fixture(state);
    if (!f)
        return;
    for (auto _ : state) {
        state.PauseTiming();
        ConflictView view(*f->workspace, *f->session);
        view.show();
        settle(view);
        state.ResumeTiming();
        for (int i = 0; i < 50; ++i) {
            QTest::keyClick(view.table(), Qt::Key_End, Qt::ControlModifier);
            QCoreApplication::processEvents();
        }
        settle(view);
        report(state, view);
    }
}
BENCHMARK(ConflictViewScroll)->Unit(benchmark::kMillisecond)->Iterations(3);

// One button clicked once per iteration on the same open view, each click timed until the view has settled.
void timeClicks(benchmark::State &state, const QString &button)
{
    Fixture *f = fixture(state);
    if (!f)
        return;
    ConflictView view(*f->workspace, *f->session);
    view.show();
    settle(view);
    auto *target = view.findChild<QAbstractButton *>(button);
    for (auto _ : state) {
        target->click();
        settle(view);
    }
    report(state, view);
    state.SetLabel(view.countsText().toStdString());
}

// Take Theirs on the selected conflict: decided (one transaction, audited), counted again, the next open one shown.
void ConflictViewDecide(benchmark::State &state)
{
    timeClicks(state, QStringLiteral("takeTheirs"));
}
BENCHMARK(ConflictViewDecide)->Unit(benchmark::kMillisecond)->Iterations(20);

// Show decided, on and off: the list reloads from its first page.
void ConflictViewShowDecided(benchmark::State &state)
{
    timeClicks(state, QStringLiteral("showDecided"));
}
BENCHMARK(ConflictViewShowDecided)->Unit(benchmark::kMillisecond)->Iterations(6);

// What `flowdesk-cli conflicts --all` reads: every conflict, a keyset page of 1,000 at a time.
void ConflictListEveryPage(benchmark::State &state)
{
    Fixture *f = fixture(state);
    if (!f)
        return;
    const ImportConflicts conflicts(*f->workspace);
    for (auto _ : state) {
        qint64 rows = 0;
        QString error;
        for (qint64 after = 0;;) {
            const auto page = conflicts.page({true, QString()}, after, 1000, &error);
            rows += qint64(page.size());
            if (page.size() < 1000)
                break;
            after = page.back().id;
        }
        if (!error.isEmpty())
            state.SkipWithError(error.toStdString().c_str());
        state.counters["rows"] = double(rows);
    }
    state.counters["peak_MB"] = double(bench::peakResidentKb()) / 1024.0;
}
BENCHMARK(ConflictListEveryPage)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
} // namespace flowdesk

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
