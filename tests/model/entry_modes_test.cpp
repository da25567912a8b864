// Issue 9's rest, model side: `or_other` expanded as pyxform does it, paper keying (the width of a box, the mode a
// form opens in, values confirmed as on paper), reasons following a removed repeat entry, completion in one
// transaction.
#include "entry_fixture.h"
#include "memory_entry_storage.h"
#include "store_fixtures.h"
#include "testforms.h"

#include "entry/entrymodes.h"
#include "entry/entrysession.h"
#include "store/interviewstore.h"
#include "store/questionnairestore.h"
#include "workflow/interviewworkflow.h"
#include "workflow/officepolicy.h"

#include <gtest/gtest.h>

using namespace flowdesk;
using namespace flowdesk::testing;
using flowdesk::test::describe;
using flowdesk::test::sheet;
using flowdesk::test::workbook;

namespace {

Workbook orOtherForm(const QString &type = QStringLiteral("select_one colour or_other"))
{
    return workbook({sheet("survey", {{"type", "name", "label"},
                                      {type, "colour", "Colour"},
                                      {"integer", "n", "Number"}}),
                     sheet("choices", {{"list_name", "name", "label"}, {"colour", "red", "Red"}, {"colour", "blue", "Blue"}})});
}

const EntryField &fieldOf(const EntrySession &session, const Questionnaire &q, const char *name)
{
    return session.fields()[size_t(session.fieldIndex(FieldRef{q.itemByName(QString::fromLatin1(name)), {}}))];
}

} // namespace

TEST(OrOther, AddsAnOtherChoiceAndASpecifyQuestionRightAfterTheSelectAsPyxformDoes)
{
    const ParsedForm parsed = XlsFormParser::parse(orOtherForm());
    ASSERT_TRUE(parsed.questionnaire) << describe(parsed.diagnostics).toStdString();
    const Questionnaire &q = *parsed.questionnaire;
    ASSERT_EQ(q.items.size(), 3u);
    const Item &colour = q.item(0);
    const Item &other = q.item(1);
    EXPECT_EQ(other.name, "colour_other");
    EXPECT_EQ(other.type, QuestionType::Text);
    EXPECT_EQ(other.label.text(0), "Specify other.");
    EXPECT_EQ(other.otherFor, colour.id);
    EXPECT_EQ(other.parent, colour.parent);
    EXPECT_EQ(q.item(2).name, "n") << "the question after the select comes after the generated one";
    EXPECT_EQ(other.relevant.source(), "selected(${colour}, 'other')");
    const ChoiceList *list = q.choiceList(colour);
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->choices.size(), 3u);
    EXPECT_EQ(list->choices.back().name, "other");
    EXPECT_EQ(list->choices.back().label.text(0), "Other");
    EXPECT_GE(list->indexOf(u"other"), 0);
}

TEST(OrOther, SelectMultipleInARepeatGetsItsQuestionInTheSameRepeat)
{
    const ParsedForm parsed = XlsFormParser::parse(
        workbook({sheet("survey", {{"type", "name", "label"},
                                   {"begin_repeat", "people", "People"},
                                   {"select_multiple colour or other", "likes", "Likes"},
                                   {"end_repeat", "", ""}}),
                  sheet("choices", {{"list_name", "name", "label"}, {"colour", "red", "Red"}, {"colour", "other", "Else"}})}));
    ASSERT_TRUE(parsed.questionnaire) << describe(parsed.diagnostics).toStdString();
    const Questionnaire &q = *parsed.questionnaire;
    const int other = q.itemByName(u"likes_other");
    ASSERT_GE(other, 0);
    EXPECT_EQ(q.item(other).repeat, q.itemByName(u"people"));
    EXPECT_EQ(q.item(q.itemByName(u"people")).children, (std::vector<int>{q.itemByName(u"likes"), other}));
    const ChoiceList *list = q.choiceList(q.item(q.itemByName(u"likes")));
    ASSERT_EQ(list->choices.size(), 2u) << "a list that has 'other' keeps its own";
    EXPECT_EQ(list->choices.back().label.text(0), "Else");
}

