#pragma once

#include <QtGlobal>

class QWidget;

namespace flowdesk {

class InterviewWorkflow;

// Before the case list shows a database whose rows are not all worked out (one migrated from before the case
// list, or written by another tool, whose error and warning counts read 0): works them out with a progress
// dialog. Cancel stops after the current batch; what was done stays, the rest waits for the next opening. Nothing
// shows when no row is out of date, and the dialog only appears when the work takes more than a moment.
// Returns how many rows are still out of date.
qint64 refreshCaseListWithProgress(InterviewWorkflow &workflow, QWidget *parent);

} // namespace flowdesk
