#include "permissions.h"

#include "session.h"

#include <QCoreApplication>

namespace flowdesk {

namespace {

constexpr Grant N = Grant::No;
constexpr Grant Y = Grant::Yes;
constexpr Grant O = Grant::Own;
constexpr Grant P = Grant::Policy;

// The whole permission model, one row per action. Read it as a table:
//
// The administrator holds every supervisor right as well (as headquarters does in Survey Solutions): an office
// may have a single senior officer, and splitting the two would lock them out of their own review work. It does
// not hold the enumerator-only rights (keying and completing), which belong to whoever did the interview.
struct Row
{
    Action action;
    std::array<Grant, 4> grants; // enumerator, reviewer, supervisor, administrator
};
constexpr std::array<Row, kActionCount> kTable{{
    //                              enumerator reviewer supervisor administrator
    {Action::ViewInterview,      {{O, Y, Y, Y}}},
    {Action::CreateInterview,    {{Y, N, N, N}}},
    {Action::EditAnswers,        {{O, P, P, P}}},
    {Action::Complete,           {{O, N, N, N}}},
    {Action::Approve,            {{N, Y, Y, Y}}},
    {Action::Reject,             {{N, Y, Y, Y}}},
    {Action::Comment,            {{O, Y, Y, Y}}},
    {Action::HideOwnComment,     {{O, Y, Y, Y}}},
    {Action::ReopenApproved,     {{N, N, Y, Y}}},
    {Action::BulkApprove,        {{N, N, Y, Y}}},
    {Action::Export,             {{N, N, Y, Y}}},
    {Action::Import,             {{N, N, N, Y}}},
    {Action::ManageAccounts,     {{N, N, N, Y}}},
    {Action::AddQuestionnaire,   {{N, N, N, Y}}},
    {Action::ChangeOfficePolicy, {{N, N, N, Y}}},
    {Action::ViewReports,        {{N, Y, Y, Y}}},
    {Action::ViewAudit,          {{N, N, Y, Y}}},
    {Action::ShowSmallCells,     {{N, N, Y, Y}}},
}};

// The table must list every action once, in enum order, so grant() can index it.
constexpr bool tableInOrder()
{
    for (int i = 0; i < kActionCount; ++i) {
        if (int(kTable[size_t(i)].action) != i)
            return false;
    }
    return true;
}
static_assert(tableInOrder(), "kTable lists the actions in the order of enum Action");

// "An enumerator": the role with its article, one phrase to translate (languages differ in articles and
// cases).
QString whoIs(Role role)
{
    switch (role) {
    case Role::Enumerator:
        return QCoreApplication::translate("flowdesk::Permissions", "An enumerator");
    case Role::Reviewer:
        return QCoreApplication::translate("flowdesk::Permissions", "A reviewer");
    case Role::Supervisor:
        return QCoreApplication::translate("flowdesk::Permissions", "A supervisor");
    case Role::Administrator:
        return QCoreApplication::translate("flowdesk::Permissions", "An administrator");
    }
    return roleName(role);
}

} // namespace

Grant grant(Role role, Action action)
{
    return kTable[size_t(action)].grants[size_t(role)];
}

QString actionName(Action action)
{
    switch (action) {
    case Action::ViewInterview:
        return QCoreApplication::translate("flowdesk::Permissions", "view interviews");
    case Action::CreateInterview:
        return QCoreApplication::translate("flowdesk::Permissions", "start interviews");
    case Action::EditAnswers:
        return QCoreApplication::translate("flowdesk::Permissions", "edit answers");
    case Action::Complete:
        return QCoreApplication::translate("flowdesk::Permissions", "complete interviews");
    case Action::Approve:
        return QCoreApplication::translate("flowdesk::Permissions", "approve interviews");
    case Action::Reject:
        return QCoreApplication::translate("flowdesk::Permissions", "reject interviews");
    case Action::Comment:
        return QCoreApplication::translate("flowdesk::Permissions", "comment on interviews");
    case Action::HideOwnComment:
        return QCoreApplication::translate("flowdesk::Permissions", "hide comments");
    case Action::ReopenApproved:
        return QCoreApplication::translate("flowdesk::Permissions", "reopen approved interviews");
    case Action::BulkApprove:
        return QCoreApplication::translate("flowdesk::Permissions", "approve interviews in bulk");
    case Action::Export:
        return QCoreApplication::translate("flowdesk::Permissions", "export interviews");
    case Action::Import:
        return QCoreApplication::translate("flowdesk::Permissions", "import batches");
    case Action::ManageAccounts:
        return QCoreApplication::translate("flowdesk::Permissions", "manage accounts");
    case Action::AddQuestionnaire:
        return QCoreApplication::translate("flowdesk::Permissions", "add questionnaires");
    case Action::ChangeOfficePolicy:
        return QCoreApplication::translate("flowdesk::Permissions", "change the office policy");
    case Action::ViewReports:
        return QCoreApplication::translate("flowdesk::Permissions", "view reports");
    case Action::ViewAudit:
        return QCoreApplication::translate("flowdesk::Permissions", "view the audit log");
    case Action::ShowSmallCells:
        return QCoreApplication::translate("flowdesk::Permissions", "show small cells unsuppressed");
    }
    return {};
}

bool permits(const Session &session, Action action, QString *error)
{
    if (grant(session.role(), action) != Grant::No)
        return true;
    if (error) {
        *error = QCoreApplication::translate("flowdesk::Permissions", "%1 (%2) cannot %3.")
                     .arg(whoIs(session.role()), session.name(), actionName(action));
    }
    return false;
}

} // namespace flowdesk
