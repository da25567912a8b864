#pragma once

#include <QStringView>

#include <cstdint>
#include <cstring>

namespace flowdesk {

// A select_multiple answer is its choice names separated by single spaces, as ODK stores it. Calls `visit`
// with each piece, including the empty pieces doubled spaces leave (selected('a  b', '') holds in JavaRosa
// and Enketo alike), until `visit` returns true. Returns whether it stopped early. Allocation-free.
template<typename Visit>
bool forEachSelected(QStringView answer, Visit visit)
{
    // A plain loop: the pieces are a few characters long, too short for a library search to pay off.
    const char16_t *const begin = answer.utf16();
    const qsizetype size = answer.size();
    qsizetype start = 0;
    while (true) {
        qsizetype end = start;
        // Four units at a time while none of them is a space (a zero unit in the word xor spaces).
        constexpr std::uint64_t kSpaces = 0x0020002000200020ull;
        constexpr std::uint64_t kLow = 0x0001000100010001ull;
        constexpr std::uint64_t kHigh = 0x8000800080008000ull;
        while (end + 4 <= size) {
            std::uint64_t word;
            std::memcpy(&word, begin + end, sizeof word);
            const std::uint64_t x = word ^ kSpaces;
            if (((x - kLow) & ~x & kHigh) != 0)
                break;
            end += 4;
        }
        while (end < size && begin[end] != u' ')
            ++end;
        if (visit(answer.sliced(start, end - start)))
            return true;
        if (end == size)
            return false;
        start = end + 1;
    }
}

} // namespace flowdesk
