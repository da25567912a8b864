// Data entry speed, model side (the session a form drives; widgets are not linked here):
//   EntryAnswerChange      generated 300-question form with 200 expressions: one answer changed -> relevance,
//                          calculations, checks and the form's rows all up to date (p50/p99 counters, ms)
//   EntryOpen              loading a stored interview of that form and opening its session
//   EntryKeyBundled        keying a whole bundled interview by script: per field, with durable saves to a file
//                          (synchronous = FULL) and with the saving left out (the app's own time)
//   EntryDiskSync          the disk's own floor under a durable commit: a WAL-sized append and fdatasync(), no SQLite
//
//   flowdesk_benchmarks --benchmark_filter=Entry
#include "../model/entry_fixture.h"

#include "entry/entrysession.h"
#include "entry/entrystorage.h"
#include "paradata/paradatarecorder.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>

#include <unistd.h>

namespace flowdesk {
namespace {

class NoStorage : public EntryStorage
{
public:
    bool saveAnswers(Interview &, const AnswerChange &, QString *) override { return true; }
    bool saveNote(Interview &, const AnswerNote &, QString *) override { return true; }
    bool complete(Interview &, QString *) override { return true; }
};

// 300 questions in 10 groups of 30 with about 200 expressions (relevances, constraints, calculations, choice
// filters; the `expressions` counter says how many), and ${q0} in every label. Written as CSV sheets and read by the real loader.
QString writeGeneratedForm(const QString &folder)
{
    QFile survey(folder + QStringLiteral("/survey.csv"));
    if (!survey.open(QIODevice::WriteOnly))
        return {};
    QTextStream out(&survey);
    out << "type,name,label,relevant,constraint,calculation,choice_filter\n";
    int expressions = 0;
    for (int g = 0; g < 10; ++g) {
        out << "begin_group,g" << g << ",Group " << g << ",,,,\n";
        for (int k = 0; k < 30; ++k) {
            const int n = g * 30 + k;
            QString relevant, constraint, calculation, filter;
            QString type = k % 3 == 0 ? QStringLiteral("select_one yn") : QStringLiteral("integer");
            if (n % 15 == 1 && n > 1) {
                type = QStringLiteral("calculate");
                calculation = QStringLiteral("${q%1} + ${q%2}").arg(n - 1).arg(n - 2 >= 0 ? n - 2 : 0);
            } else if (n % 15 == 4) {
                type = QStringLiteral("select_one cell");
                filter = QStringLiteral("grp = ${q%1}").arg(n - 1);
            }
            if (n % 15 == 7 || n % 15 == 2)
                type = QStringLiteral("integer");
            if (n > 0 && ((n % 2 == 0 && type == u"integer") || (n % 4 == 3 && type == u"select_one yn")))
                relevant = QStringLiteral("${q0} != 7 and ${q%1} != 99").arg(n - 1);
            if (type == u"integer" && (n % 5 == 3 || n % 5 == 1))
                constraint = QStringLiteral(". >= 0 and . <= 100");
            expressions += !relevant.isEmpty() + !constraint.isEmpty() + !calculation.isEmpty() + !filter.isEmpty();
            out << type << ",q" << n << ",Question " << n << " (${q0})," << relevant << "," << constraint << ","
                << calculation << "," << filter << "\n";
        }
        out << "end_group,,,,,,\n";
    }
    QFile choices(folder + QStringLiteral("/choices.csv"));
    if (!choices.open(QIODevice::WriteOnly))
        return {};
    QTextStream c(&choices);
    c << "list_name,name,label,grp\nyn,1,yes,\nyn,2,no,\n";
    for (int k = 0; k < 12; ++k)
        c << "cell,c" << k << ",Cell " << k << "," << (k % 2 + 1) << "\n";
    return QString::number(expressions);
}

struct GeneratedForm
{
    QTemporaryDir dir;
    LoadedForm form;
    QString expressions;
    GeneratedForm()
    {
        expressions = writeGeneratedForm(dir.path());
        form = QuestionnaireLoader::load(dir.path());
    }
};

void reportPercentiles(benchmark::State &state, std::vector<double> &times)
{
    std::sort(times.begin(), times.end());
    if (times.empty())
        return;
    state.counters["p50_ms"] = times[times.size() / 2];
    state.counters["p99_ms"] = times[std::min(times.size() - 1, times.size() * 99 / 100)];
}

void EntryAnswerChange(benchmark::State &state)
{
    GeneratedForm generated;
    if (!generated.form.ok()) {
        state.SkipWithError("the generated form does not load");
        return;
    }
    const Questionnaire &q = *generated.form.questionnaire;
    NoStorage storage;
    EntrySession session(q, EntrySession::newInterview(q, 1, QStringLiteral("bench")), storage);
    for (int n = 1; n < 300; ++n) {
        const int item = q.itemByName(QStringLiteral("q%1").arg(n));
        if (item >= 0 && q.item(item).type == QuestionType::Integer)
            session.setAnswer(FieldRef{item, {}}, QString::number(n % 50));
    }
    const FieldRef first{q.itemByName(u"q0"), {}};
    std::vector<double> times;
    int k = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        // q0 feeds every label and most relevances: the widest change there is.
        session.setAnswer(first, (k++ % 2) ? QStringLiteral("1") : QStringLiteral("2"));
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    state.counters["fields"] = double(session.fields().size());
    state.counters["expressions"] = generated.expressions.toDouble();
    reportPercentiles(state, times);
}
BENCHMARK(EntryAnswerChange)->Unit(benchmark::kMicrosecond);

void EntryOpen(benchmark::State &state)
{
    testing::EntryFixture f;
    QString error;
    if (!f.setUp(&error)) {
        state.SkipWithError(error.toStdString().c_str());
        return;
    }
    EntrySession keyed(f.q(), EntrySession::newInterview(f.q(), f.questionnaireId, "bench"), f.db->storage());
    for (const auto &[name, value] : std::vector<std::pair<const char *, QString>>{
             {"enumerator_id", "E7"}, {"survey_country", "NER"}, {"interviewed_before", "no"}, {"consent", "yes"},
             {"travelling_with", "family"}, {"group_size", "4"}, {"transit_countries", "MLI NGA"}})
        keyed.setAnswer(f.ref(name), value);
    const qint64 id = keyed.interview().id;
    for (auto _ : state) {
        auto interview = f.db->load(id);
        EntrySession session(f.q(), std::move(*interview), f.db->storage());
        benchmark::DoNotOptimize(session.resumeField());
    }
}
BENCHMARK(EntryOpen)->Unit(benchmark::kMillisecond);

void EntryKeyBundled(benchmark::State &state)
{
    // 0: no storage (the form's own work); 1: through the workflow's door, quiet (synchronous = NORMAL);
    // 2: through the door, durable (synchronous = FULL, as entry runs). Paradata recorded and written with each.
    const int storage = int(state.range(0));
    testing::EntryFixture f;
    QString error;
    if (!f.setUp(&error)) {
        state.SkipWithError(error.toStdString().c_str());
        return;
    }
    const std::vector<std::tuple<const char *, std::vector<int>, QString>> script = {
        {"enumerator_id", {}, "E7"}, {"survey_date", {}, QDate::currentDate().toString(Qt::ISODate)},
        {"survey_country", {}, "NER"}, {"fmp", {}, "NER_arlit"}, {"flow_direction", {}, "outgoing"},
        {"interviewed_before", {}, "no"}, {"consent", {}, "yes"}, {"sex", {}, "female"}, {"age", {}, "30"},
        {"nationality", {}, "NER"}, {"origin_country", {}, "NER"}, {"origin_admin1", {}, "NER_agadez"},
        {"reasons", {}, "economic conflict"}, {"main_reason", {}, "economic"}, {"transit_countries", {}, "MLI NGA"},
        {"transit_months", {1}, "3"}, {"transit_months", {2}, "5"}, {"travelling_with", {}, "family"},
        {"group_size", {}, "3"}, {"member_sex", {1}, "male"}, {"member_age", {1}, "5"}, {"member_sex", {2}, "female"},
        {"member_age", {2}, "7"}, {"top_needs", {}, "food water"}, {"intention", {}, "continue"},
    };
    NoStorage none;
    if (storage == 1 && !f.db->database().setDurableWrites(false, &error)) {
        state.SkipWithError(error.toStdString().c_str());
        return;
    }
    ParadataRecorder recorder;
    f.db->storage().setRecorder(&recorder);
    EntryStorage &target = storage == 0 ? static_cast<EntryStorage &>(none) : f.db->storage();
    qint64 fields = 0;
    for (auto _ : state) {
        EntrySession session(f.q(), EntrySession::newInterview(f.q(), f.questionnaireId, "bench"), target);
        for (const auto &[name, instance, value] : script) {
            const FieldRef ref = f.ref(name, instance);
            recorder.visit(f.q().path(ref.item), QString(), ref.instanceText(), ref.key());
            recorder.keystroke(false);
            if (!session.setAnswer(ref, value).ok)
                state.SkipWithError(name);
            ++fields;
        }
    }
    state.counters["per_field_ms"] =
        benchmark::Counter(double(fields) / 1e3, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(EntryKeyBundled)->Arg(0)->Arg(1)->Arg(2)->ArgName("storage")->Unit(benchmark::kMillisecond);

// A durable commit in WAL mode appends the changed pages (a frame header and 8 KiB each) to the log and syncs it. What
// that sync alone costs on this disk, so the entry figures can be read net of it: the difference between storage=2
// (FULL) and storage=1 (NORMAL, no sync at commit in WAL mode) should be about this much per field.
void EntryDiskSync(benchmark::State &state)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("sync")));
    if (!file.open(QIODevice::WriteOnly)) {
        state.SkipWithError("cannot write in the temporary folder");
        return;
    }
    const QByteArray frame(8192 + 24, 'x');
    for (auto _ : state) {
        file.write(frame);
        file.flush();
        ::fdatasync(file.handle());
    }
}
BENCHMARK(EntryDiskSync)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace flowdesk
