#include "demoreview.h"

#include "accounts/accounts.h"
#include "demogenerator.h"
#include "store/accountstore.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace flowdesk {

namespace {

constexpr std::array kRejectReasons{
    u"The age does not match the age group on the paper form: check and correct.",
    u"Transit countries include the country of origin.",
    u"Journey cost looks like it was entered in the wrong currency.",
    u"Several questions were skipped although the respondent consented: complete them.",
    u"The interview date is after the date of entry: check the paper form.",
};

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString DemoReview::loginFor(const QString &enumeratorName)
{
    QString login;
    for (QChar c : enumeratorName.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.isSpace())
            login += u'.';
        else if (c.unicode() < 128 && c.isLetterOrNumber())
            login += c;
    }
    return login;
}

bool DemoReview::createAccounts(Database &database, QString *error)
{
    Accounts accounts(database);
    if (!accounts.needsFirstAdministrator())
        return true;
    const QString password = QString::fromLatin1(kPassword);
    const auto admin = accounts.createFirstAdministrator(QStringLiteral("admin"), password, error);
    if (!admin)
        return false;
    if (!accounts.add(*admin, QStringLiteral("supervisor"), QStringLiteral("Supervisor (demo)"), Role::Supervisor,
                      password, error) ||
        !accounts.add(*admin, QStringLiteral("reviewer"), QStringLiteral("Reviewer (demo)"), Role::Reviewer, password,
                      error))
        return false;
    for (const QString &name : DemoGenerator::enumeratorNames()) {
        if (!accounts.add(*admin, loginFor(name), name, Role::Enumerator, password, error))
            return false;
    }
    return true;
}

DemoReview::DemoReview(Database &database, quint64 seed) : m_db(database), m_random(seed ^ 0x5eed5eedULL) {}

bool DemoReview::prepare(QString *error)
{
    AccountStore accounts(m_db.connectionName());
    for (const AccountRecord &a : accounts.list(error)) {
        if (a.name == u"reviewer")
            m_reviewer = {a.id, a.name};
        else if (a.name == u"supervisor")
            m_supervisor = {a.id, a.name};
        else if (a.role == Role::Enumerator)
            m_enumerators[a.name] = {a.id, a.name};
    }
    if (m_reviewer.id == 0 || m_supervisor.id == 0) {
        if (error)
            *error = QStringLiteral("the demo accounts 'reviewer' and 'supervisor' are missing");
        return false;
    }
    return true;
}

bool DemoReview::change(WorkflowStore &store, AuditWriter &audit, const Interview &interview, InterviewStatus from,
                        InterviewStatus to, const Actor &actor, const QDateTime &at, const QString &reason,
                        QString *error)
{
    if (!store.addHistory({0, interview.id, from, to, actor.id, actor.name, at, reason}, error))
        return false;
    QJsonObject details{{QStringLiteral("from"), statusName(from)}, {QStringLiteral("to"), statusName(to)}};
    if (!reason.isEmpty())
        details.insert(QStringLiteral("reason"), reason);
    AuditEntry entry;
    entry.at = at;
    entry.accountId = actor.id;
    entry.accountName = actor.name;
    entry.action = QStringLiteral("status");
    entry.interviewId = interview.id;
    entry.details = json(details);
    return audit.append(entry, error);
}

bool DemoReview::record(const std::vector<Interview> &batch, std::vector<CaseSummaryFacts> &facts, QString *error)
{
    using S = InterviewStatus;
    const QString connection = m_db.connectionName();
    Transaction transaction(connection);
    WorkflowStore store(connection);
    AuditWriter audit(connection);
    CaseSummaryStore summaries(connection);
    if (!transaction.begin(error) || !audit.prepare(error))
        return false;
    for (size_t i = 0; i < batch.size(); ++i) {
        const Interview &interview = batch[i];
        facts[i].interviewId = interview.id;
        const auto enumerator = m_enumerators.find(interview.enumerator);
        const Actor keyer = enumerator != m_enumerators.end() ? enumerator->second : Actor{0, interview.enumerator};
        // Each status change bumps the version, as InterviewWorkflow does: a demo interview reads like one that
        // went through the workflow (version 1 + its changes, history and audit in time order).
        int changes = 0;
        // Completion is a completed interview's last change, and comes before any review.
        const QDateTime keyedUntil =
            interview.created.addSecs(std::max<qint64>(facts[i].durationSeconds, 0) + 60 * m_random.between(1, 120));
        const QDateTime completedAt = interview.status == S::Completed
                                          ? interview.modified
                                          : std::min(keyedUntil, interview.modified.addSecs(-120));
        if (interview.status != S::Draft) {
            if (!change(store, audit, interview, S::Draft, S::Completed, keyer, completedAt, QString(), error))
                return false;
            ++changes;
        }
        if (interview.status == S::Approved || interview.status == S::Exported) {
            // An exported interview was approved between its completion and the export.
            const QDateTime approvedAt =
                interview.status == S::Exported
                    ? std::max(interview.modified.addSecs(-86400), completedAt.addSecs(60))
                    : interview.modified;
            if (!change(store, audit, interview, S::Completed, S::Approved, m_reviewer, approvedAt, QString(), error))
                return false;
            ++changes;
        }
        if (interview.status == S::Exported &&
            !change(store, audit, interview, S::Approved, S::Exported, m_supervisor, interview.modified,
                    QStringLiteral("demo-batch-%1").arg(interview.modified.date().toString(u"yyyyMM")), error))
            return false;
        changes += interview.status == S::Exported ? 1 : 0;
        if (interview.status == S::Rejected) {
            const QString reason = QString::fromUtf16(kRejectReasons[size_t(m_random.below(int(kRejectReasons.size())))]);
            if (!change(store, audit, interview, S::Completed, S::Rejected, m_reviewer, interview.modified, reason, error))
                return false;
            ++changes;
            Comment comment;
            comment.interviewId = interview.id;
            comment.authorId = m_reviewer.id;
            comment.at = interview.modified;
            comment.text = reason;
            if (store.addComment(comment, error) == 0)
                return false;
            AuditEntry entry;
            entry.at = interview.modified;
            entry.accountId = m_reviewer.id;
            entry.accountName = m_reviewer.name;
            entry.action = QStringLiteral("comment");
            entry.interviewId = interview.id;
            entry.details = json({{QStringLiteral("text"), reason}});
            if (!audit.append(entry, error))
                return false;
        }
        if (changes > 0 && !store.setVersion(interview.id, 1 + changes, error))
            return false;
        if (!summaries.write(facts[i], error))
            return false;
    }
    return transaction.commit(error);
}

} // namespace flowdesk
