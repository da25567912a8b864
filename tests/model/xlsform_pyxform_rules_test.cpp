// Rules learned from pyxform (the XLSForm reference converter): what it converts loads, what it refuses is refused.
#include "questionnaire/questionnaireloader.h"
#include "store_fixtures.h"
#include "validatorfixture.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace flowdesk;
using flowdesk::test::describe;
using flowdesk::test::sheet;
using flowdesk::test::workbook;

namespace {

bool mentions(const FormDiagnostics &d, int row, const QString &text,
              FormDiagnostic::Severity severity = FormDiagnostic::Severity::Error)
{
    return std::any_of(d.items.begin(), d.items.end(), [&](const FormDiagnostic &item) {
        return item.severity == severity && item.row == row && item.message.contains(text);
    });
}

const Item *itemAt(const Questionnaire &q, const QString &path)
{
    const auto found = std::find_if(q.items.begin(), q.items.end(), [&](const Item &i) { return q.path(i.id) == path; });
    return found == q.items.end() ? nullptr : &*found;
}

Sheet yesNo()
{
    return sheet("choices", {{"list_name", "name", "label"}, {"yn", "yes", "Yes"}, {"yn", "no", "No"}});
}

} // namespace

TEST(PyxformTypes, EveryPyxformSpellingIsKnownAndCaseMatters)
{
    const std::pair<const char *, QuestionType> known[] = {
        {"phone number", QuestionType::Text},         {"q int", QuestionType::Integer},
        {"percentage", QuestionType::Integer},        {"dateTime", QuestionType::DateTime},
        {"q date time", QuestionType::DateTime},      {"get today", QuestionType::Metadata},
        {"start time", QuestionType::Metadata},       {"get device id", QuestionType::Metadata},
        {"add calculate prompt", QuestionType::Calculate}, {"q picture", QuestionType::Unsupported},
        {"background-geopoint", QuestionType::Metadata}, {"trigger", QuestionType::Acknowledge},
    };
    for (const auto &[spelling, type] : known) {
        const ParsedType parsed = parseQuestionType(QString::fromUtf8(spelling));
        EXPECT_TRUE(parsed.known) << spelling;
        EXPECT_EQ(parsed.type, type) << spelling;
    }
    // pyxform matches type names exactly: these are not types to it, so they are not to us.
    for (const char *unknown : {"Integer", "TEXT", "Begin Group", "select multiple yn", "signature", "select_one"})
        EXPECT_FALSE(parseQuestionType(QString::fromUtf8(unknown)).known) << unknown;

    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label"}, {"text", "a", "A"}, {"Integer", "b", "B"}}),
    }));
    EXPECT_FALSE(form.questionnaire);
    EXPECT_TRUE(mentions(form.diagnostics, 3, "unknown question type 'Integer'")) << describe(form.diagnostics).toStdString();
}

TEST(PyxformTypes, OrSpecifyOtherSpellings)
{
    for (const char *spelling : {"select all that apply from yn or specify other", "select one from yn or specify other",
                                 "select_one yn or other", "select_multiple yn or_other"}) {
        const ParsedType parsed = parseQuestionType(QString::fromUtf8(spelling));
        EXPECT_TRUE(parsed.known && parsed.orOther) << spelling;
        EXPECT_EQ(parsed.list, "yn") << spelling;
    }
    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label"}, {"select all that apply from yn or specify other", "s", "S"}}),
        yesNo(),
    }));
    ASSERT_TRUE(form.questionnaire) << describe(form.diagnostics).toStdString();
    EXPECT_EQ(form.questionnaire->item(0).type, QuestionType::SelectMultiple);
    EXPECT_TRUE(form.questionnaire->item(0).orOther);
}

TEST(PyxformHeaders, SnakeCasedAliasedAndSingleColonLanguages)
{
    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("survey", {{"Type", "Name", "Label:English", "Caption:French", "Constraint Message:English", "constraint",
                          "bind::relevant", "Choice Filter", "Repeat Count"},
                         {"integer", "n", "N", "N fr", "Too big", ". < 5"},
                         {"select_one yn", "s", "S", "S fr", "", "", "${n} > 1", "name != 'no'"},
                         {"begin repeat", "r", "R", "R fr", "", "", "", "", "${n}"},
                         {"text", "t", "T"},
                         {"end repeat"}}),
        sheet("choices", {{"List Name", "Value", "Label:English"}, {"yn", "yes", "Yes"}, {"yn", "no", "No"}}),
    }));
    ASSERT_TRUE(form.questionnaire) << describe(form.diagnostics).toStdString();
    const Questionnaire &q = *form.questionnaire;
    EXPECT_EQ(q.languages, (QStringList{"English", "French"}));
    EXPECT_EQ(q.item(0).label.text(q.languageIndex(u"French")), "N fr");
    EXPECT_EQ(q.item(0).constraintMessage.text(q.languageIndex(u"English")), "Too big");
    EXPECT_FALSE(q.item(1).relevant.isNull());
    EXPECT_FALSE(q.item(1).choiceFilter.isNull());
    EXPECT_FALSE(q.item(2).repeatCount.isNull());
    EXPECT_EQ(q.lists.front().choices.size(), 2u);
}

