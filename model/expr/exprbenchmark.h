#pragma once

#include "expression.h"
#include "fieldtable.h"

#include <vector>

namespace flowdesk::expr {

// The mix of typical relevance and constraint expressions the engine is tuned for, parsed once over a
// small household form, evaluated against fixed answers. Shared by `flowdesk-cli bench` and the Google
// Benchmark in tests/bench so both measure the same thing. Not thread-safe (one workload per thread).
class BenchmarkWorkload
{
public:
    BenchmarkWorkload();

    // Evaluates every expression of the mix once; returns the number of evaluations.
    int runOnce();
    int size() const { return int(m_items.size()); }
    // Folded results, so the compiler cannot drop the work.
    qint64 checksum() const { return m_checksum; }

private:
    struct Item
    {
        Expression expression;
        int current = -1;
        bool asString = false;
    };

    FieldTable m_context;
    std::vector<Item> m_items;
    qint64 m_checksum = 0;
};

// Evaluations per second on the calling thread over `iterations` rounds of the mix (one round is
// BenchmarkWorkload::size() evaluations).
double benchmarkEvaluations(int iterations);

} // namespace flowdesk::expr
