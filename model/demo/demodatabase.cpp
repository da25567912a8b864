#include "demodatabase.h"

#include "demogenerator.h"
#include "demoreview.h"
#include "platform/boundedqueue.h"
#include "questionnaire/questionnaireloader.h"
#include "store/database.h"
#include "store/interviewstore.h"
#include "store/questionnairestore.h"
#include "workflow/casesummarybuilder.h"

#include <QElapsedTimer>

#include <thread>

namespace flowdesk {

namespace {

struct Batch
{
    std::vector<Interview> interviews;
    std::vector<CaseSummaryFacts> facts;
};

// Interview lengths vary (the generator gives every interview 18 minutes), a few are suspiciously short, so the
// case list's durations and the short-interview flag have something to show.
void varyDuration(Interview &interview, int startItem, int endItem, DemoRandom &random)
{
    if (startItem < 0 || endItem < 0)
        return;
    const QDateTime start = QDateTime::fromString(interview.answers.value(startItem), Qt::ISODateWithMs);
    if (!start.isValid())
        return;
    const int minutes = random.chance(0.03) ? random.between(2, 4) : random.between(9, 40);
    interview.answers.setValue(endItem, start.addSecs(60 * minutes + random.below(60)).toString(Qt::ISODateWithMs));
}

int metadataItem(const Questionnaire &q, QStringView kind)
{
    for (const Item &item : q.items) {
        if (item.repeat < 0 && item.metadataKind == kind)
            return item.id;
    }
    return -1;
}

} // namespace

std::optional<DemoDatabaseReport> DemoDatabase::fill(const QString &path, qint64 interviews, quint64 seed,
                                                     QString *error, const std::function<bool(qint64)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    const LoadedForm form = QuestionnaireLoader::load(QuestionnaireLoader::bundledPath());
    if (!form.ok()) {
        if (error)
            *error = QStringLiteral("the bundled questionnaire does not load: %1")
                         .arg(form.diagnostics.items.empty() ? QString() : form.diagnostics.items.front().toString());
        return std::nullopt;
    }
    std::unique_ptr<Database> db = Database::open(path, error);
    if (!db)
        return std::nullopt;
    QuestionnaireStore questionnaires(*db);
    const std::optional<qint64> id = questionnaires.add(form.workbook, *form.questionnaire, error);
    if (!id)
        return std::nullopt;

    if (!DemoReview::createAccounts(*db, error))
        return std::nullopt;
    DemoReview review(*db, seed);
    if (!review.prepare(error))
        return std::nullopt;

    InterviewStore store(*db, *id, *form.questionnaire);
    DemoGenerator generator(*form.questionnaire, seed);
    generator.setQuestionnaireId(*id);
    constexpr qint64 kBatch = 2000; // one transaction each: large enough to amortise the commit
    qint64 done = 0;
    // Large loads skip row-by-row upkeep of the per-question index and rebuild it once at the end.
    const bool bulk = interviews >= 20000;
    if (bulk && !store.beginBulkLoad(error))
        return std::nullopt;
    // Generating and storing each keep a core busy: a second thread makes the batches the SQL thread writes.
    BoundedQueue<Batch> queue(4);
    std::thread producer([&] {
        // The validator runs here, beside generation, so the SQL thread only writes.
        CaseSummaryBuilder builder(*form.questionnaire, CaseListSpec::read(form.workbook, *form.questionnaire));
        DemoRandom durations(seed ^ 0xd0d0ULL);
        const int startItem = metadataItem(*form.questionnaire, u"start");
        const int endItem = metadataItem(*form.questionnaire, u"end");
        for (qint64 made = 0; made < interviews;) {
            Batch batch;
            const qint64 n = std::min(kBatch, interviews - made);
            batch.interviews.reserve(static_cast<size_t>(n));
            batch.facts.reserve(static_cast<size_t>(n));
            for (qint64 i = 0; i < n; ++i) {
                Interview interview = generator.next();
                interview.enumerator = DemoReview::loginFor(interview.enumerator);
                varyDuration(interview, startItem, endItem, durations);
                batch.facts.push_back(builder.facts(interview));
                batch.interviews.push_back(std::move(interview));
            }
            made += n;
            if (!queue.push(std::move(batch)))
                break;
        }
        queue.close();
    });
    bool failed = false;
    Batch batch;
    while (queue.pop(batch)) {
        if (!store.insertMany(batch.interviews, error) || !review.record(batch.interviews, batch.facts, error)) {
            failed = true;
            break;
        }
        done += static_cast<qint64>(batch.interviews.size());
        if (progress && !progress(done))
            break;
    }
    queue.close(); // lets the producer finish if we stopped early
    producer.join();
    if (failed)
        return std::nullopt;
    if (bulk && !store.endBulkLoad(error))
        return std::nullopt;
    return DemoDatabaseReport{*id, done, static_cast<double>(timer.nsecsElapsed()) / 1e9};
}

} // namespace flowdesk
