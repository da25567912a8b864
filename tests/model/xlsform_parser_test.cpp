#include "testforms.h"

#include <gtest/gtest.h>

using namespace flowdesk;
using flowdesk::test::describe;
using flowdesk::test::sheet;
using flowdesk::test::workbook;

namespace {

const QStringList kSurveyHeader{"type", "name", "label::English (en)", "label::French (fr)", "relevant",
                                "constraint", "constraint_message::English (en)", "calculation", "required"};

bool mentions(const FormDiagnostics &d, const QString &sheetName, int row, const QString &text)
{
    for (const FormDiagnostic &item : d.items) {
        if (item.sheet == sheetName && item.row == row && item.message.contains(text))
            return true;
    }
    return false;
}

} // namespace

TEST(XlsFormParser, ReadsTypesListsLanguagesAndStructure)
{
    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("survey", {kSurveyHeader,
                         {"begin group", "profile", "Profile", "Profil"},
                         {"integer", "age", "Age", "Âge", "", ". >= 0 and . <= 110", "Age 0 to 110", "", "yes"},
                         {"select_one sex or_other", "sex", "Sex", "Sexe"},
                         {"end group"},
                         {"begin_repeat", "member", "Member", "Membre"},
                         {"integer", "member_age", "Age", "Âge"},
                         {"calculate", "is_child", "", "", "", "", "", "if(${member_age} < 18, 1, 0)"},
                         {"end_repeat"},
                         {"calculate", "n_children", "", "", "", "", "", "sum(${is_child})"}}),
        sheet("choices", {{"list_name", "name", "label::English (en)", "label::French (fr)"},
                          {"sex", "male", "Male", "Homme"},
                          {"sex", "female", "Female", "Femme"}}),
        sheet("settings", {{"form_id", "version", "form_title", "default_language"},
                           {"fms_test", "2026112301", "Test form", "French (fr)"}}),
    }));
    ASSERT_TRUE(form.questionnaire) << describe(form.diagnostics).toStdString();
    const Questionnaire &q = *form.questionnaire;
    EXPECT_EQ(q.formId, "fms_test");
    EXPECT_EQ(q.version, "2026112301");
    EXPECT_EQ(q.title, "Test form");
    EXPECT_EQ(q.languages, (QStringList{"French (fr)", "English (en)"}));
    EXPECT_EQ(q.languages.at(q.defaultLanguage), "French (fr)");

    const Item &age = q.item(q.itemByName(u"age"));
    EXPECT_EQ(age.type, QuestionType::Integer);
    EXPECT_EQ(q.path(age.id), "profile/age");
    EXPECT_EQ(age.excelRow, 3);
    EXPECT_TRUE(age.required.always);
    EXPECT_FALSE(age.constraint.isNull());
    EXPECT_EQ(age.label.text(q.languageIndex(u"en")), "Age");
    EXPECT_EQ(age.label.text(q.languageIndex(u"fr")), "Âge");

    const Item &sex = q.item(q.itemByName(u"sex"));
    EXPECT_EQ(sex.type, QuestionType::SelectOne);
    EXPECT_TRUE(sex.orOther);
    ASSERT_NE(q.choiceList(sex), nullptr);
    ASSERT_EQ(q.choiceList(sex)->choices.size(), 3u) << "or_other appends 'other', as pyxform does";
    EXPECT_EQ(q.choiceList(sex)->choices.back().name, "other");
    EXPECT_EQ(q.choiceList(sex)->indexOf(u"female"), 1);

    const Item &memberAge = q.item(q.itemByName(u"member_age"));
    EXPECT_EQ(memberAge.repeat, q.itemByName(u"member"));
    EXPECT_EQ(q.path(memberAge.id), "member/member_age");

    // Calculations come after what they read: is_child before n_children.
    const auto &order = q.calculationOrder;
    const auto pos = [&](const char *name) {
        return std::find(order.begin(), order.end(), q.itemByName(QString::fromLatin1(name))) - order.begin();
    };
    EXPECT_LT(pos("is_child"), pos("n_children"));
}

