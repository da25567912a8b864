// The review screen's answer sheet shows labels as entry does: ${name} references filled in with the answers,
// inside a repeat instance with that instance's own answers, choices by their label.
#include "validatorfixture.h"

#include "review/answersheet.h"

namespace flowdesk::test {
namespace {

class AnswerSheetLabels : public ValidatorFixture
{
protected:
    void SetUp() override
    {
        useForm(workbook(
            {sheet("survey", {{"type", "name", "label"},
                              {"text", "name", "Respondent's name"},
                              {"select_one place", "place", "Where is ${name} now?"},
                              {"integer", "age", "How old is ${name} (at ${place})?"},
                              {"begin_repeat", "child", "Children of ${name}"},
                              {"text", "child_name", "Child's name"},
                              {"integer", "child_age", "Age of ${child_name}, child of ${name}"},
                              {"end_repeat"}}),
             sheet("choices", {{"list_name", "name", "label"}, {"place", "agadez", "Agadez bus station"}})}));
    }

    const AnswerLine *line(const std::vector<AnswerLine> &lines, const char *name, const QString &instance)
    {
        for (const AnswerLine &l : lines) {
            if (l.item == id(name) && l.instance == instance)
                return &l;
        }
        return nullptr;
    }
};

TEST_F(AnswerSheetLabels, ReferencesAreFilledWithTheAnswersTheQuestionSees)
{
    Interview interview;
    AnswerScope &a = interview.answers;
    a.setValue(id("name"), "Amina");
    a.setValue(id("place"), "agadez");
    a.setValue(id("age"), "31");
    RepeatAnswers &children = a.repeat(id("child"));
    children.instances.resize(2);
    children.instances[0].setValue(id("child_name"), "Issa");
    children.instances[0].setValue(id("child_age"), "4");
    children.instances[1].setValue(id("child_name"), "Mariam");
    children.instances[1].setValue(id("child_age"), "2");

    AnswerSheet sheet(*m_q, -1);
    const std::vector<AnswerLine> lines = sheet.lines(interview, {});
    ASSERT_TRUE(line(lines, "age", ""));
    EXPECT_EQ(line(lines, "age", "")->label, "How old is Amina (at Agadez bus station)?");
    EXPECT_EQ(line(lines, "place", "")->label, "Where is Amina now?");
    ASSERT_TRUE(line(lines, "child_age", "1") && line(lines, "child_age", "2"));
    EXPECT_EQ(line(lines, "child_age", "1")->label, "Age of Issa, child of Amina");
    EXPECT_EQ(line(lines, "child_age", "2")->label, "Age of Mariam, child of Amina");
    ASSERT_TRUE(line(lines, "child", "1"));
    EXPECT_EQ(line(lines, "child", "1")->label, "Children of Amina #1");

    // Unanswered, a reference reads as nothing (as in entry), never as the raw ${name}.
    Interview empty;
    const std::vector<AnswerLine> blank = sheet.lines(empty, {});
    ASSERT_TRUE(line(blank, "place", ""));
    EXPECT_EQ(line(blank, "place", "")->label, "Where is  now?");
}

} // namespace
} // namespace flowdesk::test