TEST(PyxformNames, UnnamedNotesAreNamedAfterTheirRow)
{
    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label"}, {"note", "", "Welcome"}, {"text", "a", "A"}, {"note", "", "Bye"}}),
    }));
    ASSERT_TRUE(form.questionnaire) << describe(form.diagnostics).toStdString();
    EXPECT_EQ(form.questionnaire->item(0).name, "generated_note_name_2");
    EXPECT_EQ(form.questionnaire->item(2).name, "generated_note_name_4");
    // pyxform names only "note" rows; any other unnamed question is an error.
    const ParsedForm other = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label"}, {"add note prompt", "", "Welcome"}}),
    }));
    EXPECT_FALSE(other.questionnaire);
    EXPECT_TRUE(mentions(other.diagnostics, 2, "has no name"));
}

TEST(PyxformNames, RepeatNamedLikeTheRootOrTwiceIsRefused)
{
    const ParsedForm refused = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label"},
                         {"begin repeat", "data", "R"}, {"text", "a", "A"}, {"end repeat"},
                         {"begin group", "g", "G"}, {"begin repeat", "r", "R"}, {"text", "b", "B"}, {"end repeat"},
                         {"end group"},
                         {"begin repeat", "r", "R again"}, {"text", "c", "C"}, {"end repeat"}}),
    }));
    EXPECT_FALSE(refused.questionnaire);
    EXPECT_TRUE(mentions(refused.diagnostics, 2, "survey's root")) << describe(refused.diagnostics).toStdString();
    EXPECT_TRUE(mentions(refused.diagnostics, 10, "already used by the repeat at row 6"));

    // The root is the settings `name` when given; a group (not a repeat) may share the root's name, as in pyxform.
    const ParsedForm named = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label"},
                         {"begin repeat", "data", "R"}, {"text", "a", "A"}, {"end repeat"},
                         {"begin group", "household", "G"}, {"text", "b", "B"}, {"end group"},
                         {"begin repeat", "household", "R"}, {"text", "c", "C"}, {"end repeat"}}),
        sheet("settings", {{"form_id", "name"}, {"f", "household"}}),
    }));
    EXPECT_FALSE(named.questionnaire);
    EXPECT_FALSE(mentions(named.diagnostics, 2, "survey's root"));
    EXPECT_FALSE(mentions(named.diagnostics, 5, "survey's root"));
    EXPECT_TRUE(mentions(named.diagnostics, 8, "'household', the name of the survey's root"));
}

TEST(PyxformNames, ControlCharactersInNamesAreRefusedNamingTheCell)
{
    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label"},
                         {"text", QStringLiteral("a") + QChar(7) + QStringLiteral("b"), "A"},
                         {"select_one yn", "s", "S"}}),
        sheet("choices", {{"list_name", "name", "label"},
                          {"yn", QStringLiteral("ye") + QChar(0) + QStringLiteral("s"), "Yes"},
                          {QStringLiteral("yn") + QChar(0x1F), "no", "No"},
                          {"yn", "no", "No"}}),
    }));
    EXPECT_FALSE(form.questionnaire);
    const QString all = describe(form.diagnostics);
    EXPECT_TRUE(mentions(form.diagnostics, 2, "cell B2")) << all.toStdString();
    EXPECT_TRUE(mentions(form.diagnostics, 2, "U+0007"));
    EXPECT_TRUE(mentions(form.diagnostics, 2, "choice name in cell B2")); // the choices sheet's own row 2
    EXPECT_TRUE(mentions(form.diagnostics, 2, "U+0000"));
    EXPECT_TRUE(mentions(form.diagnostics, 3, "list_name in cell A3"));
    EXPECT_FALSE(all.contains(QChar(0)));
}

