#pragma once

#include <QtGlobal>

#include <cstdint>

namespace flowdesk {

// A small deterministic generator (splitmix64): the same seed gives the same demo data on every platform,
// which the standard distributions do not promise.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n).
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<quint64>(n)); }
    // Uniform in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    // True with probability p.
    bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

private:
    quint64 m_state;
};

} // namespace flowdesk