TEST(OrOther, TranslatedFormsGetOtherInEveryLanguageAndAWarning)
{
    const ParsedForm parsed = XlsFormParser::parse(workbook(
        {sheet("survey", {{"type", "name", "label::English (en)", "label::French (fr)"},
                          {"select_one colour or_other", "colour", "Colour", "Couleur"}}),
         sheet("choices", {{"list_name", "name", "label::English (en)", "label::French (fr)"}, {"colour", "red", "Red", "Rouge"}})}));
    ASSERT_TRUE(parsed.questionnaire) << describe(parsed.diagnostics).toStdString();
    const Questionnaire &q = *parsed.questionnaire;
    const Choice &other = q.choiceList(q.item(0))->choices.back();
    EXPECT_EQ(other.label.text(q.languageIndex(u"fr")), "Other");
    EXPECT_EQ(other.label.text(q.languageIndex(u"en")), "Other");
    EXPECT_TRUE(describe(parsed.diagnostics).contains("or_other and translations")) << describe(parsed.diagnostics).toStdString();
}

TEST(OrOther, ANameTakenByTheGeneratedQuestionIsAnError)
{
    const ParsedForm parsed = XlsFormParser::parse(
        workbook({sheet("survey", {{"type", "name", "label"},
                                   {"select_one colour or_other", "colour", "Colour"},
                                   {"text", "colour_other", "Which?"}}),
                  sheet("choices", {{"list_name", "name", "label"}, {"colour", "red", "Red"}})}));
    EXPECT_FALSE(parsed.questionnaire);
    EXPECT_TRUE(describe(parsed.diagnostics).contains("colour_other")) << describe(parsed.diagnostics).toStdString();
}

TEST(OrOther, TheTextQuestionIsAskedOnlyWhenOtherIsPickedAndRequiredNowhere)
{
    const ParsedForm parsed = XlsFormParser::parse(orOtherForm());
    ASSERT_TRUE(parsed.questionnaire);
    const Questionnaire &q = *parsed.questionnaire;
    MemoryEntryStorage storage;
    EntrySession session(q, EntrySession::newInterview(q, 1, QStringLiteral("k")), storage);
    EXPECT_FALSE(fieldOf(session, q, "colour_other").relevant);
    ASSERT_TRUE(session.setAnswer(FieldRef{0, {}}, QStringLiteral("other")).ok) << "'other' is in the list now";
    EXPECT_TRUE(fieldOf(session, q, "colour_other").relevant);
    EXPECT_EQ(session.fieldIndex(FieldRef{1, {}}), session.fieldIndex(FieldRef{0, {}}) + 1) << "right under the list";
    ASSERT_TRUE(session.setAnswer(FieldRef{1, {}}, QStringLiteral("teal")).ok);
    EXPECT_EQ(storage.saved.answers.value(1), "teal");
    ASSERT_TRUE(session.setAnswer(FieldRef{0, {}}, QStringLiteral("red")).ok);
    EXPECT_FALSE(fieldOf(session, q, "colour_other").relevant);
    ASSERT_TRUE(session.complete().ok);
    EXPECT_EQ(storage.saved.answers.value(1), "") << "completion drops the answer that no longer applies";
}

TEST(OrOther, TheSpecifiedTextIsStoredUnderItsOwnField)
{
    const Workbook book = orOtherForm();
    const ParsedForm parsed = XlsFormParser::parse(book);
    ASSERT_TRUE(parsed.questionnaire);
    const Questionnaire &q = *parsed.questionnaire;
    auto db = openMemory();
    QString error;
    const qint64 id = QuestionnaireStore(*db).add(makeWorkbook("or other"), q, &error).value_or(0);
    ASSERT_GT(id, 0) << error.toStdString();
    InterviewStore store(*db, id, q);
    Interview interview;
    interview.answers.setValue(0, QStringLiteral("other"));
    interview.answers.setValue(1, QStringLiteral("teal"));
    ASSERT_TRUE(store.save(interview, &error)) << error.toStdString();
    const auto back = store.load(interview.id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->answers.value(1), "teal");
    EXPECT_EQ(QuestionnaireStore(*db).fields(id).at(1).name, "colour_other");
}

