#include "demodatabase.h"

#include "demogenerator.h"
#include "platform/boundedqueue.h"
#include "questionnaire/questionnaireloader.h"
#include "store/database.h"
#include "store/interviewstore.h"
#include "store/questionnairestore.h"

#include <QElapsedTimer>

#include <thread>

namespace flowdesk {

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
    BoundedQueue<std::vector<Interview>> queue(4);
    std::thread producer([&] {
        for (qint64 made = 0; made < interviews;) {
            std::vector<Interview> batch;
            const qint64 n = std::min(kBatch, interviews - made);
            batch.reserve(static_cast<size_t>(n));
            for (qint64 i = 0; i < n; ++i)
                batch.push_back(generator.next());
            made += n;
            if (!queue.push(std::move(batch)))
                break;
        }
        queue.close();
    });
    bool failed = false;
    std::vector<Interview> batch;
    while (queue.pop(batch)) {
        if (!store.insertMany(batch, error)) {
            failed = true;
            break;
        }
        done += static_cast<qint64>(batch.size());
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
