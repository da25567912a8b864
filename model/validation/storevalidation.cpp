#include "storevalidation.h"

#include "platform/boundedqueue.h"
#include "store/interviewstore.h"
#include "validator.h"

#include <QElapsedTimer>

#include <thread>

namespace flowdesk {


StoreValidationReport StoreValidation::run(const InterviewStore &store, const Questionnaire &questionnaire,
                                           int language, int keepProblems)
{
    QElapsedTimer timer;
    timer.start();
    StoreValidationReport report;
    BoundedQueue<std::vector<Interview>> queue(8);

    std::thread worker([&] {
        Validator validator(questionnaire, language);
        std::vector<ValidationIssue> issues;
        std::vector<Interview> batch;
        while (queue.pop(batch)) {
            for (Interview &interview : batch) {
                issues.clear();
                validator.validate(interview, issues);
                ++report.interviews;
                bool errors = false, warnings = false;
                for (ValidationIssue &issue : issues) {
                    ++report.byKind[issue.kind];
                    errors |= issue.severity == ValidationIssue::Severity::Error;
                    warnings |= issue.severity == ValidationIssue::Severity::Warning;
                    if (issue.severity != ValidationIssue::Severity::Notice &&
                        static_cast<int>(report.firstProblems.size()) < keepProblems)
                        report.firstProblems.push_back({interview.id, interview.uuid, std::move(issue)});
                }
                report.withErrors += errors ? 1 : 0;
                report.withWarnings += warnings ? 1 : 0;
            }
        }
    });

    constexpr size_t kBatch = 512;
    std::vector<Interview> batch;
    batch.reserve(kBatch);
    store.forEach([&](const Interview &interview) {
        batch.push_back(interview);
        if (batch.size() == kBatch) {
            queue.push(std::move(batch));
            batch = {};
            batch.reserve(kBatch);
        }
        return true;
    }, &report.readError);
    if (!batch.empty())
        queue.push(std::move(batch));
    queue.close();
    worker.join();
    report.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return report;
}

QString issueKindName(ValidationIssue::Kind kind)
{
    using Kind = ValidationIssue::Kind;
    switch (kind) {
    case Kind::Required: return QStringLiteral("required");
    case Kind::Type: return QStringLiteral("type");
    case Kind::NotInList: return QStringLiteral("not in list");
    case Kind::NotInFilter: return QStringLiteral("not in filtered list");
    case Kind::Constraint: return QStringLiteral("constraint");
    case Kind::Warning: return QStringLiteral("warning");
    case Kind::Irrelevant: return QStringLiteral("answer to a question that does not apply");
    case Kind::RepeatCount: return QStringLiteral("repeat count");
    case Kind::EvaluationError: return QStringLiteral("evaluation error");
    }
    return QString();
}

} // namespace flowdesk
