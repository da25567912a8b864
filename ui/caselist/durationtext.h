#pragma once

#include <QString>

namespace flowdesk {

// "42 min", "1 h 05", "" when unknown (negative): durations in the case list, the review header and the reports.
// Isolated (common/isolated.h) so that it reads as one run in a right-to-left cell or sentence: "36 min" stays
// "36 min", not "min 36".
QString durationText(qint64 seconds);

} // namespace flowdesk
