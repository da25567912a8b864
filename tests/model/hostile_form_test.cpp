// Forms built to cost out of proportion: deep nesting, sheets thousands of columns wide, choice lists by the
// thousand. Each must be read (or refused with a message) at a cost in proportion to its size; these tests check
// what the user sees, the fuzz targets and their regression inputs check the cost.

#include "testforms.h"

#include <gtest/gtest.h>

using namespace flowdesk;
using flowdesk::test::describe;

namespace {

SheetRow row(int excelRow, QStringList cells)
{
    return SheetRow{excelRow, std::move(cells)};
}

// `depth` groups, each inside the one before, with a question in the innermost.
Workbook nestedGroups(int depth)
{
    Sheet survey;
    survey.name = QStringLiteral("survey");
    survey.headers = QStringList{"type", "name", "label"};
    int excelRow = 1;
    for (int level = 1; level <= depth; ++level)
        survey.rows.push_back(row(++excelRow, {"begin group", QStringLiteral("g%1").arg(level), "Group"}));
    survey.rows.push_back(row(++excelRow, {"text", "deepest", "Deepest"}));
    for (int level = depth; level >= 1; --level)
        survey.rows.push_back(row(++excelRow, {"end group"}));
    Workbook workbook;
    workbook.sourceName = QStringLiteral("nested.xlsx");
    workbook.sheets.push_back(std::move(survey));
    return workbook;
}

std::vector<const FormDiagnostic *> errors(const FormDiagnostics &diagnostics)
{
    std::vector<const FormDiagnostic *> found;
    for (const FormDiagnostic &d : diagnostics.items) {
        if (d.severity == FormDiagnostic::Severity::Error)
            found.push_back(&d);
    }
    return found;
}

} // namespace

TEST(HostileForm, AHundredNestedGroupsAreReadWithTheirPaths)
{
    const ParsedForm form = XlsFormParser::parse(nestedGroups(100));
    ASSERT_TRUE(form.questionnaire) << describe(form.diagnostics).toStdString();
    const Questionnaire &q = *form.questionnaire;
    const Item &deepest = q.item(q.itemByName(u"deepest"));
    EXPECT_EQ(deepest.depth, 100);
    EXPECT_TRUE(q.path(deepest.id).startsWith("g1/g2/g3/"));
    EXPECT_TRUE(q.path(deepest.id).endsWith("/g99/g100/deepest"));
}

TEST(HostileForm, NestingPastTheLimitIsRefusedOnceAtTheRowThatCrossesIt)
{
    const ParsedForm form = XlsFormParser::parse(nestedGroups(101));
    EXPECT_FALSE(form.questionnaire);
    const auto found = errors(form.diagnostics);
    ASSERT_EQ(found.size(), 1u) << describe(form.diagnostics).toStdString();
    EXPECT_EQ(found[0]->toString(), "error: survey row 102, column type: 'g101' is nested 101 levels deep; groups "
                                    "and repeats nest at most 100 levels");
}

TEST(HostileForm, TwentyThousandNestedGroupsGiveOneErrorNotGigabytes)
{
    // Paths kept per item would have cost the square of the depth (3.3 GB here); they are made on demand now.
    const ParsedForm form = XlsFormParser::parse(nestedGroups(20000));
    EXPECT_FALSE(form.questionnaire);
    const auto found = errors(form.diagnostics);
    ASSERT_EQ(found.size(), 1u) << describe(form.diagnostics).left(2000).toStdString();
    EXPECT_TRUE(found[0]->message.contains("nested 101 levels deep")) << found[0]->message.toStdString();
}

