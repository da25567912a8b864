// Issue 9's rest, on screen: `or_other`'s text box under its list, paper keying (full boxes move on, values
// confirmed past their range, the mode switched with Ctrl+M), a new repeat entry taking the focus, undo of repeat
// entries. Keyed with the keyboard only on a small form of its own.
#include "../model/memory_entry_storage.h"

#include "entry/entryform.h"
#include "entry/entrymodes.h"
#include "entry/entrysession.h"
#include "entry/questionwidget.h"
#include "entry/reasonpanel.h"
#include "questionnaire/questionnaire.h"
#include "questionnaire/questionnaireloader.h"
#include "workflow/officepolicy.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace flowdesk;
using namespace flowdesk::testing;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

class EntryModesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(writeFile(dir.filePath("survey.csv"),
                              "type,name,label::English (en),label::Arabic (ar),constraint,"
                              "constraint_message::English (en),constraint_message::Arabic (ar),appearance\n"
                              "select_one colour or_other,colour,Favourite colour,اللون المفضل,,,,\n"
                              "integer,age,Age in years,العمر بالسنوات,. >= 14 and . <= 120,Age is 14 to 120,"
                              "العمر من 14 إلى 120,\n"
                              "integer,rooms,Rooms,الغرف,,,,\n"
                              "begin_repeat,people,People in the household,أفراد الأسرة,,,,\n"
                              "text,person,Name,الاسم,,,,\n"
                              "integer,person_age,Age,العمر,,,,\n"
                              "end_repeat,,,,,,,\n"
                              "text,last,Anything else,شيء آخر,,,,\n"));
        ASSERT_TRUE(writeFile(dir.filePath("choices.csv"), "list_name,name,label::English (en),label::Arabic (ar)\n"
                                                           "colour,red,Red,أحمر\ncolour,blue,Blue,أزرق\n"));
        ASSERT_TRUE(writeFile(dir.filePath("settings.csv"), "form_id,form_title,flowdesk_entry_mode\nmodes,Household,paper\n"));
        loaded = QuestionnaireLoader::load(dir.path());
        ASSERT_TRUE(loaded.ok());
        session = std::make_unique<EntrySession>(q(), EntrySession::newInterview(q(), 1, QStringLiteral("k")), storage);
        // As the entry page opens it: the form's author asked for paper keying, the office left it to the form.
        session->setMode(defaultEntryMode(q(), OfficePolicy{}));
        form = std::make_unique<EntryForm>(*session);
        form->resize(1100, 760);
        form->show();
        QApplication::setActiveWindow(form.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(form.get()));
    }
    const Questionnaire &q() const { return *loaded.questionnaire; }
    FieldRef ref(const char *name, std::vector<int> instance = {}) const
    {
        return FieldRef{q().itemByName(QString::fromLatin1(name)), std::move(instance)};
    }
    QString current() const
    {
        const int field = form->currentField();
        if (field < 0)
            return {};
        const FieldRef &at = session->fields()[size_t(field)].ref;
        QString name = q().item(at.item).name;
        for (int n : at.instance)
            name += QStringLiteral("[%1]").arg(n);
        return name;
    }
    QWidget *focus() const { return QApplication::focusWidget(); }
    void type(const QString &text, Qt::Key key = Qt::Key_Return)
    {
        ASSERT_NE(focus(), nullptr);
        QTest::keyClicks(focus(), text);
        if (key != Qt::Key_unknown)
            QTest::keyClick(focus(), key);
        QApplication::processEvents(); // what a keystroke sets off after it (paper keying's move on)
    }
    QString saved(const char *name, std::vector<int> instance = {}) const
    {
        const AnswerScope *scope = &storage.saved.answers;
        const int item = q().itemByName(QString::fromLatin1(name));
        if (q().item(item).repeat >= 0) {
            const RepeatAnswers *repeat = scope->repeat(q().item(item).repeat);
            if (!repeat || instance.empty() || instance[0] > int(repeat->instances.size()))
                return QStringLiteral("<no instance>");
            scope = &repeat->instances[size_t(instance[0] - 1)];
        }
        return scope->value(item);
    }
    // Opt-in: FLOWDESK_SCREENSHOTS=folder saves pictures of the form there, in English and in Arabic.
    static bool screenshots() { return !qEnvironmentVariableIsEmpty("FLOWDESK_SCREENSHOTS"); }
    void grab(const char *name)
    {
        if (!screenshots())
            return;
        QApplication::processEvents();
        const QString folder = qEnvironmentVariable("FLOWDESK_SCREENSHOTS");
        EXPECT_TRUE(form->grab().save(folder + QStringLiteral("/flowdesk-entry-%1.png").arg(QLatin1String(name))));
    }

    QTemporaryDir tmp;
    QDir dir{tmp.path()};
    LoadedForm loaded;
    MemoryEntryStorage storage;
    std::unique_ptr<EntrySession> session;
    std::unique_ptr<EntryForm> form;
};

} // namespace