TEST(OrOther, AQuestionnaireStoredBeforeGetsTheFieldAndKeepsItsAnswers)
{
    const ParsedForm parsed = XlsFormParser::parse(orOtherForm());
    ASSERT_TRUE(parsed.questionnaire);
    const Questionnaire &q = *parsed.questionnaire;
    // The same form as an earlier FlowDesk read it: no colour_other.
    Questionnaire older;
    for (const Item &item : q.items) {
        if (item.otherFor >= 0)
            continue;
        Item copy = item;
        copy.id = int(older.items.size());
        older.topLevel.push_back(copy.id);
        older.items.push_back(copy);
    }
    older.indexNames();
    auto db = openMemory();
    QString error;
    const qint64 id = QuestionnaireStore(*db).add(makeWorkbook("older"), older, &error).value_or(0);
    ASSERT_GT(id, 0) << error.toStdString();
    Interview interview;
    interview.answers.setValue(older.itemByName(u"n"), QStringLiteral("5"));
    ASSERT_TRUE(InterviewStore(*db, id, older).save(interview, &error)) << error.toStdString();
    EXPECT_FALSE(InterviewStore(*db, id, q).isUsable()) << "the field is missing";

    ASSERT_TRUE(QuestionnaireStore(*db).addGeneratedFields(id, q, &error)) << error.toStdString();
    InterviewStore store(*db, id, q);
    ASSERT_TRUE(store.isUsable(&error)) << error.toStdString();
    auto back = store.load(interview.id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->answers.value(q.itemByName(u"n")), "5");
    back->answers.setValue(q.itemByName(u"colour_other"), QStringLiteral("teal"));
    ASSERT_TRUE(store.save(*back, &error)) << error.toStdString();
    EXPECT_EQ(store.load(interview.id)->answers.value(q.itemByName(u"colour_other")), "teal");
    EXPECT_TRUE(QuestionnaireStore(*db).addGeneratedFields(id, q, &error)) << "a second time writes nothing";
}

TEST(PaperKeying, TheWidthOfABoxComesFromTheConstraintsUpperBoundOrADigitsAppearance)
{
    const ParsedForm parsed = XlsFormParser::parse(workbook({sheet(
        "survey", {{"type", "name", "label", "constraint", "appearance"},
                   {"integer", "age", "Age", ". >= 14 and . <= 120", ""},
                   {"integer", "months", "Months", ". < 100", ""},
                   {"integer", "size", "Size", "15 >= .", ""},
                   {"integer", "free", "Free", "", ""},
                   {"integer", "either", "Either", ". <= 10 or . = 99", ""},
                   {"integer", "signed", "Signed", ". >= -5 and . <= 5", ""},
                   {"decimal", "cost", "Cost", ". <= 100", ""},
                   {"text", "code", "Code", "", "digits-4"},
                   {"integer", "year", "Year", ". <= 2100", "digits-2"}})}));
    ASSERT_TRUE(parsed.questionnaire) << describe(parsed.diagnostics).toStdString();
    const Questionnaire &q = *parsed.questionnaire;
    auto width = [&](const char *name) { return keyingWidth(q.item(q.itemByName(QString::fromLatin1(name)))); };
    EXPECT_EQ(width("age"), 3);
    EXPECT_EQ(width("months"), 2) << "< 100 allows 99";
    EXPECT_EQ(width("size"), 2);
    EXPECT_EQ(width("free"), 0) << "no width known: no moving on by itself";
    EXPECT_EQ(width("either"), 0);
    EXPECT_EQ(width("signed"), 0);
    EXPECT_EQ(width("cost"), 0);
    EXPECT_EQ(width("code"), 4);
    EXPECT_EQ(width("year"), 2) << "the appearance says what the paper's boxes hold";
}

