// The application's own text in English, French and Arabic, switched at run time: the main window's menus,
// the case list's headers and filters, the login dialog, and an interview being keyed (its tab stays open at
// its question) change language at once; Arabic lays the window out right to left, number fields staying left
// to right.
#include "../model/entry_fixture.h"

#include "accounts/accounts.h"
#include "caselist/caselistmodel.h"
#include "caselist/caselistpage.h"
#include "common/applanguage.h"
#include "entry/entryform.h"
#include "entry/entrypage.h"
#include "entry/entrysession.h"
#include "entry/linequestion.h"
#include "entry/sectionnavigator.h"
#include "home/enumeratorhome.h"
#include "login/logindialog.h"
#include "mainwindow.h"
#include "review/reviewdesk.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace flowdesk;
using namespace flowdesk::testing;

namespace {

// Settings go to a folder of the test's own, so the choice remembered is the test's.
class LanguageSwitchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("FlowDeskLanguageTest"));
        QCoreApplication::setApplicationName(QStringLiteral("FlowDeskLanguageTest"));
        applanguage::apply(QStringLiteral("en"));
        QCoreApplication::processEvents();
    }
    void TearDown() override
    {
        applanguage::apply(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCoreApplication::setOrganizationName(QString());
        QCoreApplication::setApplicationName(QString());
    }

    // Chooses a language the way a user does, from View > Language.
    static void chooseFromMenu(MainWindow &window, const QString &code)
    {
        auto *action = window.findChild<QAction *>(QStringLiteral("language_%1").arg(code));
        ASSERT_TRUE(action);
        action->trigger();
        // The choice is queued (its menu is rebuilt by it), then QEvent::LanguageChange is posted to the windows.
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }

    static QString menuTitle(MainWindow &window, int index)
    {
        return window.menuBar()->actions().value(index) ? window.menuBar()->actions().value(index)->text()
                                                        : QString();
    }

    QTemporaryDir m_settings;
};

} // namespace

TEST_F(LanguageSwitchTest, TheCaseListMenusAndFiltersChangeLanguageAtOnceAndArabicIsRightToLeft)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lang.flowdesk"));
    QString error;
    ASSERT_TRUE(DemoDatabase::fill(path, 120, 5, &error)) << error.toStdString();
    auto workspace = Workspace::open(path, &error);
    ASSERT_TRUE(workspace) << error.toStdString();
    const auto session = Accounts(workspace->database()).login("supervisor", DemoReview::kPassword, &error);
    ASSERT_TRUE(session) << error.toStdString();
    MainWindow window(std::move(workspace));
    window.setSession(*session);
    window.show();

    auto headers = [&window] {
        CaseListModel *model = window.reviewDesk()->caseList()->model();
        return std::make_pair(model->headerData(0, Qt::Horizontal).toString(),
                              model->headerData(int(CaseColumn::Enumerator), Qt::Horizontal).toString());
    };
    // Without its count, which comes when the counts are in: "With e&rrors  (12)".
    auto errorsFilter = [&window] {
        return window.findChild<QCheckBox *>(QStringLiteral("withErrors"))
            ->text()
            .section(QStringLiteral("  ("), 0, 0);
    };
    EXPECT_EQ(menuTitle(window, 0), "&File");
    EXPECT_EQ(headers(), std::make_pair(QString("Interview"), QString("Enumerator")));
    EXPECT_EQ(errorsFilter(), "With e&rrors");
    EXPECT_EQ(window.pages()->tabText(0), "&Interviews");
    EXPECT_EQ(window.layoutDirection(), Qt::LeftToRight);

    chooseFromMenu(window, "fr");
    EXPECT_EQ(applanguage::current(), "fr");
    EXPECT_EQ(QSettings().value("language").toString(), "fr") << "remembered for the next start";
    EXPECT_EQ(menuTitle(window, 0), "&Fichier");
    EXPECT_EQ(headers(), std::make_pair(QString("Entretien"), QString("Enquêteur")));
    EXPECT_EQ(errorsFilter(), "Avec e&rreurs");
    EXPECT_EQ(window.pages()->tabText(0), "&Entretiens");
    EXPECT_EQ(window.layoutDirection(), Qt::LeftToRight);
    EXPECT_TRUE(window.findChild<QAction *>("language_fr")->isChecked());

    chooseFromMenu(window, "ar");
    EXPECT_EQ(menuTitle(window, 0), "&ملف");
    EXPECT_EQ(headers(), std::make_pair(QString("المقابلة"), QString("العدّاد")));
    EXPECT_EQ(errorsFilter(), "بها &أخطاء");
    EXPECT_EQ(window.layoutDirection(), Qt::RightToLeft);
    EXPECT_EQ(window.reviewDesk()->caseList()->layoutDirection(), Qt::RightToLeft);
    // The questionnaire's own labels follow: the demo form has an Arabic column.
    const QComboBox *formLanguage = window.findChild<QComboBox *>(QStringLiteral("questionnaireLanguage"));
    ASSERT_TRUE(formLanguage);
    EXPECT_TRUE(formLanguage->currentText().contains("(ar)")) << formLanguage->currentText().toStdString();

    chooseFromMenu(window, "en");
    EXPECT_EQ(menuTitle(window, 0), "&File");
    EXPECT_EQ(window.layoutDirection(), Qt::LeftToRight);
}

