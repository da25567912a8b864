// The looks issue 8 asked to fix, for a person to look at (written only when FLOWDESK_SCREENSHOT_DIR names a
// folder), in English and in Arabic (right to left): the status bar after a backup (the message beside the
// account and database labels), the case list's column titles, and the review's keying paradata tab.
#include "accounts/accounts.h"
#include "backupschedule.h"
#include "caselist/caselistpage.h"
#include "common/theme.h"
#include "demo/demodatabase.h"
#include "mainwindow.h"
#include "review/interviewreviewpage.h"
#include "review/paradataview.h"
#include "review/reviewdesk.h"
#include "store/paradatastore.h"
#include "store/transaction.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QStatusBar>
#include <QTabWidget>
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
    ASSERT_TRUE(DemoDatabase::fill(path, 300, 11, &error)) << error.toStdString();
    auto workspace = Workspace::open(path, &error);
    ASSERT_TRUE(workspace) << error.toStdString();
    auto session = Accounts(workspace->database()).login("supervisor", "demo", &error);
    ASSERT_TRUE(session) << error.toStdString();
    {
        // Keying paradata for every interview, as entry would have recorded it (the demo has none).
        const Questionnaire &q = *workspace->questionnaire();
        ParadataBatch batch;
        batch.counts = {1460000, 240000, 3, 912, 14, 5, 63};
        batch.newSession = true;
        qint64 ms = 420000;
        for (int top : q.topLevel) {
            if (q.item(top).type == QuestionType::Group && batch.times.size() < 6) {
                batch.times.push_back({ParadataTime::Kind::Section, q.path(top), QString(), ms, 1});
                ms = ms * 2 / 3;
            }
        }
        Transaction transaction(workspace->database().connectionName());
        ASSERT_TRUE(transaction.begin(&error)) << error.toStdString();
        ParadataStore store(workspace->database().connectionName());
        for (qint64 id = 1; id <= 300; ++id)
            ASSERT_TRUE(store.write(id, session->accountId(), session->name(), "2026-05-12", batch, &error)) << error.toStdString();
        ASSERT_TRUE(transaction.commit(&error)) << error.toStdString();
    }
    MainWindow window(std::move(workspace));
    window.setSession(*session);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *backups = window.findChild<BackupSchedule *>();
    ASSERT_TRUE(backups);
    emit backups->finished(QStringLiteral("/home/field-officer/Documents/FlowDesk/Agadez office databases/"
                                          "demo.flowdesk.backups/demo-20260512-101500-123.flowdesk"),
                           QString());
    ReviewDesk *desk = window.reviewDesk();
    ASSERT_TRUE(desk);
    if (language == "ar") {
        QComboBox *box = desk->review()->languageBox();
        const int arabic = box->findText("Arabic", Qt::MatchContains);
        ASSERT_GE(arabic, 0);
        desk->setLanguage(arabic);
    }
    QCoreApplication::processEvents();
    window.grab().save(QStringLiteral("%1/looks-caselist-%2.png").arg(dir, language));
    window.statusBar()->grab().save(QStringLiteral("%1/looks-statusbar-%2.png").arg(dir, language));
    window.findChild<QTableView *>(QStringLiteral("caseTable"))
        ->horizontalHeader()
        ->grab()
        .save(QStringLiteral("%1/looks-headers-%2.png").arg(dir, language));

    QTableView *table = desk->caseList()->table();
    desk->openInterview(table->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong());
    auto *side = desk->review()->findChild<QTabWidget *>(QStringLiteral("reviewSide"));
    ASSERT_TRUE(side);
    side->setCurrentWidget(desk->review()->paradata());
    QCoreApplication::processEvents();
    window.grab().save(QStringLiteral("%1/looks-review-keying-%2.png").arg(dir, language));
}

} // namespace

TEST(LooksScreenshots, StatusBarHeadersAndKeyingInEnglishAndArabic)
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