TEST(PyxformSheets, TheOnlySheetIsTheSurveyWhateverItsName)
{
    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("Sheet1", {{"type", "name", "label"}, {"text", "who", "Who?"}}),
    }));
    ASSERT_TRUE(form.questionnaire) << describe(form.diagnostics).toStdString();
    EXPECT_EQ(form.questionnaire->item(0).name, "who");
    // With two sheets, neither called survey, there is no survey.
    const ParsedForm two = XlsFormParser::parse(workbook({
        sheet("Sheet1", {{"type", "name", "label"}, {"text", "who", "Who?"}}),
        sheet("Sheet2", {{"list_name", "name"}}),
    }));
    EXPECT_FALSE(two.questionnaire);
}

TEST(PyxformSheets, EmptyOrHeaderOnlyChoicesSheetIsNoErrorWhenNoListIsUsed)
{
    for (const Sheet &choices : {sheet("choices", {{"list_name", "name", "label"}}), sheet("choices", {}),
                                 sheet("choices", {{"label"}})}) {
        const ParsedForm form = XlsFormParser::parse(workbook({
            sheet("survey", {{"type", "name", "label"}, {"text", "a", "A"}}),
            choices,
        }));
        EXPECT_TRUE(form.questionnaire) << describe(form.diagnostics).toStdString();
    }
    const ParsedForm uses = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label"}, {"select_one yn", "a", "A"}}),
        sheet("choices", {{"list_name", "name", "label"}}),
    }));
    EXPECT_FALSE(uses.questionnaire);
    EXPECT_TRUE(mentions(uses.diagnostics, 2, "list 'yn' is not in the choices sheet"));
}

TEST(PyxformTypes, SettingRowsSelectsFromAnswersAndChoiceFileNames)
{
    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label"},
                         {"form_title", "Household visit"},
                         {"text", "people", "Who lives here?"},
                         {"select_one ${people}", "head", "Who is the head?"}}),
    }));
    ASSERT_TRUE(form.questionnaire) << describe(form.diagnostics).toStdString();
    EXPECT_EQ(form.questionnaire->title, "Household visit");
    EXPECT_EQ(form.questionnaire->items.size(), 2u);
    EXPECT_TRUE(mentions(form.diagnostics, 4, "earlier answers", FormDiagnostic::Severity::Warning));

    const ParsedForm file = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label"}, {"select_one_from_file towns.txt", "t", "T"}}),
    }));
    EXPECT_FALSE(file.questionnaire);
    EXPECT_TRUE(mentions(file.diagnostics, 2, ".csv, .xml or .geojson"));
}

// A loop: one group per choice, "%(label)s" and "%(name)s" replaced in the loop's own rows.
class PyxformLoops : public flowdesk::test::ValidatorFixture
{
};

TEST_F(PyxformLoops, AGroupPerChoiceWithLabelsSubstituted)
{
    useForm(workbook({
        sheet("survey", {{"type", "name", "label::English", "label::French", "constraint"},
                         {"begin loop over c1", "l1", "Things", "Choses"},
                         {"integer", "q1", "Age of %(label)s", "Âge de %(label)s", ". < 10"},
                         {"text", "%(name)s_note", "About %(name)s"},
                         {"begin group", "g1", "Inner %(label)s"},
                         {"text", "q2", "Size of %(label)s"},
                         {"end group"},
                         {"end loop"},
                         {"text", "after", "After"}}),
        sheet("choices", {{"list_name", "name", "label::English", "label::French"},
                          {"c1", "thing1", "Thing 1", "Chose 1"},
                          {"c1", "thing2", "Thing 2", "Chose 2"},
                          {"c1", "none", "None", "Aucune"}}),
    }));
    const Questionnaire &q = *m_q;
    const int en = q.languageIndex(u"English");
    const int fr = q.languageIndex(u"French");
    const Item *group = itemAt(q, "l1/thing2");
    ASSERT_NE(group, nullptr);
    EXPECT_EQ(group->type, QuestionType::Group);
    EXPECT_EQ(group->label.text(fr), "Chose 2");
    const Item *age = itemAt(q, "l1/thing2/q1");
    ASSERT_NE(age, nullptr);
    EXPECT_EQ(age->label.text(en), "Age of Thing 2");
    EXPECT_EQ(age->label.text(fr), "Âge de Chose 2");
    ASSERT_NE(itemAt(q, "l1/thing1/thing1_note"), nullptr);
    // pyxform substitutes in the loop's direct rows only: the nested group's questions keep the pattern.
    EXPECT_EQ(itemAt(q, "l1/thing1/g1")->label.text(en), "Inner Thing 1");
    EXPECT_EQ(itemAt(q, "l1/thing1/g1/q2")->label.text(en), "Size of %(label)s");
    EXPECT_EQ(itemAt(q, "l1/none"), nullptr); // a select_multiple's "none" is no loop choice
    EXPECT_EQ(itemAt(q, "after")->parent, -1);

    // Validation sees each copy: the second thing's age breaks its own constraint.
    Interview interview;
    interview.answers.setValue(itemAt(q, "l1/thing1/q1")->id, "3");
    interview.answers.setValue(age->id, "12");
    const auto issues = validate(interview);
    ASSERT_EQ(issues.size(), 1u) << describe(issues).toStdString();
    EXPECT_EQ(issues[0].path, "l1/thing2/q1");
}

