#include "exprbenchmark.h"

#include <QElapsedTimer>

#include <algorithm>

namespace flowdesk::expr {

namespace {

struct Spec
{
    const char *text;
    const char *current;
    bool asString;
};

// Relevance and constraint expressions as XLSForms write them; `current` names the field '.' is.
const Spec kMix[] = {
    {"${age} >= 18 and ${sex} = 'female'", nullptr, false},
    {". >= 0 and . <= 110", "age", false},
    {"selected(${reasons}, 'other')", nullptr, false},
    {"count-selected(.) <= 3", "reasons", false},
    {"${group_size} > 1", nullptr, false},
    {"not(selected(., 'none') and count-selected(.) > 1)", "reasons", false},
    {"if(${age} < 18, 'child', 'adult')", nullptr, true},
    {"${date_left} <= today()", nullptr, false},
    {"regex(., '^[0-9]{7,15}$')", "phone", false},
};

} // namespace

BenchmarkWorkload::BenchmarkWorkload()
{
    m_context.addField(QStringLiteral("age"), QStringLiteral("34"));
    m_context.addField(QStringLiteral("sex"), QStringLiteral("female"));
    m_context.addField(QStringLiteral("reasons"), QStringLiteral("conflict drought other"));
    m_context.addField(QStringLiteral("group_size"), QStringLiteral("4"));
    m_context.addField(QStringLiteral("date_left"), QStringLiteral("2024-02-29"));
    m_context.addField(QStringLiteral("phone"), QStringLiteral("0772123456"));
    // A fixed clock: a form's context reads it once per evaluation too.
    m_context.setNow(QDateTime(QDate(2024, 6, 1), QTime(10, 30)));

    for (const Spec &spec : kMix) {
        std::vector<ParseError> errors;
        const Expression expression = Expression::parse(QString::fromLatin1(spec.text), m_context.resolver(), &errors);
        Q_ASSERT(errors.empty());
        const int current = spec.current ? m_context.fieldId(QString::fromLatin1(spec.current)) : -1;
        m_items.push_back(Item{expression, current, spec.asString});
    }
}

int BenchmarkWorkload::runOnce()
{
    for (const Item &item : m_items) {
        m_context.setCurrentField(item.current);
        if (item.asString)
            m_checksum += item.expression.evaluateString(m_context).size();
        else
            m_checksum += item.expression.evaluateBoolean(m_context) ? 1 : 0;
    }
    return int(m_items.size());
}

double benchmarkEvaluations(int iterations)
{
    BenchmarkWorkload workload;
    for (int i = 0; i < std::min(iterations, 1000); ++i) // warm caches and the regex JIT
        workload.runOnce();
    QElapsedTimer timer;
    timer.start();
    qint64 evaluations = 0;
    for (int i = 0; i < iterations; ++i)
        evaluations += workload.runOnce();
    const qint64 nanoseconds = std::max<qint64>(timer.nsecsElapsed(), 1);
    return double(evaluations) * 1e9 / double(nanoseconds);
}

} // namespace flowdesk::expr
