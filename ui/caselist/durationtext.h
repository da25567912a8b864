#pragma once

#include <QString>

namespace flowdesk {

// "42 min", "1 h 05", "" when unknown (negative): durations in the case list, the review header and the reports.
QString durationText(qint64 seconds);

} // namespace flowdesk
