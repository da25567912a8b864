// The case list at scale: a benchmark, not a timed test. Runs only when FLOWDESK_BENCH_DB names a big demo
// database (accounts with the password "demo"); prints the figures.
#include "accounts/accounts.h"
#include "caselist/caselistmodel.h"
#include "caselist/caselistpage.h"
#include "caselist/casefilterpanel.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace flowdesk;

namespace {

QString memory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS") || line.startsWith("VmHWM"))
            out << QString::fromLatin1(line.simplified());
    }
    return out.join(QStringLiteral(", "));
}

// Paints the view so every visible row's data is read, as on screen.
void paint(QTableView *table)
{
    table->viewport()->repaint();
    QCoreApplication::processEvents();
}

} // namespace

TEST(CaseListBenchmark, MillionInterviews)
{
    const QString path = QString::fromLocal8Bit(qgetenv("FLOWDESK_BENCH_DB"));
    if (path.isEmpty())
        GTEST_SKIP() << "set FLOWDESK_BENCH_DB to a big demo database";
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto workspace = Workspace::open(path, &error);
    ASSERT_TRUE(workspace) << error.toStdString();
    const qint64 opened = timer.elapsed();
    auto session = Accounts(workspace->database()).login("supervisor", "demo", &error);
    ASSERT_TRUE(session) << error.toStdString();
    timer.restart();
    CaseListPage page(workspace->database(), *session, *workspace->workflow(), *workspace->questionnaire());
    page.resize(1400, 900);
    page.show();
    QTableView *table = page.table();
    paint(table);
    const qint64 firstRows = timer.elapsed();
    const int rows = table->model()->rowCount();

    auto measure = [&](const char *what, const std::function<void()> &change) {
        QElapsedTimer t;
        t.start();
        change();
        paint(table);
        std::printf("  %-44s %6lld ms  (%d rows)\n", what, static_cast<long long>(t.elapsed()),
                    table->model()->rowCount());
    };
    std::printf("Case list on %s\n  open database %lld ms; list to first rows painted %lld ms (%d rows)\n",
                qPrintable(path), static_cast<long long>(opened), static_cast<long long>(firstRows), rows);
    measure("filter: status completed", [&] { page.filters()->statusBox(InterviewStatus::Completed)->setChecked(true); });
    // Deep in a filtered list (migration 4's status indexes, read from the nearer end).
    measure("completed: jump to the end (Ctrl+End)", [&] {
        table->setFocus();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    });
    measure("completed: scroll bar dragged to the middle", [&] {
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    });
    measure("completed: back to the start (Ctrl+Home)", [&] { QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier); });
    measure("filter: + with warnings", [&] { page.filters()->warningsBox()->setChecked(true); });
    measure("filter: cleared", [&] { page.filters()->clear(); });
    // A flag alone, jumped into (migration 11's partial indexes).
    measure("filter: with errors", [&] { page.filters()->errorsBox()->setChecked(true); });
    measure("with errors: scroll bar dragged to the middle", [&] {
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    });
    measure("with errors: jump to the end (Ctrl+End)", [&] {
        table->setFocus();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    });
    measure("filter: with comments instead", [&] {
        page.filters()->errorsBox()->setChecked(false);
        page.filters()->commentsBox()->setChecked(true);
    });
    measure("with comments: scroll bar dragged to the middle", [&] {
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    });
    measure("filter: cleared", [&] { page.filters()->clear(); });
    measure("text search: Agadez", [&] {
        QTest::keyClicks(page.filters()->searchEdit(), "Agadez");
        QTest::keyClick(page.filters()->searchEdit(), Qt::Key_Return);
    });
    // The counts beside the filters follow from a worker thread (CaseCounter): how long until they are shown.
    measure("text search: Agadez, counts shown", [&] { QTRY_VERIFY_WITH_TIMEOUT(!page.model()->countsPending(), 20000); });
    measure("text search: jump to the end (Ctrl+End)", [&] {
        table->setFocus();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    });
    measure("text search: cleared", [&] { page.filters()->clear(); });
    measure("text search, two letters: ag", [&] {
        QTest::keyClicks(page.filters()->searchEdit(), "ag");
        QTest::keyClick(page.filters()->searchEdit(), Qt::Key_Return);
    });
    measure("text search: ag, counts shown", [&] { QTRY_VERIFY_WITH_TIMEOUT(!page.model()->countsPending(), 20000); });
    measure("text search: cleared", [&] { page.filters()->clear(); });
    measure("sort: enumerator ascending", [&] { table->sortByColumn(int(CaseColumn::Enumerator), Qt::AscendingOrder); });
    measure("sort: label ascending", [&] { table->sortByColumn(int(CaseColumn::Label), Qt::AscendingOrder); });
    measure("sort: errors descending", [&] { table->sortByColumn(int(CaseColumn::Errors), Qt::DescendingOrder); });
    measure("sort: date descending", [&] { table->sortByColumn(int(CaseColumn::Date), Qt::DescendingOrder); });
    measure("jump to the end (Ctrl+End)", [&] {
        table->setFocus();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    });
    // Scrolling: page by page from the end upwards, then from the start downwards.
    QElapsedTimer t;
    t.start();
    qint64 worst = 0;
    const int steps = 300;
    for (int i = 0; i < steps; ++i) {
        QElapsedTimer step;
        step.start();
        QTest::keyClick(table, Qt::Key_PageUp);
        paint(table);
        worst = std::max(worst, step.elapsed());
    }
    std::printf("  %d page-ups from the end: %.2f ms each on average, worst %lld ms\n", steps,
                double(t.elapsed()) / steps, static_cast<long long>(worst));
    measure("jump to the start (Ctrl+Home)", [&] { QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier); });
    measure("scroll bar dragged to the middle", [&] {
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    });
    std::printf("  memory: %s\n", qPrintable(memory()));
    SUCCEED();
}
