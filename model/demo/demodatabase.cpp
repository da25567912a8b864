#include "demodatabase.h"

#include "demogenerator.h"
#include "questionnaire/questionnaireloader.h"
#include "store/database.h"
#include "store/interviewstore.h"
#include "store/questionnairestore.h"

#include <QElapsedTimer>

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
    std::vector<Interview> batch;
    batch.reserve(kBatch);
    qint64 done = 0;
    while (done < interviews) {
        batch.clear();
        const qint64 n = std::min(kBatch, interviews - done);
        for (qint64 i = 0; i < n; ++i)
            batch.push_back(generator.next());
        if (!store.insertMany(batch, error))
            return std::nullopt;
        done += n;
        if (progress && !progress(done))
            break;
    }
    return DemoDatabaseReport{*id, done, static_cast<double>(timer.nsecsElapsed()) / 1e9};
}

} // namespace flowdesk
