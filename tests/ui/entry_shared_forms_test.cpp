// Any XLSForm `form check` accepts opens in the entry form and its first section can be keyed: every workbook of
// ../shared/xlsforms/valid and the bundled questionnaire.
#include "entry/entryform.h"
#include "entry/entrysession.h"
#include "entry/entrystorage.h"
#include "entry/reasonpanel.h"
#include "questionnaire/questionnaireloader.h"

#include <QApplication>
#include <QDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace flowdesk;

namespace {

// Keeps everything in memory: these forms are not stored anywhere.
class MemoryStorage : public EntryStorage
{
public:
    bool saveAnswers(Interview &interview, const AnswerChange &, QString *) override
    {
        interview.id = 1;
        ++saves;
        return true;
    }
    bool saveNote(Interview &, const AnswerNote &, QString *) override { return true; }
    bool complete(Interview &, QString *) override { return true; }
    int saves = 0;
};

QString answerFor(const Item &item)
{
    switch (item.type) {
    case QuestionType::Integer:
    case QuestionType::Decimal:
    case QuestionType::Range:
        return QStringLiteral("1");
    case QuestionType::SelectOne:
    case QuestionType::SelectMultiple:
        return QStringLiteral("1");
    case QuestionType::Date:
        return QDate::currentDate().toString(Qt::ISODate);
    case QuestionType::Time:
        return QStringLiteral("10:30");
    case QuestionType::DateTime:
        return QDate::currentDate().toString(Qt::ISODate) + QStringLiteral("T10:30:00");
    case QuestionType::Geopoint:
        return QStringLiteral("13.5 2.1");
    case QuestionType::Acknowledge:
        return QStringLiteral("1");
    default:
        return QStringLiteral("abc");
    }
}

// Keys the first section of `form` in paper mode (nothing blocks; checks are confirmed with the first reason);
// returns the number of questions keyed.
int keyFirstSection(const Questionnaire &q, const QString &name)
{
    MemoryStorage storage;
    EntrySession session(q, EntrySession::newInterview(q, 1, QStringLiteral("test")), storage);
    session.setMode(EntryMode::Paper);
    EntryForm form(session);
    form.resize(1100, 800);
    form.show();
    QApplication::setActiveWindow(&form);
    if (!QTest::qWaitForWindowActive(&form))
        return -1;
    int keyed = 0;
    const bool anyQuestion = form.currentField() >= 0;
    const int section = form.currentSection();
    for (int step = 0; step < 150 && form.currentField() >= 0; ++step) {
        const int field = form.currentField();
        if (session.fields()[size_t(field)].section != section)
            break;
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        QTest::keyClicks(focus, answerFor(q.item(session.fields()[size_t(field)].ref.item)));
        QTest::keyClick(focus, Qt::Key_Return);
        for (int k = 0; k < 3 && form.reasonPanel()->isVisible(); ++k)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        ++keyed;
        if (form.currentField() == field) {
            // A typed value its question cannot read: leave it blank and go on.
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (form.currentField() == field)
                break;
        }
    }
    EXPECT_TRUE(keyed > 0 || !anyQuestion) << name.toStdString() << ": no question could be keyed";
    EXPECT_TRUE(storage.saves > 0 || keyed == 0) << name.toStdString() << ": nothing was saved";
    return keyed;
}

} // namespace

TEST(EntrySharedForms, TheBundledFormsFirstSectionIsKeyed)
{
    const LoadedForm form = QuestionnaireLoader::load(QuestionnaireLoader::bundledPath());
    ASSERT_TRUE(form.ok());
    EXPECT_GE(keyFirstSection(*form.questionnaire, QStringLiteral("bundled")), 6); // "1" for interviewed_before ends the section
}

TEST(EntrySharedForms, EveryValidSharedFormOpensAndItsFirstSectionIsKeyed)
{
    const QDir dir(QStringLiteral(FLOWDESK_SHARED_DIR "/xlsforms/valid"));
    if (!dir.exists())
        GTEST_SKIP() << "no shared XLSForms at " << dir.path().toStdString() << " (the folder sits beside a checkout)";
    int opened = 0;
    for (const QString &file : dir.entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name)) {
        const LoadedForm form = QuestionnaireLoader::load(dir.filePath(file));
        if (!form.ok())
            continue; // `form check` refuses it: not for entry
        ++opened;
        const int keyed = keyFirstSection(*form.questionnaire, file);
        EXPECT_GE(keyed, 0) << file.toStdString();
    }
    EXPECT_GT(opened, 0);
}