TEST(PaperKeying, TheFormsAuthorPicksTheModeUnlessTheOfficeSetsOne)
{
    auto settings = [](const char *mode) {
        return XlsFormParser::parse(workbook({sheet("survey", {{"type", "name", "label"}, {"integer", "n", "N"}}),
                                              sheet("settings", {{"form_id", "flowdesk_entry_mode"}, {"f", mode}})}));
    };
    const ParsedForm paper = settings("paper");
    const ParsedForm none = settings("");
    const ParsedForm wrong = settings("fast");
    ASSERT_TRUE(paper.questionnaire && none.questionnaire && wrong.questionnaire);
    EXPECT_TRUE(describe(wrong.diagnostics).contains("flowdesk_entry_mode")) << describe(wrong.diagnostics).toStdString();
    OfficePolicy policy;
    EXPECT_EQ(defaultEntryMode(*paper.questionnaire, policy), EntryMode::Paper);
    EXPECT_EQ(defaultEntryMode(*none.questionnaire, policy), EntryMode::Guided);
    policy.entryMode = QStringLiteral("paper");
    EXPECT_EQ(defaultEntryMode(*none.questionnaire, policy), EntryMode::Paper);
    policy.entryMode = QStringLiteral("guided");
    EXPECT_EQ(defaultEntryMode(*paper.questionnaire, policy), EntryMode::Guided);
}

TEST(PaperKeying, OnlyAnAdministratorSetsTheOfficesEntryMode)
{
    EntryFixture f;
    QString error;
    ASSERT_TRUE(f.setUp(&error)) << error.toStdString();
    Database &db = f.db->database();
    EXPECT_FALSE(OfficePolicy::change(db, *f.session, QStringLiteral("entry_mode"), QStringLiteral("paper"), &error));
    EXPECT_EQ(OfficePolicy::load(db).entryMode, "form");
    const auto admin = EntryFixture::logIn(f.path, QStringLiteral("admin"), &error);
    ASSERT_TRUE(admin) << error.toStdString();
    EXPECT_FALSE(OfficePolicy::change(db, *admin, QStringLiteral("entry_mode"), QStringLiteral("fast"), &error));
    EXPECT_TRUE(error.contains("guided or paper")) << error.toStdString();
    ASSERT_TRUE(OfficePolicy::change(db, *admin, QStringLiteral("entry_mode"), QStringLiteral("paper"), &error))
        << error.toStdString();
    EXPECT_EQ(OfficePolicy::load(db).entryMode, "paper");
    EXPECT_EQ(defaultEntryMode(f.q(), OfficePolicy::load(db)), EntryMode::Paper);
}

namespace {

class EntryStoredNotes : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(f.setUp(&error)) << error.toStdString();
        session = std::make_unique<EntrySession>(f.q(), EntrySession::newInterview(f.q(), f.questionnaireId, "k"),
                                                 f.db->storage());
        session->setMode(EntryMode::Paper);
    }
    void answer(const char *name, const QString &value, std::vector<int> instance = {})
    {
        const auto result = session->setAnswer(f.ref(name, std::move(instance)), value);
        ASSERT_TRUE(result.ok) << name << ": " << result.message.toStdString();
    }
    // A respondent interviewed before: the first section only, then nothing more is asked.
    void keyRepeatRespondent()
    {
        for (const auto &[name, value] : std::vector<std::pair<const char *, QString>>{
                 {"enumerator_id", "E7"}, {"survey_date", QDate::currentDate().toString(Qt::ISODate)},
                 {"survey_country", "NER"}, {"fmp", "NER_arlit"}, {"flow_direction", "outgoing"},
                 {"interviewed_before", "yes"}})
            answer(name, value);
    }
    // The reasons as stored, read back through a second connection.
    std::vector<AnswerNote> storedNotes()
    {
        EntryFixture other;
        other.path = f.path;
        other.questionnaireId = f.questionnaireId;
        QString error;
        EXPECT_TRUE(other.open(&error)) << error.toStdString();
        return other.db->storage().notes(session->interview().id);
    }

    EntryFixture f;
    std::unique_ptr<EntrySession> session;
};

} // namespace

TEST_F(EntryStoredNotes, AValueConfirmedPastItsConstraintIsStoredAsConfirmed)
{
    answer("enumerator_id", "E7");
    answer("interviewed_before", "no");
    answer("consent", "yes");
    answer("age", "130");
    ASSERT_TRUE(session->confirmValue(f.ref("age"), "As written on the paper form").ok);
    const auto notes = storedNotes();
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes[0].kind, AnswerNote::Kind::ValueConfirmed);
    EXPECT_EQ(notes[0].value, "130");
    EXPECT_EQ(notes[0].field, f.ref("age"));
}