TEST(XlsFormParser, ReportsEveryProblemWithSheetRowAndColumn)
{
    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("survey", {kSurveyHeader,
                         {"textX", "q1", "Q1"},                                     // row 2: unknown type
                         {"integer", "q2", "Q2"},                                   // row 3
                         {"integer", "q2", "Q2 again"},                             // row 4: duplicate name
                         {"select_one missing_list", "q3", "Q3"},                   // row 5: missing list
                         {"integer", "q4", "Q4", "", "${nowhere} > 1"},             // row 6: unknown reference
                         {"integer", "q5", "Q5", "", "", ". > (1"},                 // row 7: syntax error
                         {"begin group", "g1", "G1"},                               // row 8: never closed
                         {"calculate", "c1", "", "", "", "", "", "${c2} + 1"},      // row 9: cycle
                         {"calculate", "c2", "", "", "", "", "", "${c1} + 1"}}),    // row 10: cycle
        sheet("choices", {{"list_name", "name", "label"}, {"yn", "yes", "Yes"}}),
    }));
    EXPECT_FALSE(form.questionnaire);
    const FormDiagnostics &d = form.diagnostics;
    const std::string all = describe(d).toStdString();
    EXPECT_TRUE(mentions(d, "survey", 2, "unknown question type 'textX'")) << all;
    EXPECT_TRUE(mentions(d, "survey", 4, "'q2' is already used at row 3")) << all;
    EXPECT_TRUE(mentions(d, "survey", 5, "list 'missing_list'")) << all;
    EXPECT_TRUE(mentions(d, "survey", 6, "nowhere")) << all;
    EXPECT_TRUE(mentions(d, "survey", 7, "at character")) << all;
    EXPECT_TRUE(mentions(d, "survey", 8, "never closed")) << all;
    EXPECT_TRUE(mentions(d, "survey", 9, "cycle")) << all;
    EXPECT_GE(d.errorCount(), 7);

    // The column is named too, and the printed line carries all of it.
    const auto unknownRef = std::find_if(d.items.begin(), d.items.end(),
                                         [](const FormDiagnostic &x) { return x.row == 6; });
    ASSERT_NE(unknownRef, d.items.end());
    EXPECT_EQ(unknownRef->column, "relevant");
    EXPECT_TRUE(unknownRef->toString().startsWith("error: survey row 6, column relevant:")) << unknownRef->toString().toStdString();
}

TEST(XlsFormParser, UnbalancedBlocksAreNamed)
{
    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label"},
                         {"begin_repeat", "r", "R"},
                         {"text", "t", "T"},
                         {"end_group"},
                         {"end_repeat"}}),
    }));
    EXPECT_FALSE(form.questionnaire);
    EXPECT_TRUE(mentions(form.diagnostics, "survey", 4, "closes repeat 'r' opened at row 2")) << describe(form.diagnostics).toStdString();
    EXPECT_TRUE(mentions(form.diagnostics, "survey", 5, "no matching begin")) << describe(form.diagnostics).toStdString();
}

TEST(XlsFormParser, UnsupportedTypesLoadWithAWarning)
{
    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label"},
                         {"image", "photo", "Photo"},
                         {"geotrace", "route", "Route"},
                         {"integer", "n", "N"}}),
    }));
    ASSERT_TRUE(form.questionnaire) << describe(form.diagnostics).toStdString();
    EXPECT_EQ(form.questionnaire->item(0).type, QuestionType::Unsupported);
    EXPECT_EQ(form.diagnostics.warningCount(), 2);
    EXPECT_TRUE(mentions(form.diagnostics, "survey", 2, "cannot be captured"));
}

TEST(XlsFormParser, LegacySpellingsAndHeaderAliases)
{
    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("Survey", {{"Type", "Name", "Label:english", "Relevance", "constraint message"},
                         {"add integer prompt", "a", "A"},
                         {"select all that apply from yn", "b", "B", "${a} > 1"},
                         {"begin looped group", "r", "R"},
                         {"q decimal", "d", "D"},
                         {"end loop"},
                         {"location", "where", "Where"}}),
        sheet("choices", {{"list name", "value", "label"}, {"yn", "yes", "Yes"}}),
    }));
    // "end loop" is not pyxform's way to close a looped group: end repeat / end group is.
    EXPECT_FALSE(form.questionnaire);
    const ParsedForm fixed = XlsFormParser::parse(workbook({
        sheet("Survey", {{"Type", "Name", "Label:english", "Relevance"},
                         {"add integer prompt", "a", "A"},
                         {"select all that apply from yn", "b", "B", "${a} > 1"},
                         {"begin looped group", "r", "R"},
                         {"q decimal", "d", "D"},
                         {"end repeat"},
                         {"location", "where", "Where"}}),
        sheet("choices", {{"list name", "value", "label:english"}, {"yn", "yes", "Yes"}}),
    }));
    ASSERT_TRUE(fixed.questionnaire) << describe(fixed.diagnostics).toStdString();
    const Questionnaire &q = *fixed.questionnaire;
    EXPECT_EQ(q.item(q.itemByName(u"a")).type, QuestionType::Integer);
    EXPECT_EQ(q.item(q.itemByName(u"b")).type, QuestionType::SelectMultiple);
    EXPECT_FALSE(q.item(q.itemByName(u"b")).relevant.isNull());
    EXPECT_EQ(q.item(q.itemByName(u"r")).type, QuestionType::Repeat);
    EXPECT_EQ(q.item(q.itemByName(u"d")).type, QuestionType::Decimal);
    EXPECT_EQ(q.item(q.itemByName(u"where")).type, QuestionType::Geopoint);
    EXPECT_EQ(q.languages, QStringList{"english"});
}

