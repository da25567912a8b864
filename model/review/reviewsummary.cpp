#include "reviewsummary.h"

#include "store/database.h"

namespace flowdesk {

std::optional<CaseSummary> reviewSummary(Database &database, qint64 interviewId)
{
    return CaseSummaryStore(database.connectionName()).find(interviewId);
}

} // namespace flowdesk