TEST_F(EntryStoredNotes, RemovingARepeatEntryRenumbersTheStoredReasons)
{
    for (const auto &[name, value] : std::vector<std::pair<const char *, QString>>{
             {"enumerator_id", "E7"}, {"interviewed_before", "no"}, {"consent", "yes"}, {"travelling_with", "family"},
             {"group_size", "4"}})
        answer(name, value);
    for (int member = 1; member <= 3; ++member)
        answer("member_age", member == 3 ? QStringLiteral("130") : QStringLiteral("%1").arg(member * 10), {member});
    ASSERT_TRUE(session->confirmValue(f.ref("member_age", {3}), "As written on the paper form").ok);
    // Fewer companions than entries: the keyer removes the second; the third becomes the second.
    answer("group_size", "3");
    const auto removed = session->removeInstance(f.ref("group_member", {2}));
    ASSERT_TRUE(removed.ok) << removed.message.toStdString();
    const auto notes = storedNotes();
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes[0].field, f.ref("member_age", {2}));
    EXPECT_EQ(notes[0].value, "130");

    // Reopened, the reason is back on the entry it was given for.
    EntryFixture other;
    other.path = f.path;
    other.questionnaireId = f.questionnaireId;
    QString error;
    ASSERT_TRUE(other.open(&error)) << error.toStdString();
    auto draft = other.db->load(session->interview().id, &error);
    ASSERT_TRUE(draft) << error.toStdString();
    EntrySession reopened(f.q(), std::move(*draft), other.db->storage());
    reopened.restoreNotes(other.db->storage().notes(session->interview().id));
    const EntryField &age = reopened.fields()[size_t(reopened.fieldIndex(f.ref("member_age", {2})))];
    EXPECT_EQ(age.value, "130");
    EXPECT_EQ(age.confirmedReason, "As written on the paper form");
}

TEST_F(EntryStoredNotes, ARefusedCompletionWritesNothing)
{
    keyRepeatRespondent();
    const qint64 id = session->interview().id;
    // Another window changes the interview: this copy is stale, so completing is refused...
    {
        EntryFixture other;
        other.path = f.path;
        other.questionnaireId = f.questionnaireId;
        QString error;
        ASSERT_TRUE(other.open(&error)) << error.toStdString();
        auto draft = other.db->load(id, &error);
        ASSERT_TRUE(draft) << error.toStdString();
        EntrySession second(f.q(), std::move(*draft), other.db->storage());
        ASSERT_TRUE(second.setAnswer(f.ref("enumerator_id"), "E8").ok);
    }
    const auto result = session->complete();
    EXPECT_FALSE(result.ok);
    // ... and nothing of it was written: no `end` time, the status and the other window's answer as they were.
    const auto stored = InterviewStore(f.db->database(), f.questionnaireId, f.q()).load(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->status, InterviewStatus::Draft);
    EXPECT_EQ(stored->answers.value(f.q().itemByName(u"enumerator_id")), "E8");
    const int end = f.q().itemByName(u"end");
    ASSERT_GE(end, 0);
    EXPECT_EQ(stored->answers.value(end), "");
}

TEST_F(EntryStoredNotes, CompletingSavesTheLastAnswersAndTheStatusTogether)
{
    keyRepeatRespondent();
    const qint64 id = session->interview().id;
    const qint64 before = f.db->storage().version();
    const auto result = session->complete();
    ASSERT_TRUE(result.ok) << result.message.toStdString();
    const auto stored = InterviewStore(f.db->database(), f.questionnaireId, f.q()).load(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->status, InterviewStatus::Completed);
    const int end = f.q().itemByName(u"end");
    ASSERT_GE(end, 0);
    EXPECT_FALSE(stored->answers.value(end).isEmpty()) << "`end` stamped in the same save";
    EXPECT_EQ(f.db->storage().version(), before + 2) << "the answers' version and the status change's";
}