TEST(PyxformLoopErrors, ListMissingUnknownOrLoopClosedByGroup)
{
    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label"},
                         {"begin loop", "a", "A"}, {"text", "x", "X"}, {"end loop"},
                         {"begin loop over nowhere", "b", "B"}, {"text", "y", "Y"}, {"end loop"},
                         {"begin loop over yn", "c", "C"}, {"text", "z", "Z"}, {"end group"}}),
        yesNo(),
    }));
    EXPECT_FALSE(form.questionnaire);
    EXPECT_TRUE(mentions(form.diagnostics, 2, "begin loop over LIST")) << describe(form.diagnostics).toStdString();
    EXPECT_TRUE(mentions(form.diagnostics, 5, "'nowhere', which is not in the choices sheet"));
    EXPECT_TRUE(mentions(form.diagnostics, 10, "closes"));
}

class PyxformChoiceFilter : public flowdesk::test::ValidatorFixture
{
};

TEST_F(PyxformChoiceFilter, ColumnsWithDoubleColonHeaders)
{
    useForm(workbook({
        sheet("survey", {{"type", "name", "label::English", "choice_filter"},
                         {"select_one towns", "town", "Town", "label::English != '' and label::english != 'x'"}}),
        sheet("choices", {{"list_name", "name", "label::English", "label::French"},
                          {"towns", "agadez", "Agadez", "Agadez"},
                          {"towns", "gao", "", "Gao"}}),
    }));
    Interview interview;
    interview.answers.setValue(id("town"), "agadez");
    EXPECT_TRUE(validate(interview).empty());
    interview.answers.setValue(id("town"), "gao"); // no English label: the filter leaves it out
    const auto issues = validate(interview);
    ASSERT_EQ(issues.size(), 1u) << describe(issues).toStdString();
    EXPECT_EQ(issues[0].kind, ValidationIssue::Kind::NotInFilter);
}

class PyxformPulldata : public flowdesk::test::ValidatorFixture
{
};

TEST_F(PyxformPulldata, ReadsTheCsvBesideTheFormOrWarnsAndStaysEmpty)
{
    Workbook book = workbook({
        sheet("survey", {{"type", "name", "label", "calculation", "constraint"},
                         {"text", "hh", "Household"},
                         {"calculate", "head", "", "pulldata('households', 'head', 'hh_id', ${hh})"},
                         {"text", "check", "Head's name again", "", ". = ${head}"}}),
    });
    book.sources.emplace("households.csv", QByteArray("hh_id,head\nh1,Amina\nh2,Moussa\nh2,Later\n"));
    useForm(book);
    Interview interview;
    interview.answers.setValue(id("hh"), "h2");
    interview.answers.setValue(id("check"), "Moussa");
    EXPECT_TRUE(validate(interview).empty());
    EXPECT_EQ(interview.answers.value(id("head")), "Moussa");
    interview.answers.setValue(id("check"), "Amina");
    EXPECT_EQ(validate(interview).size(), 1u);

    book.sources.clear();
    const ParsedForm missing = XlsFormParser::parse(book);
    ASSERT_TRUE(missing.questionnaire) << describe(missing.diagnostics).toStdString();
    EXPECT_TRUE(mentions(missing.diagnostics, 3, "'households.csv'", FormDiagnostic::Severity::Warning));
    m_q = missing.questionnaire;
    interview.answers.setValue(id("check"), "");
    EXPECT_TRUE(validate(interview).empty());
    EXPECT_EQ(interview.answers.value(id("head")), "");
}

