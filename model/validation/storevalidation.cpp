#include "storevalidation.h"

#include "store/interviewstore.h"
#include "validator.h"

#include <QElapsedTimer>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace flowdesk {

namespace {

// Batches handed from the reading thread to the validating one; bounded so memory stays flat.
class BatchQueue
{
public:
    void push(std::vector<Interview> batch)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_batches.size() < kMaxBatches; });
        m_batches.push_back(std::move(batch));
        m_ready.notify_one();
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_ready.notify_one();
    }
    bool pop(std::vector<Interview> &batch)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_space.notify_one();
        return true;
    }

private:
    static constexpr size_t kMaxBatches = 8;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<std::vector<Interview>> m_batches;
    bool m_closed = false;
};

} // namespace

StoreValidationReport StoreValidation::run(const InterviewStore &store, const Questionnaire &questionnaire,
                                           int language, int keepProblems)
{
    QElapsedTimer timer;
    timer.start();
    StoreValidationReport report;
    BatchQueue queue;

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
    });
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
