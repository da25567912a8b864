// Screenshots of the Profile screen and its PDF report in English and Arabic (right to left), for a person to
// look at: written only when FLOWDESK_SCREENSHOT_DIR names a folder.
#include "accounts/accounts.h"
#include "common/theme.h"
#include "demo/demodatabase.h"
#include "profile/chartcard.h"
#include "profile/profilepage.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace flowdesk;

TEST(ProfileScreenshots, EnglishAndArabic)
{
    const QString dir = QString::fromLocal8Bit(qgetenv("FLOWDESK_SCREENSHOT_DIR"));
    if (dir.isEmpty())
        GTEST_SKIP() << "set FLOWDESK_SCREENSHOT_DIR to write the screenshots";
    theme::apply(*qApp);
    QTemporaryDir temp;
    const QString path = temp.filePath("demo.flowdesk");
    QString error;
    ASSERT_TRUE(DemoDatabase::fill(path, 1500, 11, &error)) << error.toStdString();
    auto workspace = Workspace::open(path, &error);
    ASSERT_TRUE(workspace) << error.toStdString();
    auto session = Accounts(workspace->database()).login("supervisor", "demo", &error);
    ASSERT_TRUE(session) << error.toStdString();
    for (const char *language : {"en", "ar"}) {
        const bool arabic = QByteArray(language) == "ar";
        QApplication::setLayoutDirection(arabic ? Qt::RightToLeft : Qt::LeftToRight);
        ProfilePage page(workspace->database(), *session, *workspace->questionnaire(),
                         workspace->storedQuestionnaire().id);
        page.resize(1500, 1000);
        QSignalSpy spy(&page, &ProfilePage::computed);
        page.show();
        ASSERT_TRUE(spy.wait(60000));
        if (arabic) {
            page.setLanguage(workspace->questionnaire()->languageIndex(u"ar"));
            ASSERT_TRUE(spy.wait(60000));
        }
        QTest::qWait(200);
        page.grab().save(QStringLiteral("%1/profile-%2.png").arg(dir, language));
        // Further down: the companions and the timeline.
        if (auto *scroll = page.findChild<QScrollArea *>()) {
            const QList<ChartCard *> cards = page.cards();
            if (cards.size() > 8)
                scroll->ensureWidgetVisible(cards[8]);
            QTest::qWait(100);
            page.grab().save(QStringLiteral("%1/profile-%2-2.png").arg(dir, language));
        }
        if (!page.cards().isEmpty()) {
            page.cards().front()->savePng(QStringLiteral("%1/chart-%2.png").arg(dir, language));
            page.cards().front()->saveSvg(QStringLiteral("%1/chart-%2.svg").arg(dir, language));
        }
        ASSERT_TRUE(page.exportPdf(QStringLiteral("%1/profile-%2.pdf").arg(dir, language), &error))
            << error.toStdString();
    }
    QApplication::setLayoutDirection(Qt::LeftToRight);
}
