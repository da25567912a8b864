#include "reviewparadata.h"

#include "store/casesummarystore.h"

namespace flowdesk {

ReviewParadata reviewParadata(Database &database, const CaseSummary *summary)
{
    Q_UNUSED(database); // the paradata tables (schema 5) are read through it
    ReviewParadata paradata;
    if (summary)
        paradata.durationSeconds = summary->durationSeconds;
    return paradata;
}

} // namespace flowdesk
