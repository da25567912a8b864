#include "officepolicy.h"

#include "accounts/permissions.h"
#include "accounts/session.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/officepolicystore.h"
#include "store/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace flowdesk {

namespace {

const QString kReviewersEdit = QStringLiteral("reviewers_edit_answers");
const QString kLockoutAttempts = QStringLiteral("lockout_attempts");
const QString kLockoutMinutes = QStringLiteral("lockout_minutes");
const QString kSmallCellThreshold = QStringLiteral("small_cell_threshold");
const QString kEntryMode = QStringLiteral("entry_mode");

bool validValue(const QString &key, const QString &value, QString *error)
{
    if (key == kReviewersEdit) {
        if (value == u"yes" || value == u"no")
            return true;
        if (error)
            *error = QStringLiteral("Office policy '%1' is yes or no, not '%2'.").arg(key, value);
        return false;
    }
    if (key == kLockoutAttempts || key == kLockoutMinutes) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (ok && n >= 1 && n <= 1000)
            return true;
        if (error)
            *error = QStringLiteral("Office policy '%1' is a whole number from 1 to 1000, not '%2'.").arg(key, value);
        return false;
    }
    if (key == kSmallCellThreshold) {
        // Below 2 nothing would be suppressed: a threshold of 1 is switching protection off, which no setting may.
        bool ok = false;
        const int n = value.toInt(&ok);
        if (ok && n >= 2 && n <= 100)
            return true;
        if (error)
            *error = QStringLiteral("Office policy '%1' is a whole number from 2 to 100, not '%2'.").arg(key, value);
        return false;
    }
    if (key == kEntryMode) {
        if (value == u"form" || value == u"guided" || value == u"paper")
            return true;
        if (error)
            *error = QStringLiteral("Office policy '%1' is form (as each form's author set it), guided or paper, "
                                    "not '%2'.")
                         .arg(key, value);
        return false;
    }
    if (error)
        *error = QStringLiteral("There is no office policy '%1' (known: %2, %3, %4, %5, %6).")
                     .arg(key, kReviewersEdit, kLockoutAttempts, kLockoutMinutes, kSmallCellThreshold, kEntryMode);
    return false;
}

} // namespace

OfficePolicy OfficePolicy::load(Database &database)
{
    OfficePolicy policy;
    const auto values = OfficePolicyStore(database.connectionName()).all(nullptr);
    auto number = [&](const QString &key, int fallback) {
        const auto it = values.find(key);
        bool ok = false;
        const int n = it == values.end() ? 0 : it->second.toInt(&ok);
        return ok && n > 0 ? n : fallback;
    };
    const auto edit = values.find(kReviewersEdit);
    policy.reviewersEditAnswers = edit != values.end() && edit->second == u"yes";
    policy.lockoutAttempts = number(kLockoutAttempts, policy.lockoutAttempts);
    policy.lockoutMinutes = number(kLockoutMinutes, policy.lockoutMinutes);
    policy.smallCellThreshold = std::max(2, number(kSmallCellThreshold, policy.smallCellThreshold));
    if (const auto mode = values.find(kEntryMode);
        mode != values.end() && (mode->second == u"guided" || mode->second == u"paper"))
        policy.entryMode = mode->second;
    return policy;
}

bool OfficePolicy::change(Database &database, const Session &session, const QString &key, const QString &value,
                          QString *error)
{
    if (!permits(session, Action::ChangeOfficePolicy, error) || !validValue(key, value, error))
        return false;
    const QString connection = database.connectionName();
    Transaction transaction(connection);
    AuditWriter audit(connection);
    if (!transaction.begin(error) || !audit.prepare(error) ||
        !OfficePolicyStore(connection).set(key, value, error))
        return false;
    AuditEntry entry;
    entry.accountId = session.accountId();
    entry.accountName = session.name();
    entry.action = QStringLiteral("office policy");
    entry.details = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}})
            .toJson(QJsonDocument::Compact));
    return audit.append(entry, error) && transaction.commit(error);
}

} // namespace flowdesk
