#pragma once

#include "store/casesummarystore.h"

#include <optional>

namespace flowdesk {

class Database;

// The case-list row of one interview (label, duration) for the review screen's header. No permission check of
// its own: call it for an interview InterviewWorkflow::open just let the session see.
std::optional<CaseSummary> reviewSummary(Database &database, qint64 interviewId);

} // namespace flowdesk
