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

Sheet emptySheet(const QString &name, const QStringList &headers)
{
    Sheet sheet;
    sheet.name = name;
    sheet.headers = headers;
    return sheet;
}

Workbook workbookOf(std::vector<Sheet> sheets)
{
    Workbook workbook;
    workbook.sourceName = QStringLiteral("hostile.xlsx");
    workbook.sheets = std::move(sheets);
    return workbook;
}

// The one error that refused the form, or a test failure.
FormDiagnostic onlyError(const ParsedForm &form)
{
    std::vector<FormDiagnostic> errors;
    for (const FormDiagnostic &d : form.diagnostics.items) {
        if (d.severity == FormDiagnostic::Severity::Error)
            errors.push_back(d);
    }
    EXPECT_FALSE(form.questionnaire);
    EXPECT_EQ(errors.size(), 1u) << describe(form.diagnostics).left(2000).toStdString();
    return errors.empty() ? FormDiagnostic{} : errors.front();
}

// `depth` groups, each inside the one before, with a question in the innermost.
Workbook nestedGroups(int depth)
{
    Sheet survey = emptySheet(QStringLiteral("survey"), {"type", "name", "label"});
    int excelRow = 1;
    for (int level = 1; level <= depth; ++level)
        survey.rows.push_back(row(++excelRow, {"begin group", QStringLiteral("g%1").arg(level), "Group"}));
    survey.rows.push_back(row(++excelRow, {"text", "deepest", "Deepest"}));
    for (int level = depth; level >= 1; --level)
        survey.rows.push_back(row(++excelRow, {"end group"}));
    return workbookOf({survey});
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
    EXPECT_EQ(onlyError(XlsFormParser::parse(nestedGroups(101))).toString(),
              "error: survey row 102, column type: 'g101' is nested 101 levels deep; groups and repeats nest at "
              "most 100 levels");
}

TEST(HostileForm, TwentyThousandNestedGroupsGiveOneErrorNotGigabytes)
{
    // Paths kept per item would have cost the square of the depth (3.3 GB here); they are made on demand now.
    const QString message = onlyError(XlsFormParser::parse(nestedGroups(20000))).message;
    EXPECT_TRUE(message.contains("nested 101 levels deep")) << message.toStdString();
}

TEST(HostileForm, AChoicesSheetThousandsOfColumnsWideKeepsOnlyFilledCells)
{
    Sheet choices = emptySheet(QStringLiteral("choices"), {"list_name", "name", "label"});
    for (int column = 0; column < 5000; ++column)
        choices.headers << QStringLiteral("extra%1").arg(column);
    for (int choice = 0; choice < 2000; ++choice)
        choices.rows.push_back(row(choice + 2, {"places", QStringLiteral("p%1").arg(choice), "Place", "north"}));
    Sheet survey = emptySheet(QStringLiteral("survey"), {"type", "name", "label", "choice_filter"});
    survey.rows.push_back(row(2, {"select_one places", "place", "Place", "extra4999 = '' and extra0 = 'north'"}));

    const ParsedForm form = XlsFormParser::parse(workbookOf({survey, choices}));
    ASSERT_TRUE(form.questionnaire) << describe(form.diagnostics).toStdString();
    const Questionnaire &q = *form.questionnaire;
    ASSERT_EQ(q.lists.size(), 1u);
    ASSERT_EQ(q.lists[0].choices.size(), 2000u);
    // Every column stays one a choice filter may name, though only the filled ones (the label, kept so a filter
    // can name it, and extra0) are kept per choice.
    EXPECT_TRUE(q.choiceColumns.contains("extra4999"));
    EXPECT_EQ(q.lists[0].choices[0].columns.size(), 2);
    EXPECT_EQ(q.lists[0].choices[0].columns.value("extra0"), "north");
    for (const FormDiagnostic &d : form.diagnostics.items)
        EXPECT_FALSE(d.message.contains("neither a question nor a choice column")) << d.toString().toStdString();
}

TEST(HostileForm, ACycleWithALongTailNamesOnlyTheCycle)
{
    Sheet survey = emptySheet(QStringLiteral("survey"), {"type", "name", "calculation"});
    survey.rows.push_back(row(2, {"calculate", "a", "${b} + 1"}));
    survey.rows.push_back(row(3, {"calculate", "b", "${a} + 1"}));
    // A chain hanging below the cycle, each reading the one before: peeled off, not named.
    for (int i = 0; i < 5000; ++i) {
        survey.rows.push_back(row(i + 4, {"calculate", QStringLiteral("t%1").arg(i),
                                          i == 0 ? QStringLiteral("${a}") : QStringLiteral("${t%1}").arg(i - 1)}));
    }
    const QString message = onlyError(XlsFormParser::parse(workbookOf({survey}))).message;
    EXPECT_TRUE(message.endsWith("in a cycle: ${a} -> ${b}")) << message.toStdString();
}

TEST(HostileForm, ASurveyPastFiftyThousandRowsIsRefusedBeforeItIsBuilt)
{
    Sheet survey = emptySheet(QStringLiteral("survey"), {"type", "name", "label"});
    for (int i = 0; i < 50001; ++i)
        survey.rows.push_back(row(i + 2, {"text", QStringLiteral("q%1").arg(i), "Q"}));
    EXPECT_EQ(onlyError(XlsFormParser::parse(workbookOf({survey}))).toString(),
              "error: survey row 50002: the survey sheet has more than 50,000 rows, far more than any questionnaire "
              "in use (the longest have a few thousand); check that this is the right form");
}

TEST(HostileForm, ThousandsOfProblemsAreCountedButOnlyTheFirstThousandListed)
{
    Sheet survey = emptySheet(QStringLiteral("survey"), {"type", "name", "label"});
    for (int i = 0; i < 3000; ++i)
        survey.rows.push_back(row(i + 2, {"text", "same", "Q"}));
    const ParsedForm form = XlsFormParser::parse(workbookOf({survey}));
    EXPECT_FALSE(form.questionnaire);
    EXPECT_EQ(form.diagnostics.items.size(), size_t(FormDiagnostics::maxListed));
    EXPECT_EQ(form.diagnostics.errorCount(), 2999); // every row after the first reuses the name
    EXPECT_EQ(form.diagnostics.items.back().row, 1002);
}
