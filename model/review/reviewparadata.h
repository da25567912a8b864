#pragma once

#include <QtGlobal>

namespace flowdesk {

class Database;
struct CaseSummary;

// How an interview was keyed, as the review screen shows it beside the answers: the duration and, once entry
// records paradata, how many answers were corrected. -1: not known.
struct ReviewParadata
{
    qint64 durationSeconds = -1; // from the form's start and end (the case-list row)
    int corrections = -1;        // answers changed after first being given
};

// The paradata the review screen shows for one interview. Today the duration from its case-list row; the paradata
// that entry records (model/paradata, schema 5) is read here and nowhere else in review, so the corrections count
// joins in this one function. No permission check: call it for an interview InterviewWorkflow::open let the
// session see.
ReviewParadata reviewParadata(Database &database, const CaseSummary *summary);

} // namespace flowdesk
