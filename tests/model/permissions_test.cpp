// Every (role, action) pair the permission table forbids is refused at the model layer with a message, and leaves
// every table as it was. Plus logins, lockout and account management.
#include "workflowfixture.h"

#include "accounts/permissions.h"
#include "statistics/cellsuppression.h"
#include "workflow/audittrail.h"
#include "workflow/caselistquery.h"
#include "workflow/officepolicy.h"
#include "workflow/questionnairecatalog.h"
#include "workflow/supervisorreports.h"

namespace flowdesk::testing {
namespace {

using PermissionsTest = WorkflowFixture;

TEST_F(PermissionsTest, EveryForbiddenPairIsRefusedWithAMessageAndChangesNothing)
{
    // One interview in each state an action needs, keyed by enum1; the attempts below would succeed for a role
    // that holds the action, so a refusal can only come from the permission.
    const InterviewCopy draftCopy = draft();
    const InterviewCopy completedCopy = completed();
    const InterviewCopy approvedCopy = approved();
    QString error;
    const qint64 ownComment =
        m_workflow->comment(reviewer(), completedCopy.interview.id, -1, QString(), QStringLiteral("note"), &error);
    ASSERT_NE(ownComment, 0);
    LoadedForm other = QuestionnaireLoader::load(QuestionnaireLoader::bundledPath());
    other.workbook.sources[QStringLiteral("extra.txt")] = "makes the hash differ";

    const std::map<Role, const Session *> sessions{{Role::Enumerator, &enumerator()}, {Role::Reviewer, &reviewer()},
                                                   {Role::Supervisor, &supervisor()}, {Role::Administrator, &admin()}};
    int tried = 0;
    for (const auto &[role, session] : sessions) {
        for (int a = 0; a < kActionCount; ++a) {
            const Action action = Action(a);
            if (grant(role, action) != Grant::No)
                continue;
            SCOPED_TRACE(QStringLiteral("%1 may not %2").arg(roleName(role), actionName(action)).toStdString());
            const QStringList before = dump();
            QString why;
            bool done = true;
            qint64 version = 0;
            switch (action) {
            case Action::ViewInterview:
                done = m_workflow->open(*session, completedCopy.interview.id, &why).has_value();
                break;
            case Action::CreateInterview:
                done = m_workflow->create(*session, shared().valid, &why).has_value();
                break;
            case Action::EditAnswers: {
                InterviewCopy copy = completedCopy;
                copy.interview.answers.setValue(shared().form.questionnaire->itemByName(u"age"), QStringLiteral("77"));
                done = m_workflow->saveAnswers(*session, copy, QStringLiteral("reason"), &why);
                break;
            }
            case Action::Complete:
                version = draftCopy.version;
                done = m_workflow->complete(*session, draftCopy.interview.id, version, &why);
                break;
            case Action::Approve:
                version = completedCopy.version;
                done = m_workflow->approve(*session, completedCopy.interview.id, version, QString(), &why);
                break;
            case Action::Reject:
                version = completedCopy.version;
                done = m_workflow->reject(*session, completedCopy.interview.id, version, QStringLiteral("r"), &why);
                break;
            case Action::Comment:
                done = m_workflow->comment(*session, completedCopy.interview.id, -1, QString(), QStringLiteral("x"), &why) != 0;
                break;
            case Action::HideOwnComment:
                done = m_workflow->hideComment(*session, ownComment, &why);
                break;
            case Action::ReopenApproved:
                version = approvedCopy.version;
                done = m_workflow->reopen(*session, approvedCopy.interview.id, version, QStringLiteral("r"), &why);
                break;
            case Action::BulkApprove:
                done = m_workflow->bulkApprove(*session, {{completedCopy.interview.id, completedCopy.version}}, &why)
                           .approved > 0;
                break;
            case Action::Export:
                version = approvedCopy.version;
                done = m_workflow->markExported(*session, approvedCopy.interview.id, version, QStringLiteral("b"), &why);
                break;
            case Action::Import:
                // The importer (issue 10) asks the same question before it reads a batch.
                done = Accounts::authorize(*m_db, *session, Action::Import, &why);
                break;
            case Action::ManageAccounts:
                done = Accounts(*m_db).add(*session, QStringLiteral("new"), QString(), Role::Enumerator,
                                           QStringLiteral("pass"), &why).has_value();
                EXPECT_FALSE(Accounts(*m_db).resetPassword(*session, QStringLiteral("enum1"), QStringLiteral("xxxx"), nullptr));
                EXPECT_FALSE(Accounts(*m_db).setDisabled(*session, QStringLiteral("enum1"), true, nullptr));
                EXPECT_TRUE(Accounts(*m_db).list(*session, nullptr).empty());
                break;
            case Action::AddQuestionnaire:
                done = QuestionnaireCatalog::add(*m_db, *session, other, &why).has_value();
                break;
            case Action::ChangeOfficePolicy:
                done = OfficePolicy::change(*m_db, *session, QStringLiteral("lockout_minutes"), QStringLiteral("9"), &why);
                break;
            case Action::ViewReports:
                done = SupervisorReports(*m_db, *session).byEnumerator(&why).has_value();
                break;
            case Action::ViewAudit:
                done = AuditTrail(*m_db, *session).recent(10, &why).has_value();
                break;
            case Action::ShowSmallCells:
                done = CellSuppression::mayShowSmallCells(*session, &why);
                break;
            }
            EXPECT_FALSE(done);
            EXPECT_FALSE(why.isEmpty());
            EXPECT_TRUE(why.contains(roleName(role)) || why.contains(session->name())) << why.toStdString();
            EXPECT_EQ(dump(), before);
            ++tried;
        }
    }
    EXPECT_EQ(tried, 31); // the No cells of the table in permissions.cpp
}

TEST_F(PermissionsTest, TheAdministratorHoldsEverySupervisorRight)
{
    for (int a = 0; a < kActionCount; ++a) {
        if (grant(Role::Supervisor, Action(a)) != Grant::No) {
            EXPECT_NE(grant(Role::Administrator, Action(a)), Grant::No) << actionName(Action(a)).toStdString();
        }
    }
}

TEST_F(PermissionsTest, FiveWrongPasswordsLockTheAccountAndTheLockIsAudited)
{
    Accounts accounts(*m_db);
    QString error;
    for (int i = 0; i < 4; ++i) {
        EXPECT_FALSE(accounts.login(QStringLiteral("enum2"), QStringLiteral("wrong"), &error));
        EXPECT_EQ(error, "Wrong account name or password.");
    }
    EXPECT_FALSE(accounts.login(QStringLiteral("enum2"), QStringLiteral("wrong"), &error));
    EXPECT_TRUE(error.contains(u"is locked for 5 minutes")) << error.toStdString();
    // Even the right password is refused while locked, without being checked.
    EXPECT_FALSE(accounts.login(QStringLiteral("enum2"), QStringLiteral("pass"), &error));
    EXPECT_TRUE(error.contains(u"locked")) << error.toStdString();
    const auto log = AuditLog(*m_db).recent(10);
    EXPECT_TRUE(std::any_of(log.begin(), log.end(), [](const AuditEntry &e) {
        return e.action == u"account locked" && e.accountName == u"enum2";
    }));
    // An administrator's password reset lifts the lock.
    ASSERT_TRUE(accounts.resetPassword(admin(), QStringLiteral("enum2"), QStringLiteral("fresh"), &error));
    EXPECT_TRUE(accounts.login(QStringLiteral("enum2"), QStringLiteral("fresh"), &error)) << error.toStdString();
    EXPECT_TRUE(AuditLog(*m_db).verify().ok);
}

TEST_F(PermissionsTest, ADisabledAccountCannotLogInNorActOnAnOldSession)
{
    Accounts accounts(*m_db);
    QString error;
    ASSERT_TRUE(accounts.setDisabled(admin(), QStringLiteral("enum1"), true, &error)) << error.toStdString();
    EXPECT_FALSE(accounts.login(QStringLiteral("enum1"), QStringLiteral("pass"), &error));
    EXPECT_TRUE(error.contains(u"disabled"));
    EXPECT_FALSE(m_workflow->create(enumerator(), shared().valid, &error));
    EXPECT_TRUE(error.contains(u"disabled")) << error.toStdString();
    EXPECT_FALSE(accounts.setDisabled(admin(), QStringLiteral("admin"), true, &error));
}

TEST_F(PermissionsTest, TheFirstAdministratorIsMadeOnlyOnce)
{
    QString error;
    EXPECT_FALSE(Accounts(*m_db).needsFirstAdministrator());
    EXPECT_FALSE(Accounts(*m_db).createFirstAdministrator(QStringLiteral("boss"), QStringLiteral("secret"), &error));
    EXPECT_TRUE(error.contains(u"already has accounts"));
    auto fresh = Database::open(m_dir.filePath(QStringLiteral("fresh.flowdesk")), &error);
    ASSERT_TRUE(fresh);
    EXPECT_TRUE(Accounts(*fresh).needsFirstAdministrator());
    const auto session = Accounts(*fresh).createFirstAdministrator(QStringLiteral("boss"), QStringLiteral("secret"), &error);
    ASSERT_TRUE(session) << error.toStdString();
    EXPECT_EQ(session->role(), Role::Administrator);
}

TEST_F(PermissionsTest, EnumeratorsSeeOnlyTheirOwnRowsInTheCaseList)
{
    draft();
    completed();
    CaseListQuery mine(*m_db, otherEnumerator());
    CaseFilter filter;
    filter.enumerator = QStringLiteral("enum1"); // asking for someone else's is ignored
    mine.setFilter(filter);
    EXPECT_EQ(mine.counts().total, 0);
    EXPECT_TRUE(mine.page(std::nullopt, 10).empty());
    CaseListQuery all(*m_db, reviewer());
    EXPECT_EQ(all.counts().total, 2);
}

} // namespace
} // namespace flowdesk::testing