TEST_F(EntryModesTest, PickingOtherOpensItsTextBoxRightUnderTheList)
{
    EXPECT_EQ(current(), "colour");
    QuestionWidget *specify = form->row(session->fieldIndex(ref("colour_other")));
    ASSERT_NE(specify, nullptr) << "shown under the list";
    EXPECT_EQ(form->row(session->fieldIndex(ref("colour")) + 1), specify);
    EXPECT_FALSE(specify->isEnabled()) << "greyed while Other is not picked";
    type("3"); // the third choice: Other, added by or_other
    EXPECT_EQ(saved("colour"), "other");
    EXPECT_EQ(current(), "colour_other") << "the text box is next";
    EXPECT_TRUE(specify->isEnabled());
    type("Teal");
    EXPECT_EQ(saved("colour_other"), "Teal");
    EXPECT_EQ(current(), "age");
    grab("or-other-en");
    if (screenshots()) {
        form->setLanguage(q().languageIndex(u"ar"));
        form->goToField(session->fieldIndex(ref("colour_other")));
        grab("or-other-ar");
        form->setLanguage(q().languageIndex(u"en"));
    }

    // Another colour: the text box is skipped going back and forth.
    form->goToField(session->fieldIndex(ref("colour")));
    qobject_cast<QLineEdit *>(focus())->selectAll();
    type("1");
    EXPECT_EQ(saved("colour"), "red");
    EXPECT_EQ(current(), "age");
}

TEST_F(EntryModesTest, PaperKeyingMovesOnWhenTheBoxIsFullAndCtrlMSwitchesTheMode)
{
    EXPECT_EQ(session->mode(), EntryMode::Paper) << "the form's author asked for paper keying";
    EXPECT_EQ(form->modeBox()->currentIndex(), 1);
    form->goToField(session->fieldIndex(ref("age")));
    type("45", Qt::Key_unknown);
    EXPECT_EQ(current(), "age") << "two digits of three: the keyer may go on typing";
    type("", Qt::Key_Return);
    EXPECT_EQ(saved("age"), "45");
    form->goToField(session->fieldIndex(ref("age")));
    qobject_cast<QLineEdit *>(focus())->selectAll();
    type("100", Qt::Key_unknown); // three digits fill ". <= 120": on by itself
    EXPECT_EQ(saved("age"), "100");
    EXPECT_EQ(current(), "rooms");
    type("12", Qt::Key_unknown);
    EXPECT_EQ(current(), "rooms") << "no width known: Enter moves on";

    // Ctrl+M: guided keying, shown in the header; a full box no longer moves on.
    QTest::keyClick(focus(), Qt::Key_M, Qt::ControlModifier);
    EXPECT_EQ(session->mode(), EntryMode::Guided);
    EXPECT_EQ(form->modeBox()->currentIndex(), 0);
    QTest::keyClick(focus(), Qt::Key_Return);
    form->goToField(session->fieldIndex(ref("age")));
    qobject_cast<QLineEdit *>(focus())->selectAll();
    type("101", Qt::Key_unknown);
    EXPECT_EQ(current(), "age");
    QTest::keyClick(focus(), Qt::Key_M, Qt::ControlModifier);
    EXPECT_EQ(session->mode(), EntryMode::Paper);
}

