#pragma once

#include "paradata/paradata.h"

#include <QtGlobal>

#include <optional>

namespace flowdesk {

class Database;
class Session;
struct CaseSummary;

// How an interview was keyed, as the review screen shows it beside the answers: the duration and, when entry
// recorded paradata, how many answers were corrected, keystrokes, errors met, pauses and time per section.
// -1: not known.
struct ReviewParadata
{
    qint64 durationSeconds = -1; // from the form's start and end (the case-list row)
    int corrections = -1;        // answers changed after first being given
    // Entry's paradata (model/paradata): absent for interviews keyed elsewhere (imported, demo, before schema 5).
    std::optional<InterviewParadata> keying;
};

// The paradata the review screen shows for one interview: the duration from its case-list row, and the paradata
// entry recorded read through KeyingStatistics (which checks that `session` may view the interview). This is the
// one place review reads paradata.
ReviewParadata reviewParadata(Database &database, const Session &session, qint64 interviewId,
                              const CaseSummary *summary);

} // namespace flowdesk
