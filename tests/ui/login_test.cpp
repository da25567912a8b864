#include "reviewfixture.h"

#include "login/firstadministratordialog.h"
#include "login/logindialog.h"

#include <QLabel>
#include <QLineEdit>

using namespace flowdesk;
using flowdesk::testing::ReviewFixture;

namespace {

class LoginTest : public ReviewFixture
{
protected:
    // Types name and password as a user would and presses Enter.
    void typeLogin(LoginDialog &dialog, const QString &name, const QString &password)
    {
        dialog.nameEdit()->clear();
        QTest::keyClicks(dialog.nameEdit(), name);
        QTest::keyClick(dialog.nameEdit(), Qt::Key_Tab);
        QTest::keyClicks(dialog.passwordEdit(), password);
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    }
};

} // namespace

TEST_F(LoginTest, GoodPasswordLogsIn)
{
    Accounts accounts(*m_db);
    LoginDialog dialog(accounts, "test.flowdesk");
    showActive(dialog);
    typeLogin(dialog, "reviewer", "pass");
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(dialog.session());
    EXPECT_EQ(dialog.session()->name(), "reviewer");
    EXPECT_EQ(dialog.session()->role(), Role::Reviewer);
}

TEST_F(LoginTest, WrongPasswordSaysSoAndStaysOpen)
{
    Accounts accounts(*m_db);
    LoginDialog dialog(accounts, "test.flowdesk");
    showActive(dialog);
    typeLogin(dialog, "reviewer", "wrong");
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.session());
    EXPECT_TRUE(dialog.messageLabel()->isVisible());
    EXPECT_EQ(dialog.messageLabel()->text(), "Wrong account name or password.");
    EXPECT_TRUE(dialog.passwordEdit()->text().isEmpty());
    EXPECT_TRUE(dialog.passwordEdit()->hasFocus());
}

TEST_F(LoginTest, FiveWrongPasswordsLockTheAccount)
{
    Accounts accounts(*m_db);
    LoginDialog dialog(accounts, "test.flowdesk");
    showActive(dialog);
    for (int i = 0; i < 5; ++i)
        typeLogin(dialog, "reviewer", "wrong");
    EXPECT_TRUE(dialog.messageLabel()->text().contains("locked")) << dialog.messageLabel()->text().toStdString();
    // Locked: even the right password is refused, and the message says why.
    typeLogin(dialog, "reviewer", "pass");
    EXPECT_FALSE(dialog.session());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.messageLabel()->text().contains("locked")) << dialog.messageLabel()->text().toStdString();
}

TEST(FirstAdministratorTest, NewDatabaseAsksForTheAdministrator)
{
    QTemporaryDir dir;
    QString error;
    auto db = Database::open(dir.filePath("new.flowdesk"), &error);
    ASSERT_TRUE(db) << error.toStdString();
    Accounts accounts(*db);
    ASSERT_TRUE(accounts.needsFirstAdministrator());
    FirstAdministratorDialog dialog(accounts, "new.flowdesk");
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QTest::keyClicks(dialog.passwordEdit(), "secret");
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Tab);
    QTest::keyClicks(dialog.confirmEdit(), "secreX");
    QTest::keyClick(dialog.confirmEdit(), Qt::Key_Return);
    EXPECT_FALSE(dialog.session());
    EXPECT_TRUE(dialog.messageLabel()->text().contains("differ"));
    EXPECT_TRUE(accounts.needsFirstAdministrator());

    QTest::keyClicks(dialog.confirmEdit(), "secret");
    QTest::keyClick(dialog.confirmEdit(), Qt::Key_Return);
    ASSERT_TRUE(dialog.session());
    EXPECT_EQ(dialog.session()->role(), Role::Administrator);
    EXPECT_FALSE(accounts.needsFirstAdministrator());
    EXPECT_TRUE(accounts.login("admin", "secret", &error)) << error.toStdString();
}