TEST(PyxformPulldataFiles, TheCsvIsKeptWithTheFormsStoredSources)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto write = [&](const char *name, const QByteArray &bytes) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write("survey.csv", "type,name,label,calculation\ntext,hh,Household,\n"
                        "calculate,head,,\"pulldata('households','head','hh_id',${hh})\"\n");
    write("households.csv", "hh_id,head\nh1,Amina\n");
    const LoadedForm form = QuestionnaireLoader::load(dir.path());
    ASSERT_TRUE(form.ok()) << describe(form.diagnostics).toStdString();
    EXPECT_EQ(form.questionnaire->pulldata(u"households", u"head", u"hh_id", u"h1"), "Amina");

    auto db = flowdesk::testing::openMemory();
    ASSERT_TRUE(db);
    QuestionnaireStore store(*db);
    QString error;
    const auto id = store.add(form.workbook, *form.questionnaire, &error);
    ASSERT_TRUE(id) << error.toStdString();
    dir.remove(); // the files beside the form are gone; the store still has them
    const LoadedForm again = QuestionnaireLoader::fromSources(*store.sources(*id), QStringLiteral("form"));
    ASSERT_TRUE(again.ok()) << describe(again.diagnostics).toStdString();
    EXPECT_EQ(again.questionnaire->pulldata(u"households", u"head", u"hh_id", u"h1"), "Amina");
}

TEST(PyxformNames, MetaIsReservedAndSelectMultipleChoicesHoldNoSpaces)
{
    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label"},
                         {"text", "meta", "M"},
                         {"select_one places", "one", "One"},
                         {"select_multiple places", "many", "Many"}}),
        sheet("choices", {{"list_name", "name", "label"}, {"places", "in town", "In town"}, {"places", "out", "Out"}}),
    }));
    EXPECT_FALSE(form.questionnaire);
    EXPECT_TRUE(mentions(form.diagnostics, 2, "reserved")) << describe(form.diagnostics).toStdString();
    EXPECT_FALSE(mentions(form.diagnostics, 3, "holds a space"));
    EXPECT_TRUE(mentions(form.diagnostics, 4, "'in town' (choices row 2), which holds a space"));
}

TEST(PyxformNames, SiblingsDifferingOnlyByCaseWarnOrOtherWithAFilterIsRefused)
{
    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label", "choice_filter"},
                         {"text", "Q1", "A"},
                         {"text", "q1", "B"},
                         {"begin group", "g", "G"}, {"text", "q1", "C"}, {"end group"}}),
    }));
    ASSERT_TRUE(form.questionnaire) << describe(form.diagnostics).toStdString();
    EXPECT_TRUE(mentions(form.diagnostics, 3, "differs only by case", FormDiagnostic::Severity::Warning));
    EXPECT_EQ(form.diagnostics.warningCount(), 1);

    const ParsedForm filtered = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label", "choice_filter"}, {"select_one yn or_other", "s", "S", "name != 'no'"}}),
        yesNo(),
    }));
    EXPECT_FALSE(filtered.questionnaire);
    EXPECT_TRUE(mentions(filtered.diagnostics, 2, "does not allow both"));
}

TEST(PyxformTypes, ExternalSelectNeedsItsListInExternalChoices)
{
    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label", "choice_filter"}, {"select_one_external towns", "t", "T", "x = 1"}}),
    }));
    EXPECT_FALSE(form.questionnaire);
    EXPECT_TRUE(mentions(form.diagnostics, 2, "'towns' is not in the external_choices sheet"));
}

TEST(PyxformHeaders, TwoNamesForOneColumnDisabledRowsAndCalculatesWithADynamicDefault)
{
    const ParsedForm twice = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label", "caption"}, {"text", "a", "A", "A"}}),
    }));
    EXPECT_FALSE(twice.questionnaire);
    EXPECT_TRUE(mentions(twice.diagnostics, 1, "columns 'label' and 'caption' are two names for the same column"));

    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet("survey", {{"type", "name", "label", "disabled", "default", "calculation"},
                         {"text", "a", "A"},
                         {"Integer", "old", "Old", "yes"},
                         {"calculate", "started", "", "", "now()"},
                         {"calculate", "fixed", "", "", "7"}}),
    }));
    EXPECT_FALSE(form.questionnaire);
    EXPECT_FALSE(mentions(form.diagnostics, 3, "unknown question type")) << describe(form.diagnostics).toStdString();
    EXPECT_FALSE(mentions(form.diagnostics, 4, "has no calculation"));
    EXPECT_TRUE(mentions(form.diagnostics, 5, "calculate 'fixed' has no calculation"));
}
