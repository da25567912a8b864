// The entry form keyed with the keyboard only, as a keyer would: what they see, and what is stored.
#include "../model/entry_fixture.h"

#include "entry/entryform.h"
#include "entry/entrysession.h"
#include "entry/workflowentrystorage.h"
#include "paradata/paradatarecorder.h"
#include "store/database.h"
#include "store/interviewstore.h"
#include "store/paradatastore.h"
#include "entry/questionwidget.h"
#include "entry/reasonpanel.h"
#include "entry/sectionnavigator.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <map>

// Readable QStrings in failure messages.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

using namespace flowdesk;
using namespace flowdesk::testing;

namespace {

QString localDate(QDate date)
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(date, format);
}

class EntryFormTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(f.setUp(&error)) << error.toStdString();
        open(EntrySession::newInterview(f.q(), f.questionnaireId, "enum1"));
    }
    void open(Interview interview)
    {
        form.reset();
        session = std::make_unique<EntrySession>(f.q(), std::move(interview), f.db->storage());
        f.db->storage().setRecorder(&recorder);
        form = std::make_unique<EntryForm>(*session);
        form->setRecorder(&recorder);
        form->resize(1200, 820);
        form->show();
        QApplication::setActiveWindow(form.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(form.get()));
    }

    // "member_age[2]": the current question's name, with its instance numbers.
    QString current() const
    {
        const int field = form->currentField();
        if (field < 0)
            return {};
        const FieldRef &ref = session->fields()[size_t(field)].ref;
        QString name = f.q().item(ref.item).name;
        for (int n : ref.instance)
            name += QStringLiteral("[%1]").arg(n);
        return name;
    }
    QWidget *focus() const { return QApplication::focusWidget(); }
    void type(const QString &text, Qt::Key key = Qt::Key_Return)
    {
        ASSERT_NE(focus(), nullptr);
        QTest::keyClicks(focus(), text);
        QTest::keyClick(focus(), key);
    }
    QString stored(const char *name, std::vector<int> instance = {}) const
    {
        // As stored, whatever its status (entry itself opens only drafts and rejected interviews).
        const auto interview =
            InterviewStore(f.db->database(), f.questionnaireId, f.q()).load(session->interview().id);
        if (!interview)
            return QStringLiteral("<none>");
        const AnswerScope *scope = &interview->answers;
        const int item = f.q().itemByName(QString::fromLatin1(name));
        std::vector<int> chain;
        for (int r = f.q().item(item).repeat; r >= 0; r = f.q().item(r).repeat)
            chain.insert(chain.begin(), r);
        for (size_t k = 0; k < chain.size(); ++k) {
            const RepeatAnswers *repeat = scope->repeat(chain[k]);
            if (!repeat || instance[k] > int(repeat->instances.size()))
                return QStringLiteral("<no instance>");
            scope = &repeat->instances[size_t(instance[k] - 1)];
        }
        return scope->value(item);
    }
    QuestionWidget *rowOf(const char *name, std::vector<int> instance = {}) const
    {
        return form->row(session->fieldIndex(f.ref(name, std::move(instance))));
    }
    QString navigatorText(int section) const { return form->navigator()->item(section)->text(); }

    EntryFixture f;
    ParadataRecorder recorder;
    std::unique_ptr<EntrySession> session;
    std::unique_ptr<EntryForm> form;
};

// The answers a keyer types for the bundled form; questions not listed get the first choice, or 0, or "x".
const std::map<QString, QString> &script()
{
    static const std::map<QString, QString> answers = {
        {"enumerator_id", "E7"}, {"survey_country", "1"}, {"fmp", "2"}, {"flow_direction", "2"},
        {"interviewed_before", "2"}, {"consent", "1"}, {"sex", "1"}, {"age", "70"}, {"nationality", "2"},
        {"country_of_birth", "2"}, {"origin_country", "2"}, {"employment_status", "3"}, {"followup_consent", "2"},
        {"reasons", "1 2"}, {"main_reason", "2"}, {"transit_countries", "1 3"}, {"transit_months", "3"},
        {"journey_currency", "1"}, {"journey_cost", "250000"}, {"journey_financing", "1"},
        {"travelling_with", "2"}, {"group_size", "3"}, {"member_sex", "2"}, {"member_age", "8"},
        {"member_relationship", "2"}, {"member_specific_needs", "5"}, {"top_needs", "1 2"},
        {"difficulties_on_journey", "1"}, {"assistance_received", "2"}, {"intention", "1"}, {"used_smuggler", "2"},
        {"uasc_in_group", "0"}, {"uasc_unaccompanied", "0"}, {"incidents", "7"}, {"journey_incidents", "7"},
    };
    return answers;
}

} // namespace

