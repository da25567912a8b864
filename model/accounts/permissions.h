#pragma once

#include "role.h"

#include <QString>

#include <array>

namespace flowdesk {

class Session;

// Everything an account can ask FlowDesk to do. The table of who may do what is in permissions.cpp (and
// PERMISSIONS.md beside it); InterviewWorkflow, Accounts and the CLI ask permits() before every change.
enum class Action {
    ViewInterview,
    CreateInterview,
    EditAnswers,
    Complete,
    Approve,
    Reject,
    Comment,
    HideOwnComment,
    ReopenApproved,
    BulkApprove,
    Export,
    Import,
    ManageAccounts,
    AddQuestionnaire,
    ChangeOfficePolicy,
    ViewReports,
    ViewAudit,
    ShowSmallCells, // switch small-cell suppression off for an on-screen profile (never in exports)
};
inline constexpr int kActionCount = int(Action::ShowSmallCells) + 1;

// How a role holds an action:
//   No     - never.
//   Yes    - on any interview.
//   Own    - only on interviews the account keyed (interviews.enumerator = its login); for editing answers and
//            completing, only while the interview is a draft or rejected.
//   Policy - only when the office policy allows it (reviewers editing answers), and each change needs a reason.
enum class Grant : unsigned char { No, Yes, Own, Policy };

Grant grant(Role role, Action action);
// "approve", "edit answers": for messages and the audit log.
QString actionName(Action action);

// Whether `session` may do `action` at all (Own and Policy count as possibly: the caller checks the interview or
// the policy). On refusal `error` says who cannot do what ("A reviewer cannot export interviews.").
bool permits(const Session &session, Action action, QString *error);

} // namespace flowdesk
