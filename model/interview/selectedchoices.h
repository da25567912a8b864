#pragma once

#include <QStringView>

namespace flowdesk {

// A select_multiple answer is its choice names separated by single spaces, as ODK stores it. Calls `visit`
// with each piece, including the empty pieces doubled spaces leave (selected('a  b', '') holds in JavaRosa
// and Enketo alike), until `visit` returns true. Returns whether it stopped early. Allocation-free.
template<typename Visit>
bool forEachSelected(QStringView answer, Visit visit)
{
    // A plain loop: the pieces are a few characters long, too short for a library search to pay off.
    const QChar *const begin = answer.data();
    const qsizetype size = answer.size();
    qsizetype start = 0;
    while (true) {
        qsizetype end = start;
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
