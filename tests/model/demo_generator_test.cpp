#include "demo/demogenerator.h"
#include "questionnaire/questionnaireloader.h"
#include "store_fixtures.h"
#include "validation/validator.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace flowdesk;

namespace {

std::shared_ptr<const Questionnaire> bundled()
{
    static const LoadedForm form = QuestionnaireLoader::load(QuestionnaireLoader::bundledPath());
    return form.questionnaire;
}

} // namespace

TEST(DemoGenerator, SameSeedSameInterviews)
{
    const auto q = bundled();
    ASSERT_TRUE(q);
    DemoGenerator a(*q, 42), b(*q, 42), c(*q, 43);
    for (int i = 0; i < 50; ++i) {
        const Interview x = a.next(), y = b.next(), z = c.next();
        EXPECT_EQ(x.uuid, y.uuid);
        EXPECT_EQ(x.status, y.status);
        EXPECT_EQ(x.created, y.created);
        flowdesk::testing::expectSameAnswers(x.answers, y.answers);
        EXPECT_NE(x.uuid, z.uuid);
    }
}

TEST(DemoGenerator, AnswersFollowTheQuestionnairesLogic)
{
    const auto q = bundled();
    ASSERT_TRUE(q);
    DemoGenerator generator(*q, 7);
    Validator validator(*q);
    validator.setNow(QDateTime(QDate(2026, 11, 23), QTime(12, 0)));
    QSet<int> statuses;
    QSet<QString> enumerators;
    int reviewedWithErrors = 0, reviewed = 0, withErrors = 0, withGroup = 0;
    const int member = q->itemByName(u"group_member");
    const int groupSize = q->itemByName(u"group_size");
    constexpr int kCount = 600;
    for (int i = 0; i < kCount; ++i) {
        Interview interview = generator.next();
        statuses.insert(static_cast<int>(interview.status));
        enumerators.insert(interview.enumerator);
        std::vector<ValidationIssue> issues;
        const int errors = validator.validate(interview, issues);
        withErrors += errors > 0 ? 1 : 0;
        if (interview.status == InterviewStatus::Approved || interview.status == InterviewStatus::Exported) {
            ++reviewed;
            reviewedWithErrors += errors > 0 ? 1 : 0;
            if (errors > 0) {
                for (const ValidationIssue &issue : issues)
                    ADD_FAILURE() << "approved interview " << i << ": " << issue.path.toStdString() << ": "
                                  << issue.message.toStdString();
            }
        }
        const QString size = interview.answers.value(groupSize);
        if (!size.isEmpty()) {
            ++withGroup;
            const RepeatAnswers *members = std::as_const(interview.answers).repeat(member);
            const size_t n = members ? members->instances.size() : 0;
            if (interview.status != InterviewStatus::Draft) {
                EXPECT_EQ(static_cast<int>(n), size.toInt() - 1) << "interview " << i;
            }
        }
    }
    EXPECT_EQ(statuses.size(), 5);
    EXPECT_GE(enumerators.size(), 8);
    EXPECT_GT(reviewed, kCount / 4);
    EXPECT_EQ(reviewedWithErrors, 0);
    // Some keying errors and unfinished drafts, but not many.
    EXPECT_GT(withErrors, kCount / 50);
    EXPECT_LT(withErrors, kCount / 4);
    EXPECT_GT(withGroup, kCount / 4);
}
