// Screenshots of the application's own text in French and Arabic (right to left): login, case list, review,
// entry form, export dialog and profile, for a person to look at. Written only when FLOWDESK_SCREENSHOT_DIR
// names a folder.
#include "../model/entry_fixture.h"

#include "accounts/accounts.h"
#include "caselist/caselistpage.h"
#include "common/applanguage.h"
#include "common/theme.h"
#include "export/exportbatchdialog.h"
#include "home/enumeratorhome.h"
#include "login/logindialog.h"
#include "mainwindow.h"
#include "profile/profilepage.h"
#include "review/reviewdesk.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace flowdesk;
using namespace flowdesk::testing;

namespace {

void shoot(const QString &dir, const QString &language, const QString &path)
{
    const auto save = [&](QWidget &widget, const char *name) {
        QCoreApplication::processEvents();
        EXPECT_TRUE(
            widget.grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, QLatin1String(name), language)));
    };
    applanguage::apply(language);
    QCoreApplication::processEvents();
    QString error;
    auto workspace = Workspace::open(path, &error);
    ASSERT_TRUE(workspace) << error.toStdString();
    {
        Accounts accounts(workspace->database());
        LoginDialog login(accounts, "demo.flowdesk");
        login.show();
        QTest::keyClicks(login.nameEdit(), "reviewer");
        QTest::keyClicks(login.passwordEdit(), "wrong");
        QTest::keyClick(login.passwordEdit(), Qt::Key_Return);
        save(login, "i18n-login");
    }
    const auto supervisor = Accounts(workspace->database()).login("supervisor", "demo", &error);
    ASSERT_TRUE(supervisor) << error.toStdString();
    const auto enumerator =
        Accounts(workspace->database()).login(EntryFixture::enumeratorLogin(), "demo", &error);
    ASSERT_TRUE(enumerator) << error.toStdString();
    {
        MainWindow window(std::move(workspace));
        window.setSession(*supervisor);
        window.resize(1400, 860);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        save(window, "i18n-caselist");
        ReviewDesk *desk = window.reviewDesk();
        QTableView *table = desk->caseList()->table();
        desk->openInterview(table->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong());
        save(window, "i18n-review");
        desk->showList();

        QSignalSpy computed(window.profilePage(), &ProfilePage::computed);
        window.pages()->setCurrentWidget(window.profilePage());
        EXPECT_TRUE(computed.wait(60000));
        QTest::qWait(200);
        save(window, "i18n-profile");

        QString openError;
        auto second = Workspace::open(path, &openError);
        ASSERT_TRUE(second) << openError.toStdString();
        ExportBatchDialog exportDialog(*second, *supervisor);
        exportDialog.show();
        save(exportDialog, "i18n-export");
    }
    {
        auto keying = Workspace::open(path, &error);
        ASSERT_TRUE(keying) << error.toStdString();
        MainWindow window(std::move(keying));
        window.setSession(*enumerator);
        window.resize(1400, 860);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        save(window, "i18n-home");
        window.findChild<EnumeratorHome *>()->newButton()->click();
        save(window, "i18n-entry");
    }
}

} // namespace

TEST(LanguageScreenshots, FrenchAndArabic)
{
    const QString dir = QString::fromLocal8Bit(qgetenv("FLOWDESK_SCREENSHOT_DIR"));
    if (dir.isEmpty())
        GTEST_SKIP() << "set FLOWDESK_SCREENSHOT_DIR to write the screenshots";
    theme::apply(*qApp);
    QTemporaryDir temp;
    const QString path = temp.filePath("demo.flowdesk");
    QString error;
    ASSERT_TRUE(DemoDatabase::fill(path, 400, 11, &error)) << error.toStdString();
    for (const char *language : {"fr", "ar"})
        shoot(dir, QString::fromLatin1(language), path);
    applanguage::apply(QStringLiteral("en"));
}
