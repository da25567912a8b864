// Store throughput: the demo generator's bulk insert, streaming every interview (exports), and per-question
// counts (charts), on a synthetic 80-item questionnaire with ~60 answers per interview.
//
//   flowdesk_benchmarks --benchmark_filter=Store          quick runs (a few thousand interviews)
//   flowdesk_benchmarks --benchmark_filter=StoreFigures   the 200,000-interview figures in DESIGN.md
//   FLOWDESK_BENCH_INTERVIEWS=1000000 ... StoreFigures    other sizes

#include "interview/interview.h"
#include "questionnaire/questionnaire.h"
#include "store/database.h"
#include "store/interviewstore.h"
#include "store/questionnairestore.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <random>

namespace flowdesk {
namespace {

// Layout of the synthetic questionnaire: 80 items.
constexpr int kItemCount = 80;
constexpr int kRepeatItem = 70;                // begin_repeat "members", inside group 69
constexpr int kMemberFields[3] = {71, 72, 73}; // name (text), age (integer), sex (select_one)
constexpr int kSexItem = 3;                    // a top-level select_one: the valueCounts figure
constexpr int kLanguagesItem = 4;              // a top-level select_multiple

QuestionType typeOf(int id)
{
    if (id == 0 || id == 40)
        return QuestionType::Note;
    if (id == 20 || id == 50 || id == 69)
        return QuestionType::Group;
    if (id == kRepeatItem)
        return QuestionType::Repeat;
    if (id == 71)
        return QuestionType::Text;
    if (id == 72)
        return QuestionType::Integer;
    if (id == 73 || id == kSexItem)
        return QuestionType::SelectOne;
    if (id == kLanguagesItem)
        return QuestionType::SelectMultiple;
    switch (id % 6) {
    case 0:
        return QuestionType::Integer;
    case 1:
        return QuestionType::SelectOne;
    case 2:
        return QuestionType::Text;
    case 3:
        return QuestionType::SelectOne;
    case 4:
        return QuestionType::Date;
    default:
        return QuestionType::SelectMultiple;
    }
}

Questionnaire syntheticQuestionnaire()
{
    Questionnaire q;
    q.formId = QStringLiteral("fms_bench");
    q.version = QStringLiteral("1");
    q.title = QStringLiteral("Synthetic flow monitoring survey");
    for (int id = 0; id < kItemCount; ++id) {
        Item item;
        item.id = id;
        item.type = typeOf(id);
        item.name = QStringLiteral("q%1").arg(id);
        // Items after a group belong to it until the next group; the repeat's three fields to the repeat.
        int parent = -1;
        for (int g : {20, 50, 69})
            parent = id > g ? g : parent;
        if (id > kRepeatItem && id <= kMemberFields[2])
            parent = kRepeatItem;
        if (id > kMemberFields[2])
            parent = -1;
        item.parent = parent;
        item.repeat = parent == kRepeatItem ? kRepeatItem : -1;
        if (parent >= 0)
            q.items[size_t(parent)].children.push_back(id);
        else
            q.topLevel.push_back(id);
        q.items.push_back(item);
    }
    q.indexNames();
    return q;
}

// Deterministic answers shaped like field data: short choice names, small integers, dates, a few free texts.
class Generator
{
public:
    explicit Generator(const Questionnaire &questionnaire) : m_questionnaire(questionnaire)
    {
        for (int i = 0; i < 300; ++i)
            m_names << QStringLiteral("name%1").arg(i * 7919 % 1000);
        for (int i = 0; i < 8; ++i)
            m_choices << QStringLiteral("choice_%1").arg(i);
    }

