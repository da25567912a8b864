// Screenshots of the login, the case list and the review view in English and in Arabic (right to left), for a
// person to look at: written only when FLOWDESK_SCREENSHOT_DIR names a folder.
#include "accounts/accounts.h"
#include "caselist/caselistpage.h"
#include "common/theme.h"
#include "demo/demodatabase.h"
#include "login/logindialog.h"
#include "mainwindow.h"
#include "review/interviewreviewpage.h"
#include "review/reviewdesk.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace flowdesk;

namespace {

void shoot(const QString &dir, const QString &language)
{
    QTemporaryDir temp;
    const QString path = temp.filePath("demo.flowdesk");
    QString error;
    ASSERT_TRUE(DemoDatabase::fill(path, 400, 11, &error)) << error.toStdString();
    auto workspace = Workspace::open(path, &error);
    ASSERT_TRUE(workspace) << error.toStdString();
    {
        Accounts accounts(workspace->database());
        LoginDialog login(accounts, "demo.flowdesk");
        login.show();
        QTest::keyClicks(login.nameEdit(), "reviewer");
        QTest::keyClicks(login.passwordEdit(), "wrong");
        QTest::keyClick(login.passwordEdit(), Qt::Key_Return);
        login.grab().save(QStringLiteral("%1/login-%2.png").arg(dir, language));
    }
    auto session = Accounts(workspace->database()).login("supervisor", "demo", &error);
    ASSERT_TRUE(session) << error.toStdString();
    MainWindow window(std::move(workspace));
    window.setSession(*session);
    window.resize(1400, 860);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ReviewDesk *desk = window.reviewDesk();
    ASSERT_TRUE(desk);
    const Questionnaire *q = nullptr;
    if (language == "ar") {
        QComboBox *box = desk->review()->languageBox();
        const int arabic = box->findText("Arabic", Qt::MatchContains);
        ASSERT_GE(arabic, 0);
        desk->setLanguage(arabic);
    }
    Q_UNUSED(q);
    QCoreApplication::processEvents();
    window.grab().save(QStringLiteral("%1/caselist-%2.png").arg(dir, language));

    // The first completed interview with warnings or errors, if any, else the first row.
    QTableView *table = desk->caseList()->table();
    int row = 0;
    for (int r = 0; r < std::min(200, table->model()->rowCount()); ++r) {
        const QModelIndex status = table->model()->index(r, int(CaseColumn::Status));
        const bool checks = !table->model()->index(r, int(CaseColumn::Warnings)).data().toString().isEmpty() ||
                            !table->model()->index(r, int(CaseColumn::Errors)).data().toString().isEmpty();
        if (status.data(Qt::UserRole + 2).toInt() == int(InterviewStatus::Completed) && checks) {
            row = r;
            break;
        }
    }
    desk->openInterview(table->model()->index(row, 0).data(Qt::UserRole + 1).toLongLong());
    QCoreApplication::processEvents();
    window.grab().save(QStringLiteral("%1/review-%2.png").arg(dir, language));
}

} // namespace

TEST(Screenshots, EnglishAndArabic)
{
    const QString dir = QString::fromLocal8Bit(qgetenv("FLOWDESK_SCREENSHOT_DIR"));
    if (dir.isEmpty())
        GTEST_SKIP() << "set FLOWDESK_SCREENSHOT_DIR to write the screenshots";
    theme::apply(*qApp);
    shoot(dir, "en");
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
    QApplication::setLayoutDirection(Qt::RightToLeft);
    shoot(dir, "ar");
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QLocale::setDefault(QLocale::c());
}
