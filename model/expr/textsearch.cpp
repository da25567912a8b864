#include "textsearch.h"

#include <vector>

namespace flowdesk::expr {

namespace {

// Up to this length Qt's search is at worst this many times the haystack's length: fine, and it is faster.
constexpr qsizetype kShortNeedle = 32;

} // namespace

qsizetype findText(QStringView haystack, QStringView needle)
{
    if (needle.size() <= kShortNeedle || needle.size() > haystack.size())
        return haystack.indexOf(needle);
    // Knuth-Morris-Pratt: border[i] is the length of the longest proper border of needle[0..i].
    const qsizetype m = needle.size();
    std::vector<qsizetype> border(std::size_t(m), 0);
    for (qsizetype i = 1, k = 0; i < m; ++i) {
        while (k > 0 && needle[i] != needle[k])
            k = border[std::size_t(k - 1)];
        if (needle[i] == needle[k])
            ++k;
        border[std::size_t(i)] = k;
    }
    for (qsizetype i = 0, k = 0; i < haystack.size(); ++i) {
        while (k > 0 && haystack[i] != needle[k])
            k = border[std::size_t(k - 1)];
        if (haystack[i] == needle[k])
            ++k;
        if (k == m)
            return i - m + 1;
    }
    return -1;
}

} // namespace flowdesk::expr