    Interview next()
    {
        Interview interview;
        interview.status = InterviewStatus(pick(5));
        interview.enumerator = m_names[qsizetype(pick(40))];
        interview.office = QStringLiteral("office_%1").arg(pick(6));
        interview.created =
            QDateTime::fromMSecsSinceEpoch(1'700'000'000'000LL + qint64(pick(1'000'000)) * 60'000, Qt::UTC);
        interview.modified = interview.created.addSecs(pick(86'400));
        AnswerScope &top = interview.answers;
        top.cover(0, kItemCount);
        for (int id = 0; id < kItemCount; ++id) {
            const Item &item = m_questionnaire.item(id);
            if (item.parent == kRepeatItem || !isAnswer(item.type) || pick(100) < 22)
                continue; // skipped by relevance
            top.at(id) = value(item.type);
        }
        // 0-4 members, two on average.
        RepeatAnswers &members = top.repeat(kRepeatItem);
        members.instances.resize(size_t(pick(5)));
        for (AnswerScope &member : members.instances) {
            member.setValue(kMemberFields[0], m_names[qsizetype(pick(300))]);
            member.setValue(kMemberFields[1], QString::number(pick(90)));
            member.setValue(kMemberFields[2],
                             pick(2) ? QStringLiteral("female") : QStringLiteral("male"));
        }
        return interview;
    }

private:
    static bool isAnswer(QuestionType type)
    {
        return type != QuestionType::Note && type != QuestionType::Group && type != QuestionType::Repeat;
    }
    int pick(int n) { return int(m_random() % unsigned(n)); }

    QString value(QuestionType type)
    {
        switch (type) {
        case QuestionType::Integer:
            return QString::number(pick(100));
        case QuestionType::SelectOne:
            return m_choices[qsizetype(pick(5))];
        case QuestionType::Date:
            return QDate(2023, 1, 1).addDays(pick(700)).toString(Qt::ISODate);
        case QuestionType::SelectMultiple: {
            QStringList chosen;
            for (const QString &choice : m_choices)
                if (pick(4) == 0)
                    chosen << choice;
            return chosen.isEmpty() ? m_choices[0] : chosen.join(u' ');
        }
        default:
            return m_names[qsizetype(pick(300))] + u' ' + m_names[qsizetype(pick(300))];
        }
    }

    const Questionnaire &m_questionnaire;
    std::mt19937 m_random{20240601};
    QStringList m_names;
    QStringList m_choices;
};

// FLOWDESK_BENCH_KEEP=1 keeps the database for inspection with the sqlite3 shell.
QTemporaryDir keptDir()
{
    QTemporaryDir dir(QStringLiteral("/tmp/flowdesk-bench-XXXXXX"));
    dir.setAutoRemove(!qEnvironmentVariableIsSet("FLOWDESK_BENCH_KEEP"));
    return dir;
}

struct BenchDatabase
{
    QTemporaryDir dir = keptDir();
    QString path = dir.filePath(QStringLiteral("bench.db"));
    Questionnaire questionnaire = syntheticQuestionnaire();
    std::unique_ptr<Database> db;
    qint64 questionnaireId = 0;

    bool open(benchmark::State &state)
    {
        QString error;
        db = Database::open(path, &error);
        if (db) {
            Workbook workbook;
            workbook.sourceName = QStringLiteral("bench.xlsx");
            workbook.sources.emplace(QStringLiteral("bench.xlsx"), QByteArray("synthetic"));
            questionnaireId = QuestionnaireStore(*db).add(workbook, questionnaire, &error).value_or(0);
        }
        if (!db || questionnaireId == 0)
            state.SkipWithError(qPrintable(error));
        return db && questionnaireId;
    }

    // Generates and inserts `count` interviews in batches; returns the seconds spent inside insertMany.
    double fill(benchmark::State &state, qint64 count, qint64 *answers = nullptr)
    {
        InterviewStore store(*db, questionnaireId, questionnaire);
        Generator generator(questionnaire);
        QElapsedTimer timer;
        double seconds = 0;
        constexpr qint64 kBatch = 2000;
        for (qint64 done = 0; done < count; done += kBatch) {
            std::vector<Interview> batch;
            batch.reserve(size_t(kBatch));
            for (qint64 i = done; i < std::min(count, done + kBatch); ++i)
                batch.push_back(generator.next());
            if (answers)
                for (const Interview &interview : batch)
                    *answers += countAnswers(interview.answers);
            QString error;
            timer.start();
            const bool ok = store.insertMany(batch, &error);
            seconds += double(timer.nsecsElapsed()) / 1e9;
            if (!ok) {
                state.SkipWithError(qPrintable(error));
                break;
            }
        }
        return seconds;
    }

    static qint64 countAnswers(const AnswerScope &scope)
    {
        qint64 n = 0;
        scope.forEachSlot([&n](int, const QString &value) { n += value.isEmpty() ? 0 : 1; });
        for (const RepeatAnswers &repeat : scope.repeats)
            for (const AnswerScope &instance : repeat.instances)
                n += countAnswers(instance);
        return n;
    }

    qint64 fileBytes() const
    {
        return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    }
};

// Bulk insert throughput into a growing file database (the demo generator's path).
void BM_StoreInsertMany(benchmark::State &state)
{
    BenchDatabase bench;
    if (!bench.open(state))
        return;
    qint64 stored = 0;
    double seconds = 0;
    for (auto _ : state) {
        seconds += bench.fill(state, state.range(0));
        stored += state.range(0);
    }
    state.counters["interviews/s"] = double(stored) / seconds;
    state.counters["bytes/interview"] = double(bench.fileBytes()) / double(stored);
}
BENCHMARK(BM_StoreInsertMany)->Arg(10'000)->Unit(benchmark::kMillisecond)->Iterations(3);

// Streaming every interview with its answers (what exports do).
void BM_StoreForEach(benchmark::State &state)
{
    BenchDatabase bench;
    if (!bench.open(state))
        return;
    bench.fill(state, state.range(0));
    InterviewStore store(*bench.db, bench.questionnaireId, bench.questionnaire);
    qint64 visited = 0;
    for (auto _ : state) {
        visited += store.forEach([](const Interview &interview) {
            benchmark::DoNotOptimize(interview.answers.firstItem());
            return true;
        });
    }
    state.counters["interviews/s"] = benchmark::Counter(double(visited), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_StoreForEach)->Arg(10'000)->Unit(benchmark::kMillisecond);

void BM_StoreValueCounts(benchmark::State &state)
{
    BenchDatabase bench;
    if (!bench.open(state))
        return;
    bench.fill(state, state.range(0));
    InterviewStore store(*bench.db, bench.questionnaireId, bench.questionnaire);
    for (auto _ : state)
        benchmark::DoNotOptimize(store.valueCounts(kSexItem));
}
BENCHMARK(BM_StoreValueCounts)->Arg(10'000)->Unit(benchmark::kMillisecond);

// The figures DESIGN.md quotes: one pass over a large file database, each phase timed on its own.
// Argument 1: inside beginBulkLoad()/endBulkLoad() (the demo generator); 0: the value index kept up to date.
void BM_StoreFigures(benchmark::State &state)
{
    const bool bulk = state.range(0) != 0;
    const qint64 count = qEnvironmentVariableIsSet("FLOWDESK_BENCH_INTERVIEWS")
                             ? qEnvironmentVariableIntValue("FLOWDESK_BENCH_INTERVIEWS")
                             : 200'000;
    for (auto _ : state) {
        BenchDatabase bench;
        if (!bench.open(state))
            return;
        QElapsedTimer total;
        total.start();
        qint64 answers = 0;
        QString error;
        InterviewStore bulkStore(*bench.db, bench.questionnaireId, bench.questionnaire);
        if (bulk && !bulkStore.beginBulkLoad(&error))
            state.SkipWithError(qPrintable(error));
        double insertSeconds = bench.fill(state, count, &answers);
        QElapsedTimer indexTimer;
        indexTimer.start();
        if (bulk && !bulkStore.endBulkLoad(&error))
            state.SkipWithError(qPrintable(error));
        const double indexSeconds = double(indexTimer.nsecsElapsed()) / 1e9;
        insertSeconds += indexSeconds;
        const double generateAndInsert = double(total.nsecsElapsed()) / 1e9;
        state.counters["index_rebuild_s"] = indexSeconds;
        bench.db.reset(); // checkpoints the WAL into the file
        state.counters["interviews"] = double(count);
        state.counters["answers/interview"] = double(answers) / double(count);
        state.counters["insert_s"] = insertSeconds;
        state.counters["generate+insert_s"] = generateAndInsert;
        state.counters["insert_interviews/s"] = double(count) / insertSeconds;
        state.counters["insert_rows/s"] = double(answers) / insertSeconds;
        state.counters["bytes/interview"] = double(bench.fileBytes()) / double(count);

        bench.db = Database::open(bench.path, &error);
        InterviewStore store(*bench.db, bench.questionnaireId, bench.questionnaire);
        QElapsedTimer timer;
        timer.start();
        qint64 seen = 0;
        store.forEach([&](const Interview &interview) {
            seen += interview.answers.endItem() > interview.answers.firstItem() ? 1 : 0;
            return true;
        });
        const double forEachSeconds = double(timer.nsecsElapsed()) / 1e9;
        state.counters["forEach_interviews/s"] = double(count) / forEachSeconds;
        timer.start();
        benchmark::DoNotOptimize(store.valueCounts(kSexItem));
        state.counters["valueCounts_select_one_ms"] = double(timer.nsecsElapsed()) / 1e6;
        timer.start();
        benchmark::DoNotOptimize(store.valueCounts(kLanguagesItem));
        state.counters["valueCounts_select_multiple_ms"] = double(timer.nsecsElapsed()) / 1e6;
        timer.start();
        benchmark::DoNotOptimize(store.valueCounts(kMemberFields[2]));
        state.counters["valueCounts_repeated_ms"] = double(timer.nsecsElapsed()) / 1e6;
        timer.start();
        benchmark::DoNotOptimize(store.count());
        state.counters["count_ms"] = double(timer.nsecsElapsed()) / 1e6;
        timer.start();
        benchmark::DoNotOptimize(store.countByStatus());
        state.counters["countByStatus_ms"] = double(timer.nsecsElapsed()) / 1e6;
        timer.start();
        const auto page = store.summaries(count / 2, 100);
        state.counters["summaries100_ms"] = double(timer.nsecsElapsed()) / 1e6;
        timer.start();
        for (qint64 id = 1; id <= count; id += count / 100)
            benchmark::DoNotOptimize(store.load(id));
        state.counters["load_ms"] = double(timer.nsecsElapsed()) / 1e6 / 100;
        benchmark::DoNotOptimize(page.size());
    }
}
BENCHMARK(BM_StoreFigures)->Arg(1)->Arg(0)->Unit(benchmark::kSecond)->Iterations(1);

} // namespace
} // namespace flowdesk
