#pragma once

#include <QString>

namespace flowdesk {

class Database;
class Session;

// The office's settings an administrator changes. Read fresh at every check (a few rows), so a change made in
// another window or process applies at once.
struct OfficePolicy
{
    bool reviewersEditAnswers = false; // reviewers and supervisors may change answers (each with a reason)
    int lockoutAttempts = 5;           // failed logins in a row that lock an account
    int lockoutMinutes = 5;            // how long
    int smallCellThreshold = 5;        // profile counts below this are shown as "<5" (model/statistics/cellsuppression)
    // How data entry opens a form: "form" (as its author set it, settings `flowdesk_entry_mode`; guided when it
    // says nothing), or "guided" / "paper" for every form (model/entry/entrymodes.h).
    QString entryMode = QStringLiteral("form");

    // The stored policy; defaults for a key that is missing or unreadable.
    static OfficePolicy load(Database &database);
    // Changes one setting ("reviewers_edit_answers" yes/no, "lockout_attempts", "lockout_minutes",
    // "small_cell_threshold" 2-100, "entry_mode" form/guided/paper), audited.
    // Administrators only; an unknown key or a bad value is refused with a message and changes nothing.
    static bool change(Database &database, const Session &session, const QString &key, const QString &value,
                       QString *error);
};

} // namespace flowdesk