TEST_F(LanguageSwitchTest, AnInterviewBeingKeyedStaysOpenAtItsQuestionInTheNewLanguage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keying.flowdesk"));
    QString error;
    ASSERT_TRUE(DemoDatabase::fill(path, 60, 9, &error)) << error.toStdString();
    auto workspace = Workspace::open(path, &error);
    ASSERT_TRUE(workspace) << error.toStdString();
    const auto session =
        Accounts(workspace->database()).login(EntryFixture::enumeratorLogin(), DemoReview::kPassword, &error);
    ASSERT_TRUE(session) << error.toStdString();
    MainWindow window(std::move(workspace));
    window.setSession(*session);
    window.show();
    auto *home = window.findChild<EnumeratorHome *>();
    ASSERT_TRUE(home);
    home->newButton()->click();
    auto *page = qobject_cast<EntryPage *>(window.pages()->currentWidget());
    ASSERT_TRUE(page) << "a new interview opens in a tab of its own";
    // Move on a few questions, so there is a place to keep.
    page->form()->goToField(0);
    const int field = page->form()->currentField();
    const int tabs = window.pages()->count();

    auto complete = [&page] {
        return page->form()->findChild<QPushButton *>(QStringLiteral("completeButton"))->text();
    };
    auto navigator = [&page] {
        QStringList texts;
        for (int i = 0; i < page->form()->navigator()->count(); ++i)
            texts << page->form()->navigator()->item(i)->text();
        return texts.join(u'\n');
    };
    EXPECT_EQ(complete(), "Complete interview");
    EXPECT_TRUE(navigator().contains("Not started") || navigator().contains("In progress"))
        << navigator().toStdString();

    chooseFromMenu(window, "fr");
    ASSERT_EQ(window.pages()->currentWidget(), page) << "the interview's tab stays, and stays current";
    EXPECT_EQ(window.pages()->count(), tabs);
    EXPECT_EQ(page->form()->currentField(), field);
    EXPECT_EQ(complete(), "Terminer l'entretien");
    EXPECT_TRUE(navigator().contains("Pas commencée") || navigator().contains("En cours"))
        << navigator().toStdString();
    EXPECT_EQ(window.pages()->tabText(0), "&Accueil");

    chooseFromMenu(window, "ar");
    ASSERT_EQ(window.pages()->currentWidget(), page);
    EXPECT_EQ(page->form()->currentField(), field);
    EXPECT_EQ(complete(), "إكمال المقابلة");
    EXPECT_TRUE(navigator().contains("لم تبدأ") || navigator().contains("قيد التنفيذ"))
        << navigator().toStdString();
    EXPECT_EQ(page->form()->layoutDirection(), Qt::RightToLeft);
    EXPECT_TRUE(page->form()->languageBox()->currentText().contains("(ar)"));
    // A number keeps its digits left to right: go to the first number field of the form.
    NumberQuestion *number = nullptr;
    for (int f = 0; f < int(page->form()->session().fields().size()) && !number; ++f) {
        page->form()->goToField(f);
        if (page->form()->currentField() == f)
            number = qobject_cast<NumberQuestion *>(page->form()->row(f));
    }
    ASSERT_TRUE(number) << "the demo form has a number question";
    EXPECT_EQ(number->lineEdit()->layoutDirection(), Qt::LeftToRight);
    EXPECT_EQ(number->layoutDirection(), Qt::RightToLeft) << "its label and row follow the form";
}

TEST_F(LanguageSwitchTest, TheLoginDialogOffersTheLanguageAndFollowsItAtOnce)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("login.flowdesk"));
    QString error;
    ASSERT_TRUE(DemoDatabase::fill(path, 10, 3, &error)) << error.toStdString();
    auto workspace = Workspace::open(path, &error);
    ASSERT_TRUE(workspace) << error.toStdString();
    Accounts accounts(workspace->database());
    LoginDialog dialog(accounts, "login.flowdesk");
    dialog.show();
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("loginButton"));
    ASSERT_TRUE(button);
    EXPECT_EQ(button->text(), "&Log in");
    EXPECT_EQ(dialog.windowTitle(), "Log in — FlowDesk");
    EXPECT_EQ(dialog.languageBox()->currentData().toString(), "en");

    // English, Français, العربية: Down picks French.
    dialog.languageBox()->setFocus();
    QTest::keyClick(dialog.languageBox(), Qt::Key_Down);
    QCoreApplication::processEvents();
    EXPECT_EQ(applanguage::current(), "fr");
    EXPECT_EQ(button->text(), "Se &connecter");
    EXPECT_EQ(dialog.windowTitle(), "Connexion — FlowDesk");
    EXPECT_EQ(dialog.nameEdit()->placeholderText(), "nom du compte");
    EXPECT_EQ(dialog.layoutDirection(), Qt::LeftToRight);

    QTest::keyClick(dialog.languageBox(), Qt::Key_Down);
    QCoreApplication::processEvents();
    EXPECT_EQ(applanguage::current(), "ar");
    EXPECT_EQ(button->text(), "&دخول");
    EXPECT_EQ(dialog.layoutDirection(), Qt::RightToLeft);
    EXPECT_EQ(QSettings().value("language").toString(), "ar");
    EXPECT_EQ(applanguage::saved(), "ar") << "the next start opens in Arabic";
}