TEST(HostileForm, AChoicesSheetThousandsOfColumnsWideKeepsOnlyFilledCells)
{
    Sheet choices;
    choices.name = QStringLiteral("choices");
    choices.headers = QStringList{"list_name", "name", "label"};
    for (int column = 0; column < 5000; ++column)
        choices.headers << QStringLiteral("extra%1").arg(column);
    for (int choice = 0; choice < 2000; ++choice)
        choices.rows.push_back(row(choice + 2, {"places", QStringLiteral("p%1").arg(choice), "Place", "north"}));
    Sheet survey;
    survey.name = QStringLiteral("survey");
    survey.headers = QStringList{"type", "name", "label", "choice_filter"};
    survey.rows.push_back(row(2, {"select_one places", "place", "Place", "extra4999 = '' and extra0 = 'north'"}));
    Workbook workbook;
    workbook.sourceName = QStringLiteral("wide.xlsx");
    workbook.sheets = {survey, choices};

    const ParsedForm form = XlsFormParser::parse(workbook);
    ASSERT_TRUE(form.questionnaire) << describe(form.diagnostics).toStdString();
    const Questionnaire &q = *form.questionnaire;
    ASSERT_EQ(q.lists.size(), 1u);
    ASSERT_EQ(q.lists[0].choices.size(), 2000u);
    // Every column stays one a choice filter may name, though only the filled one is kept per choice.
    EXPECT_TRUE(q.choiceColumns.contains("extra4999"));
    EXPECT_EQ(q.lists[0].choices[0].columns.size(), 1);
    EXPECT_EQ(q.lists[0].choices[0].columns.value("extra0"), "north");
    for (const FormDiagnostic &d : form.diagnostics.items)
        EXPECT_FALSE(d.message.contains("neither a question nor a choice column")) << d.toString().toStdString();
}

TEST(HostileForm, ACycleWithALongTailNamesOnlyTheCycle)
{
    Sheet survey;
    survey.name = QStringLiteral("survey");
    survey.headers = QStringList{"type", "name", "calculation"};
    survey.rows.push_back(row(2, {"calculate", "a", "${b} + 1"}));
    survey.rows.push_back(row(3, {"calculate", "b", "${a} + 1"}));
    // A chain hanging below the cycle, each reading the one before: peeled off, not named.
    for (int i = 0; i < 5000; ++i) {
        survey.rows.push_back(row(i + 4, {"calculate", QStringLiteral("t%1").arg(i),
                                          i == 0 ? QStringLiteral("${a}") : QStringLiteral("${t%1}").arg(i - 1)}));
    }
    Workbook workbook;
    workbook.sourceName = QStringLiteral("cycle.xlsx");
    workbook.sheets.push_back(survey);
    const ParsedForm form = XlsFormParser::parse(workbook);
    EXPECT_FALSE(form.questionnaire);
    const auto found = errors(form.diagnostics);
    ASSERT_EQ(found.size(), 1u) << describe(form.diagnostics).left(2000).toStdString();
    EXPECT_TRUE(found[0]->message.endsWith("in a cycle: ${a} -> ${b}")) << found[0]->message.toStdString();
}

TEST(HostileForm, ASurveyPastFiftyThousandRowsIsRefusedBeforeItIsBuilt)
{
    Sheet survey;
    survey.name = QStringLiteral("survey");
    survey.headers = QStringList{"type", "name", "label"};
    for (int i = 0; i < 50001; ++i)
        survey.rows.push_back(row(i + 2, {"text", QStringLiteral("q%1").arg(i), "Q"}));
    Workbook workbook;
    workbook.sourceName = QStringLiteral("long.xlsx");
    workbook.sheets.push_back(survey);
    const ParsedForm form = XlsFormParser::parse(workbook);
    EXPECT_FALSE(form.questionnaire);
    ASSERT_EQ(form.diagnostics.items.size(), 1u);
    EXPECT_EQ(form.diagnostics.items[0].toString(),
              "error: survey row 50002: the survey sheet has more than 50,000 rows, far more than any questionnaire "
              "in use (the longest have a few thousand); check that this is the right form");
}

TEST(HostileForm, ThousandsOfProblemsAreCountedButOnlyTheFirstThousandListed)
{
    Sheet survey;
    survey.name = QStringLiteral("survey");
    survey.headers = QStringList{"type", "name", "label"};
    for (int i = 0; i < 3000; ++i)
        survey.rows.push_back(row(i + 2, {"text", "same", "Q"}));
    Workbook workbook;
    workbook.sourceName = QStringLiteral("repeated.xlsx");
    workbook.sheets.push_back(survey);
    const ParsedForm form = XlsFormParser::parse(workbook);
    EXPECT_FALSE(form.questionnaire);
    EXPECT_EQ(form.diagnostics.items.size(), size_t(FormDiagnostics::maxListed));
    EXPECT_EQ(form.diagnostics.errorCount(), 2999); // every row after the first reuses the name
    EXPECT_EQ(form.diagnostics.items.back().row, 1002);
}
