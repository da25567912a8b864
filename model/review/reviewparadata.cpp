#include "reviewparadata.h"

#include "paradata/keyingstatistics.h"
#include "store/casesummarystore.h"

namespace flowdesk {

ReviewParadata reviewParadata(Database &database, const Session &session, qint64 interviewId,
                              const CaseSummary *summary)
{
    ReviewParadata paradata;
    if (summary)
        paradata.durationSeconds = summary->durationSeconds;
    QString error; // a refusal shows no paradata; the page already said why it cannot open the interview
    paradata.keying = KeyingStatistics(database).interviewSummary(session, interviewId, &error);
    if (paradata.keying) {
        paradata.corrections = paradata.keying->counts.corrections;
        // Keying time is what entry measured; the form's start/end may be missing on a draft.
        if (paradata.durationSeconds < 0 && paradata.keying->counts.activeMs > 0)
            paradata.durationSeconds = paradata.keying->counts.activeMs / 1000;
    }
    return paradata;
}

} // namespace flowdesk
