#include "demo/demodatabase.h"
#include "interviewlistmodel.h"
#include "interviewspage.h"
#include "mainwindow.h"
#include "questionnairepanel.h"
#include "questionnairetreemodel.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace flowdesk;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        QString error;
        const auto report = DemoDatabase::fill(s_dir->filePath("demo.flowdesk"), 700, 3, &error);
        ASSERT_TRUE(report) << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        QString error;
        auto workspace = Workspace::open(s_dir->filePath("demo.flowdesk"), &error);
        EXPECT_TRUE(workspace) << error.toStdString();
        auto window = std::make_unique<MainWindow>(std::move(workspace));
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    static QTemporaryDir *s_dir;
};

QTemporaryDir *MainWindowTest::s_dir = nullptr;

QStringList labelsAtTop(QTreeView *tree)
{
    QStringList labels;
    for (int row = 0; row < tree->model()->rowCount(); ++row)
        labels << tree->model()->index(row, QuestionnaireTreeModel::LabelColumn).data().toString();
    return labels;
}

} // namespace

TEST_F(MainWindowTest, ShowsInterviewsWithStatusFetchedAsTheListScrolls)
{
    auto window = openWindow();
    InterviewsPage *page = window->interviewsPage();
    QTableView *table = page->table();
    // The first page only: the rest comes when the user scrolls.
    EXPECT_EQ(table->model()->rowCount(), InterviewListModel::kPageSize);
    EXPECT_TRUE(page->findChild<QLabel *>("interviewSummary")->text().startsWith("700 interviews"));

    const QString status = table->model()->index(0, InterviewListModel::StatusColumn).data().toString();
    EXPECT_TRUE(QStringList({"Draft", "Completed", "Approved", "Rejected", "Exported"}).contains(status)) << status.toStdString();
    EXPECT_FALSE(table->model()->index(0, InterviewListModel::EnumeratorColumn).data().toString().isEmpty());

    // Keyboard to the end of the list: the view asks the model for more until all 700 are there.
    table->setFocus();
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QCoreApplication::processEvents();
    }
    EXPECT_EQ(table->model()->rowCount(), 700);
    EXPECT_EQ(window->windowTitle(), "demo.flowdesk — FlowDesk");
}

TEST_F(MainWindowTest, QuestionnaireTreeFollowsTheChosenLanguage)
{
    auto window = openWindow();
    QuestionnairePanel *panel = window->questionnairePanel();
    QTreeView *tree = panel->tree();
    const QStringList english = labelsAtTop(tree);
    EXPECT_TRUE(english.contains("A. Interview control")) << english.join(" | ").toStdString();
    EXPECT_EQ(tree->layoutDirection(), Qt::LeftToRight);

    QComboBox *language = panel->languageBox();
    const int french = language->findText("French (fr)");
    const int arabic = language->findText("Arabic (ar)");
    ASSERT_GE(french, 0);
    ASSERT_GE(arabic, 0);
    language->setFocus();
    // Keyboard, as a user would: the combo moves through the languages with the arrow keys.
    while (language->currentIndex() != french)
        QTest::keyClick(language, language->currentIndex() < french ? Qt::Key_Down : Qt::Key_Up);
    const QStringList labels = labelsAtTop(tree);
    EXPECT_NE(labels, english);
    EXPECT_TRUE(labels.join(" ").contains("Contrôle")) << labels.join(" | ").toStdString();

    while (language->currentIndex() != arabic)
        QTest::keyClick(language, language->currentIndex() < arabic ? Qt::Key_Down : Qt::Key_Up);
    EXPECT_EQ(tree->layoutDirection(), Qt::RightToLeft);

    const QString shot = QString::fromLocal8Bit(qgetenv("FLOWDESK_SCREENSHOT_DIR"));
    if (!shot.isEmpty())
        window->grab().save(shot + "/mainwindow-arabic.png");
}

TEST_F(MainWindowTest, ModelsPassTheModelTester)
{
    QString error;
    auto workspace = Workspace::open(s_dir->filePath("demo.flowdesk"), &error);
    ASSERT_TRUE(workspace);
    InterviewListModel interviews(workspace->interviews());
    QAbstractItemModelTester interviewTester(&interviews, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (interviews.canFetchMore(QModelIndex()))
        interviews.fetchMore(QModelIndex());
    EXPECT_EQ(interviews.rowCount(), 700);

    QuestionnaireTreeModel tree(workspace->questionnaire());
    QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tree.setLanguage(1);
    EXPECT_GT(tree.rowCount(), 5);
}
