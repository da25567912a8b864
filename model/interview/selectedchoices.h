#pragma once

#include <QStringView>

namespace flowdesk {

// A select_multiple answer is its choice names separated by single spaces, as ODK stores it. Calls `visit`
// with each piece, including the empty pieces doubled spaces leave (selected('a  b', '') holds in JavaRosa
// and Enketo alike), until `visit` returns true. Returns whether it stopped early. Allocation-free.
template<typename Visit>
bool forEachSelected(QStringView answer, Visit visit)
{
    qsizetype start = 0;
    while (true) {
        const qsizetype space = answer.indexOf(u' ', start);
        const qsizetype end = space < 0 ? answer.size() : space;
        if (visit(answer.sliced(start, end - start)))
            return true;
        if (space < 0)
            return false;
        start = space + 1;
    }
}

} // namespace flowdesk