TEST(XlsFormParser, DuplicateColumnHeaderIsAnError)
{
    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label", "label"}, {"text", "a", "A", "A2"}}),
    }));
    EXPECT_FALSE(form.questionnaire);
    EXPECT_TRUE(mentions(form.diagnostics, "survey", 1, "duplicate column header 'label'"));
}

TEST(XlsFormParser, SimilarSheetNamesWarnButDoNotFail)
{
    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label"}, {"text", "a", "A"}}),
        sheet("setting", {{"form_id"}, {"x"}}),
    }));
    ASSERT_TRUE(form.questionnaire) << describe(form.diagnostics).toStdString();
    ASSERT_EQ(form.diagnostics.warningCount(), 1);
    EXPECT_TRUE(form.diagnostics.items.front().message.contains("'setting'"));
}

TEST(XlsFormParser, MissingSurveySheet)
{
    const ParsedForm form = XlsFormParser::parse(workbook({sheet("choices", {{"list_name", "name"}})}));
    EXPECT_FALSE(form.questionnaire);
    EXPECT_TRUE(describe(form.diagnostics).contains("no 'survey' sheet"));
}

TEST(XlsFormParser, ChoiceFilterReadsChoiceColumns)
{
    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label", "choice_filter"},
                         {"select_one country", "c", "Country"},
                         {"select_one city", "town", "City", "country = ${c}"}}),
        sheet("choices", {{"list_name", "name", "label", "country"},
                          {"country", "ner", "Niger"},
                          {"country", "mli", "Mali"},
                          {"city", "agadez", "Agadez", "ner"},
                          {"city", "gao", "Gao", "mli"}}),
    }));
    ASSERT_TRUE(form.questionnaire) << describe(form.diagnostics).toStdString();
    const Questionnaire &q = *form.questionnaire;
    const Item &town = q.item(q.itemByName(u"town"));
    ASSERT_FALSE(town.choiceFilter.isNull());
    const int countryColumn = static_cast<int>(q.choiceColumns.indexOf("country"));
    ASSERT_GE(countryColumn, 0);
    const auto &refs = town.choiceFilter.references();
    EXPECT_NE(std::find(refs.begin(), refs.end(), q.choiceColumnField(countryColumn)), refs.end());
    EXPECT_NE(std::find(refs.begin(), refs.end(), q.itemByName(u"c")), refs.end());
}

TEST(XlsFormParser, ChoicesFromAFileBesideTheForm)
{
    Workbook book = workbook({
        sheet("survey", {{"type", "name", "label"},
                         {"select_one_from_file towns.csv", "town", "Town"},
                         {"select_multiple_from_file missing.csv", "routes", "Routes"}}),
    });
    book.sources.emplace("towns.csv", QByteArray("name,label,country\nagadez,Agadez,ner\ngao,Gao,mli\n"));
    const ParsedForm form = XlsFormParser::parse(book);
    ASSERT_TRUE(form.questionnaire) << describe(form.diagnostics).toStdString();
    const Questionnaire &q = *form.questionnaire;
    const ChoiceList *towns = q.choiceList(q.item(q.itemByName(u"town")));
    ASSERT_NE(towns, nullptr);
    EXPECT_EQ(towns->choices.size(), 2u);
    EXPECT_EQ(towns->indexOf(u"gao"), 1);
    EXPECT_EQ(towns->choices[1].columns.value("country"), "mli");
    // A file that is not there leaves the question unchecked, with a warning, not a failure.
    EXPECT_EQ(q.choiceList(q.item(q.itemByName(u"routes"))), nullptr);
    EXPECT_TRUE(mentions(form.diagnostics, "survey", 3, "missing.csv"));
}