TEST_F(EntryModesTest, AnOutOfRangeValueIsConfirmedPastWithAReasonInPaperKeying)
{
    form->goToField(session->fieldIndex(ref("age")));
    type("130", Qt::Key_unknown); // full: on by itself, into the constraint
    ASSERT_TRUE(form->reasonPanel()->isVisible()) << current().toStdString();
    EXPECT_EQ(focus(), form->reasonPanel()->reasonBox());
    grab("paper-confirm-en");
    if (screenshots()) {
        form->setLanguage(q().languageIndex(u"ar"));
        grab("paper-confirm-ar");
        form->setLanguage(q().languageIndex(u"en"));
    }
    QTest::keyClick(focus(), Qt::Key_Return); // the first reason offered
    EXPECT_EQ(saved("age"), "130");
    ASSERT_EQ(storage.notes.size(), 1u);
    EXPECT_EQ(storage.notes[0].kind, AnswerNote::Kind::ValueConfirmed);
    EXPECT_EQ(storage.notes[0].field, ref("age"));
    EXPECT_EQ(current(), "rooms");
    EXPECT_FALSE(session->fields()[size_t(session->fieldIndex(ref("age")))].hasError());

    // Guided keying refuses the same value and keeps the keyer there.
    session->setMode(EntryMode::Guided);
    form->goToField(session->fieldIndex(ref("age")));
    qobject_cast<QLineEdit *>(focus())->selectAll();
    type("150");
    EXPECT_EQ(current(), "age");
    EXPECT_EQ(saved("age"), "130");
    grab("guided-error-en");
}

TEST_F(EntryModesTest, ANewRepeatEntryTakesTheFocusAndUndoTakesItAwayAndBack)
{
    form->goToField(session->fieldIndex(ref("rooms")));
    type("3");
    EXPECT_EQ(current(), "last") << "no entries yet: on past the repeat";
    // Back to the repeat's section, which has nothing to key yet: the form keeps the keys.
    QTest::keyClick(focus(), Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(form->currentSection(), session->fields()[size_t(session->fieldIndex(ref("people", {})))].section);
    ASSERT_NE(focus(), nullptr);
    QTest::keyClick(focus(), Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_EQ(current(), "person[1]");
    ASSERT_NE(focus(), nullptr);
    EXPECT_EQ(focus(), form->row(session->fieldIndex(ref("person", {1})))->editor())
        << "the new entry's first question has the keyboard";
    type("Awa");
    EXPECT_EQ(current(), "person_age[1]");
    QTest::keyClick(focus(), Qt::Key_Plus, Qt::ControlModifier); // from inside an entry: one more of the same
    EXPECT_EQ(current(), "person[2]");
    EXPECT_EQ(focus(), form->row(session->fieldIndex(ref("person", {2})))->editor());
    type("Ali");
    EXPECT_EQ(saved("person", {2}), "Ali");
    grab("repeat-added-en");

    // Ctrl+- removes the entry the keyer is in; Ctrl+Z puts it back with its answer, Ctrl+Shift+Z removes it again.
    form->goToField(session->fieldIndex(ref("person", {2})));
    QTest::keyClick(focus(), Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_EQ(saved("person", {2}), "<no instance>");
    QTest::keyClick(focus(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(saved("person", {2}), "Ali");
    EXPECT_EQ(current(), "person[2]");
    EXPECT_EQ(focus(), form->row(session->fieldIndex(ref("person", {2})))->editor());
    QTest::keyClick(focus(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(saved("person", {2}), "<no instance>");
    EXPECT_EQ(saved("person", {1}), "Awa");
    EXPECT_NE(focus(), nullptr);
}
