#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace flowdesk {

struct DemoDatabaseReport
{
    qint64 questionnaireId = 0;
    qint64 interviews = 0;
    double seconds = 0;
};

// Fills a database with the bundled questionnaire and generated interviews (the demo the app opens on first
// start, and the data the benchmarks run on). Adds to what the database holds; deterministic for a seed.
class DemoDatabase
{
public:
    // `progress(done)` is called after each batch; return false to stop early.
    static std::optional<DemoDatabaseReport> fill(const QString &path, qint64 interviews, quint64 seed, QString *error,
                                                  const std::function<bool(qint64)> &progress = {});
};

} // namespace flowdesk