TEST_F(EntryFormTest, AWholeInterviewIsKeyedWithTheKeyboardOnly)
{
    EXPECT_EQ(current(), "enumerator_id") << "a new interview starts on its first question";
    QStringList path;
    bool sawWarning = false, sawCascade = false;
    for (int step = 0; step < 200; ++step) {
        const QString name = current();
        const QString bare = name.section(u'[', 0, 0);
        path << name;
        const int field = form->currentField();
        const Item &item = f.q().item(session->fields()[size_t(field)].ref.item);
        QString answer;
        if (auto it = script().find(bare); it != script().end())
            answer = it->second;
        else if (item.type == QuestionType::Date)
            answer = localDate(bare == "survey_date" ? QDate::currentDate() : QDate::currentDate().addDays(-40));
        else if (isSelect(item.type))
            answer = QStringLiteral("1");
        else if (item.type == QuestionType::Integer || item.type == QuestionType::Decimal)
            answer = QStringLiteral("0");
        else
            answer = QStringLiteral("Agadez");
        if (bare == "fmp") {
            // The cascading list offers the survey country's points only.
            const auto choices = session->choices(field);
            sawCascade = !choices.empty()
                         && std::all_of(choices.begin(), choices.end(), [](const Choice *c) { return c->name.startsWith("NER_"); });
        }
        type(answer);
        if (form->reasonPanel()->isVisible()) {
            sawWarning = true;
            EXPECT_TRUE(bare == "age" || bare == "referral_accepted") << bare.toStdString();
            EXPECT_EQ(focus(), form->reasonPanel()->reasonBox());
            QTest::keyClick(focus(), Qt::Key_Return); // the first reason offered
        }
        if (current() == name) {
            EXPECT_TRUE(name == "intended_activity" || name == "destination_reason" || name == "final_destination_country"
                        || name.startsWith("next"))
                << "stuck on " << name.toStdString() << ": " << path.join(' ').toStdString();
            break;
        }
    }
    EXPECT_TRUE(sawWarning);
    EXPECT_TRUE(sawCascade);
    // What the keyer went through: a repeat per transit country and per companion, the skips honoured.
    EXPECT_TRUE(path.contains("transit_months[2]")) << path.join(' ').toStdString();
    EXPECT_TRUE(path.contains("member_age[2]"));
    EXPECT_FALSE(path.contains("member_age[3]"));
    EXPECT_FALSE(path.contains("respondent_name"));
    EXPECT_TRUE(path.contains("main_reason"));

    // What is stored, field by field as keyed.
    EXPECT_EQ(stored("fmp"), "NER_arlit");
    EXPECT_EQ(stored("age"), "70");
    EXPECT_EQ(stored("reasons"), "economic conflict");
    EXPECT_EQ(stored("main_reason"), "conflict");
    EXPECT_EQ(stored("survey_date"), QDate::currentDate().toString(Qt::ISODate));
    EXPECT_EQ(stored("member_age", {2}), "8");
    EXPECT_EQ(stored("member_relationship", {1}), "child");
    EXPECT_EQ(session->fields()[size_t(session->fieldIndex(f.ref("age")))].acceptedReason, "Checked with the respondent");

    // The reason is stored through the workflow (audited) and back when the draft is reopened in a new window.
    const qint64 id = session->interview().id;
    {
        EntryFixture other;
        other.path = f.path;
        other.questionnaireId = f.questionnaireId;
        QString error;
        ASSERT_TRUE(other.open(&error)) << error.toStdString();
        auto draft = other.db->load(id, &error);
        ASSERT_TRUE(draft) << error.toStdString();
        EntrySession reopened(f.q(), std::move(*draft), other.db->storage());
        reopened.restoreNotes(other.db->storage().notes(id));
        const EntryField &age = reopened.fields()[size_t(reopened.fieldIndex(f.ref("age")))];
        EXPECT_EQ(age.acceptedReason, "Checked with the respondent");
        EXPECT_FALSE(age.hasWarning()) << "accepted: no longer in the way";
    }
    // Paradata: the keystrokes, the time per question and section, the keyer's day, written with the answers.
    form->setRecorder(nullptr);
    f.db->storage().flushParadata(id, nullptr);
    ParadataStore paradata(f.db->database().connectionName());
    const auto summary = paradata.interviewSummary(id);
    ASSERT_TRUE(summary);
    EXPECT_GT(summary->counts.keystrokes, 60);
    EXPECT_GE(summary->counts.errors, 1) << "the age warning was met";
    EXPECT_TRUE(std::any_of(summary->times.begin(), summary->times.end(), [](const ParadataTime &t) {
        return t.kind == ParadataTime::Kind::Question && t.name.endsWith("member_age") && t.instance == "2" && t.visits >= 1;
    }));
    EXPECT_TRUE(std::any_of(summary->times.begin(), summary->times.end(),
                            [](const ParadataTime &t) { return t.kind == ParadataTime::Kind::Section; }));
    EXPECT_FALSE(summary->lastPosition.isEmpty());
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const auto days = paradata.keyerDays(today, today);
    ASSERT_EQ(days.size(), 1u);
    EXPECT_EQ(days[0].accountName, f.session->name());
    EXPECT_EQ(days[0].counts.keystrokes, summary->counts.keystrokes);
    EXPECT_GT(days[0].counts.fields, 40);
    form->setRecorder(&recorder);

    // The control section shows as complete; Ctrl+Enter completes the interview.
    EXPECT_TRUE(navigatorText(0).contains("Complete")) << navigatorText(0).toStdString();
    QTest::keyClick(focus(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(session->interview().status, InterviewStatus::Completed) << form->errorList()->count();
}

TEST_F(EntryFormTest, ARepeatRespondentSkipsTheRestAndTheNavigatorSaysSo)
{
    for (const char *answer : {"E7", "", "1", "1", "1", "1"}) {
        if (current() == "survey_date")
            type(localDate(QDate::currentDate()));
        else
            type(QString::fromLatin1(answer));
    }
    EXPECT_EQ(stored("interviewed_before"), "yes");
    EXPECT_FALSE(rowOf("consent")->isEnabled()) << "greyed";
    for (int s = 1; s < form->navigator()->count(); ++s)
        EXPECT_TRUE(navigatorText(s).contains("Skipped")) << navigatorText(s).toStdString();
}

TEST_F(EntryFormTest, EscRestoresUpGoesBackAndUndoPutsTheOldAnswerBack)
{
    type("E7");
    EXPECT_EQ(current(), "survey_date");
    QTest::keyClick(focus(), Qt::Key_Up);
    EXPECT_EQ(current(), "enumerator_id");
    auto *edit = qobject_cast<QLineEdit *>(focus());
    ASSERT_NE(edit, nullptr);
    EXPECT_EQ(edit->text(), "E7");
    QTest::keyClicks(edit, "XYZ");
    QTest::keyClick(edit, Qt::Key_Escape);
    EXPECT_EQ(edit->text(), "E7") << "Esc restores the saved value";
    edit->selectAll();
    type("E8");
    EXPECT_EQ(stored("enumerator_id"), "E8");
    QTest::keyClick(focus(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stored("enumerator_id"), "E7") << "undo saves the old answer again";
    QTest::keyClick(focus(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stored("enumerator_id"), "E8");
}

TEST_F(EntryFormTest, GuidedModeKeepsTheKeyerOnAWrongValueAndShowsWhy)
{
    type("E");
    EXPECT_EQ(current(), "enumerator_id");
    auto *message = rowOf("enumerator_id")->findChild<QLabel *>("questionMessage");
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().contains("2 to 20")) << message->text().toStdString();
    EXPECT_EQ(stored("enumerator_id"), "<none>");
}

TEST_F(EntryFormTest, ArabicLaysTheFormOutRightToLeftButNumbersStayLeftToRight)
{
    form->setLanguage(f.q().languageIndex(u"ar"));
    EXPECT_EQ(form->layoutDirection(), Qt::RightToLeft);
    form->goToField(session->fieldIndex(f.ref("survey_country")));
    EXPECT_EQ(session->sectionTitle(0), "أ. بيانات المقابلة");
    auto *age = rowOf("survey_country");
    ASSERT_NE(age, nullptr);
}

// Pictures of the form to look at (in the temporary folder): English and Arabic, a repeat, an error, a warning.
TEST_F(EntryFormTest, Screenshots)
{
    const QString folder = QDir::tempPath();
    auto grab = [&](const char *name) {
        QApplication::processEvents();
        EXPECT_TRUE(form->grab().save(folder + QStringLiteral("/flowdesk-entry-%1.png").arg(QLatin1String(name))));
    };
    for (const char *answer : {"E7", "", "1", "2", "2", "2", "1", "1", "70"}) {
        if (current() == "survey_date")
            type(localDate(QDate::currentDate()));
        else
            type(QString::fromLatin1(answer));
    }
    grab("warning-en"); // the reason asked for the age over 60
    QTest::keyClick(focus(), Qt::Key_Escape);
    form->goToField(session->fieldIndex(f.ref("enumerator_id")));
    grab("form-en");
    session->setMode(EntryMode::Paper);
    form->goToField(session->fieldIndex(f.ref("age")));
    focus()->setProperty("text", QString());
    type("7");
    grab("error-en");
    QTest::keyClick(focus(), Qt::Key_Escape);
    ASSERT_TRUE(session->setAnswer(f.ref("age"), "30").ok);
    ASSERT_TRUE(session->setAnswer(f.ref("travelling_with"), "family").ok);
    ASSERT_TRUE(session->setAnswer(f.ref("group_size"), "3").ok);
    ASSERT_TRUE(session->setAnswer(f.ref("member_sex", {1}), "female").ok);
    form->goToField(session->fieldIndex(f.ref("member_age", {1})));
    type("3");
    grab("repeat-en");
    form->setLanguage(f.q().languageIndex(u"ar"));
    form->goToField(session->fieldIndex(f.ref("member_age", {2})));
    grab("repeat-ar");
    form->goToField(session->fieldIndex(f.ref("fmp")));
    grab("form-ar");
}
