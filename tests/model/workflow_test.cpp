// The review workflow through its one door: transitions, versions, comments, the audit trail they leave.
#include "workflowfixture.h"

#include "store/auditlog.h"
#include "store/casesummarystore.h"
#include "workflow/officepolicy.h"

namespace flowdesk::testing {
namespace {

using WorkflowTest = WorkflowFixture;

int ageItem()
{
    return QuestionnaireLoader::load(QuestionnaireLoader::bundledPath()).questionnaire->itemByName(u"age");
}

TEST_F(WorkflowTest, AnInterviewGoesThroughEveryStatusAndEachStepIsRecorded)
{
    InterviewCopy copy = draft();
    const qint64 id = copy.interview.id;
    QString error;
    ASSERT_TRUE(m_workflow->complete(enumerator(), id, copy.version, &error)) << error.toStdString();
    ASSERT_TRUE(m_workflow->reject(reviewer(), id, copy.version, QStringLiteral("age looks wrong"), &error))
        << error.toStdString();

    // The enumerator fixes the rejected interview and completes it again.
    auto reopened = m_workflow->open(enumerator(), id, &error);
    ASSERT_TRUE(reopened) << error.toStdString();
    reopened->interview.answers.setValue(ageItem(), QStringLiteral("33"));
    ASSERT_TRUE(m_workflow->saveAnswers(enumerator(), *reopened, QString(), &error)) << error.toStdString();
    qint64 version = reopened->version;
    ASSERT_TRUE(m_workflow->complete(enumerator(), id, version, &error)) << error.toStdString();
    ASSERT_TRUE(m_workflow->approve(reviewer(), id, version, QString(), &error)) << error.toStdString();
    ASSERT_TRUE(m_workflow->reopen(supervisor(), id, version, QStringLiteral("wrong site code"), &error))
        << error.toStdString();
    ASSERT_TRUE(m_workflow->approve(supervisor(), id, version, QString(), &error)) << error.toStdString();
    ASSERT_TRUE(m_workflow->markExported(supervisor(), id, version, QStringLiteral("batch-1"), &error))
        << error.toStdString();

    const auto history = m_workflow->history(reviewer(), id);
    std::vector<std::pair<InterviewStatus, InterviewStatus>> steps;
    for (const StatusChange &c : history)
        steps.emplace_back(c.from, c.to);
    using S = InterviewStatus;
    const std::vector<std::pair<S, S>> expected{{S::Draft, S::Completed},    {S::Completed, S::Rejected},
                                                {S::Rejected, S::Completed}, {S::Completed, S::Approved},
                                                {S::Approved, S::Completed}, {S::Completed, S::Approved},
                                                {S::Approved, S::Exported}};
    EXPECT_EQ(steps, expected);
    EXPECT_EQ(history[1].reason, "age looks wrong");
    EXPECT_EQ(history[1].accountName, "reviewer");
    EXPECT_EQ(history[4].reason, "wrong site code");

    // The answer change is in the audit log with its old and new value, and the chain verifies.
    const auto entries = AuditLog(*m_db).history(id);
    const auto answer = std::find_if(entries.begin(), entries.end(), [](const AuditEntry &e) { return e.action == u"answer"; });
    ASSERT_NE(answer, entries.end());
    EXPECT_TRUE(answer->details.contains(u"\"new\":\"33\"")) << answer->details.toStdString();
    EXPECT_TRUE(AuditLog(*m_db).verify().ok);

    const auto row = CaseSummaryStore(m_db->connectionName()).find(id);
    ASSERT_TRUE(row);
    EXPECT_EQ(row->status, S::Exported);
    EXPECT_FALSE(row->stale);
    EXPECT_EQ(row->errors, 0);
}

TEST_F(WorkflowTest, InvalidTransitionsAreRefusedWithTheReasonAndChangeNothing)
{
    InterviewCopy copy = draft();
    const qint64 id = copy.interview.id;
    const QStringList before = dump();
    QString error;
    qint64 version = copy.version;
    EXPECT_FALSE(m_workflow->approve(reviewer(), id, version, QString(), &error));
    EXPECT_EQ(error, QStringLiteral("Interview %1 is draft; only a completed interview can be approved.").arg(id));
    EXPECT_FALSE(m_workflow->reopen(supervisor(), id, version, QStringLiteral("why"), &error));
    EXPECT_TRUE(error.contains(u"only an approved interview can be reopened")) << error.toStdString();
    EXPECT_FALSE(m_workflow->markExported(supervisor(), id, version, QStringLiteral("b"), &error));
    EXPECT_TRUE(error.contains(u"is draft")) << error.toStdString();
    EXPECT_EQ(version, copy.version);
    EXPECT_EQ(dump(), before);
}

TEST_F(WorkflowTest, RejectingAndReopeningNeedAReason)
{
    InterviewCopy copy = approved();
    const QStringList before = dump();
    QString error;
    EXPECT_FALSE(m_workflow->reopen(supervisor(), copy.interview.id, copy.version, QStringLiteral("  "), &error));
    EXPECT_TRUE(error.contains(u"only with a reason")) << error.toStdString();
    InterviewCopy other = completed();
    const QStringList before2 = dump();
    EXPECT_FALSE(m_workflow->reject(reviewer(), other.interview.id, other.version, QString(), &error));
    EXPECT_TRUE(error.contains(u"only with a reason")) << error.toStdString();
    EXPECT_EQ(dump(), before2);
    (void)before;
}

TEST_F(WorkflowTest, AnInterviewWithErrorsCannotBeCompleted)
{
    InterviewCopy copy = draft(false);
    const QStringList before = dump();
    QString error;
    EXPECT_FALSE(m_workflow->complete(enumerator(), copy.interview.id, copy.version, &error));
    EXPECT_TRUE(error.contains(u"error(s)")) << error.toStdString();
    EXPECT_EQ(dump(), before);
}

TEST_F(WorkflowTest, AStaleCopyIsRefusedAndTheNewerSaveIsKept)
{
    InterviewCopy copy = draft();
    QString error;
    auto first = m_workflow->open(enumerator(), copy.interview.id, &error);
    auto second = m_workflow->open(enumerator(), copy.interview.id, &error);
    ASSERT_TRUE(first && second);
    first->interview.answers.setValue(ageItem(), QStringLiteral("40"));
    ASSERT_TRUE(m_workflow->saveAnswers(enumerator(), *first, QString(), &error)) << error.toStdString();
    const QStringList before = dump();
    second->interview.answers.setValue(ageItem(), QStringLiteral("50"));
    EXPECT_FALSE(m_workflow->saveAnswers(enumerator(), *second, QString(), &error));
    EXPECT_TRUE(error.contains(u"changed by someone else")) << error.toStdString();
    EXPECT_EQ(dump(), before);
    // A status change on the stale version is refused as well.
    qint64 stale = second->version;
    EXPECT_FALSE(m_workflow->complete(enumerator(), copy.interview.id, stale, &error));
    EXPECT_EQ(m_workflow->open(enumerator(), copy.interview.id, &error)->interview.answers.value(ageItem()), "40");
}

TEST_F(WorkflowTest, TwoConnectionsOnOneFileLoseNoUpdate)
{
    // Two windows or processes: each its own Database connection on the same file.
    QString error;
    auto otherDb = Database::open(m_path, &error);
    ASSERT_TRUE(otherDb) << error.toStdString();
    auto otherWorkflow = makeWorkflow(*otherDb);
    InterviewCopy copy = draft();
    auto mine = m_workflow->open(enumerator(), copy.interview.id, &error);
    auto theirs = otherWorkflow->open(enumerator(), copy.interview.id, &error);
    ASSERT_TRUE(mine && theirs);
    const int consent = shared().form.questionnaire->itemByName(u"respondent_name");
    mine->interview.answers.setValue(ageItem(), QStringLiteral("41"));
    theirs->interview.answers.setValue(consent, QStringLiteral("Someone"));
    ASSERT_TRUE(m_workflow->saveAnswers(enumerator(), *mine, QString(), &error)) << error.toStdString();
    EXPECT_FALSE(otherWorkflow->saveAnswers(enumerator(), *theirs, QString(), &error));
    // The loser reopens, sees the winner's answer, redoes their change: both survive.
    theirs = otherWorkflow->open(enumerator(), copy.interview.id, &error);
    ASSERT_TRUE(theirs);
    EXPECT_EQ(theirs->interview.answers.value(ageItem()), "41");
    theirs->interview.answers.setValue(consent, QStringLiteral("Someone"));
    ASSERT_TRUE(otherWorkflow->saveAnswers(enumerator(), *theirs, QString(), &error)) << error.toStdString();
    const auto final = m_workflow->open(enumerator(), copy.interview.id, &error);
    EXPECT_EQ(final->interview.answers.value(ageItem()), "41");
    EXPECT_EQ(final->interview.answers.value(consent), "Someone");
    EXPECT_EQ(final->version, copy.version + 2);
}

TEST_F(WorkflowTest, ReviewersEditAnswersOnlyWhenThePolicyAllowsAndWithAReason)
{
    InterviewCopy copy = completed();
    QString error;
    auto mine = m_workflow->open(reviewer(), copy.interview.id, &error);
    ASSERT_TRUE(mine);
    mine->interview.answers.setValue(ageItem(), QStringLiteral("45"));
    EXPECT_FALSE(m_workflow->saveAnswers(reviewer(), *mine, QStringLiteral("typo"), &error));
    EXPECT_TRUE(error.contains(u"office policy")) << error.toStdString();
    ASSERT_TRUE(OfficePolicy::change(*m_db, admin(), QStringLiteral("reviewers_edit_answers"), QStringLiteral("yes"), &error))
        << error.toStdString();
    EXPECT_FALSE(m_workflow->saveAnswers(reviewer(), *mine, QString(), &error));
    EXPECT_TRUE(error.contains(u"needs a reason")) << error.toStdString();
    ASSERT_TRUE(m_workflow->saveAnswers(reviewer(), *mine, QStringLiteral("typo on paper"), &error)) << error.toStdString();
    const auto entries = AuditLog(*m_db).history(copy.interview.id);
    EXPECT_TRUE(entries.back().details.contains(u"typo on paper"));
    EXPECT_EQ(entries.back().accountName, "reviewer");
}

TEST_F(WorkflowTest, EnumeratorsSeeAndEditOnlyTheirOwnDraftsAndRejectedInterviews)
{
    InterviewCopy copy = draft();
    QString error;
    EXPECT_FALSE(m_workflow->open(otherEnumerator(), copy.interview.id, &error));
    EXPECT_TRUE(error.contains(u"keyed by enum1")) << error.toStdString();
    qint64 version = copy.version;
    EXPECT_FALSE(m_workflow->complete(otherEnumerator(), copy.interview.id, version, &error));
    ASSERT_TRUE(m_workflow->complete(enumerator(), copy.interview.id, version, &error));
    auto mine = m_workflow->open(enumerator(), copy.interview.id, &error);
    ASSERT_TRUE(mine);
    mine->interview.answers.setValue(ageItem(), QStringLiteral("30"));
    const QStringList before = dump();
    EXPECT_FALSE(m_workflow->saveAnswers(enumerator(), *mine, QString(), &error));
    EXPECT_TRUE(error.contains(u"only drafts and rejected")) << error.toStdString();
    EXPECT_EQ(dump(), before);
}

TEST_F(WorkflowTest, CommentsOnQuestionsInRepeatsAreHiddenOnlyByTheirAuthor)
{
    InterviewCopy copy = completed();
    const int memberAge = shared().form.questionnaire->itemByName(u"member_age");
    QString error;
    const qint64 onInterview = m_workflow->comment(reviewer(), copy.interview.id, -1, QString(),
                                                   QStringLiteral("Please check the dates"), &error);
    const qint64 onMember = m_workflow->comment(reviewer(), copy.interview.id, memberAge, QStringLiteral("2"),
                                                QStringLiteral("Second companion's age?"), &error);
    ASSERT_NE(onInterview, 0) << error.toStdString();
    ASSERT_NE(onMember, 0) << error.toStdString();
    EXPECT_EQ(CaseSummaryStore(m_db->connectionName()).find(copy.interview.id)->comments, 2);

    EXPECT_FALSE(m_workflow->hideComment(supervisor(), onMember, &error));
    EXPECT_TRUE(error.contains(u"only its author")) << error.toStdString();
    ASSERT_TRUE(m_workflow->hideComment(reviewer(), onMember, &error)) << error.toStdString();
    const auto visible = m_workflow->comments(enumerator(), copy.interview.id, false);
    ASSERT_EQ(visible.size(), 1u);
    EXPECT_EQ(visible[0].stored.text, "Please check the dates");
    const auto all = m_workflow->comments(reviewer(), copy.interview.id, true);
    ASSERT_EQ(all.size(), 2u); // hidden, never deleted
    EXPECT_EQ(all[1].item, memberAge);
    EXPECT_EQ(all[1].stored.instance, "2");
    EXPECT_TRUE(all[1].stored.hidden);
    EXPECT_EQ(CaseSummaryStore(m_db->connectionName()).find(copy.interview.id)->comments, 1);
}

TEST_F(WorkflowTest, BulkApprovalApprovesTheCurrentCompletedOnesAndListsTheRest)
{
    InterviewCopy a = completed(), b = completed(), c = draft();
    QString error;
    const BulkApproval result = m_workflow->bulkApprove(
        supervisor(), {{a.interview.id, a.version}, {b.interview.id, b.version - 1}, {c.interview.id, c.version}},
        &error);
    EXPECT_EQ(result.approved, 1);
    ASSERT_EQ(result.refused.size(), 2u);
    EXPECT_TRUE(result.refused[0].contains(u"changed by someone else"));
    EXPECT_TRUE(result.refused[1].contains(u"is draft"));
    EXPECT_EQ(m_workflow->open(supervisor(), a.interview.id, &error)->interview.status, InterviewStatus::Approved);
    EXPECT_EQ(m_workflow->open(supervisor(), b.interview.id, &error)->interview.status, InterviewStatus::Completed);
}

TEST_F(WorkflowTest, AcceptedWarningReasonsAreStoredAndAudited)
{
    InterviewCopy copy = draft();
    QString error;
    ASSERT_TRUE(m_workflow->acceptWarning(enumerator(), copy.interview.id, ageItem(), QString(),
                                          QStringLiteral("respondent insisted"), &error))
        << error.toStdString();
    const auto warnings = m_workflow->acceptedWarnings(reviewer(), copy.interview.id);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].reason, "respondent insisted");
    EXPECT_EQ(AuditLog(*m_db).history(copy.interview.id).back().action, "warning accepted");
}

} // namespace
} // namespace flowdesk::testing
