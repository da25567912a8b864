// The import conflict view at the size a real batch brings: a lazy list (pages of 200), counts from the store,
// decisions by keyboard, several at once, each audited; an enumerator may look but not decide.
#include "reviewfixture.h"

#include "../model/conflictfixture.h"
#include "batch/importconflicts.h"
#include "import/conflictlistmodel.h"
#include "common/applanguage.h"
#include "import/conflictview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

namespace flowdesk::testing {
namespace {

// Answers the next message box with `button` once it is shown (the buttons click after their press animation,
// so it comes a little after the key).
void answerNextQuestion(QMessageBox::StandardButton button, int triesLeft = 250)
{
    QTimer::singleShot(20, [button, triesLeft] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            ASSERT_GT(triesLeft, 0) << "no question was asked";
            answerNextQuestion(button, triesLeft - 1);
            return;
        }
        box->button(button)->click();
    });
}

class ConflictViewTest : public ReviewFixture
{
protected:
    // `count` conflicts from batch `batch`, over `interviews` approved interviews (see addConflicts).
    void makeConflicts(int count, int interviews, const QString &batch = QStringLiteral("B-20260101-000000"))
    {
        for (int i = 0; i < interviews; ++i)
            m_interviews.push_back(approved().interview.id);
        m_workflow.reset();
        m_db.reset();
        QString error;
        m_workspace = Workspace::open(m_path, OpenMode::ReadWrite, &error);
        ASSERT_TRUE(m_workspace) << error.toStdString();
        addConflicts(count, batch);
    }
    void addConflicts(int count, const QString &batch)
    {
        QString error;
        m_textItem = testing::addConflicts(*m_workspace, supervisor(), m_interviews, count, batch, &error);
        ASSERT_GE(m_textItem, 0) << error.toStdString();
    }

    QString answerOf(qint64 interviewId)
    {
        QString error;
        auto copy = m_workspace->workflow()->open(supervisor(), interviewId, &error);
        EXPECT_TRUE(copy) << error.toStdString();
        return copy ? copy->interview.answers.value(m_textItem) : QString();
    }
    int auditCount(const QString &action)
    {
        QSqlQuery q(QSqlDatabase::database(m_workspace->database().connectionName()));
        EXPECT_TRUE(q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?")));
        q.addBindValue(action);
        EXPECT_TRUE(q.exec() && q.next());
        return q.value(0).toInt();
    }
    std::vector<ConflictSummary> all()
    {
        QString error;
        auto rows = ImportConflicts(*m_workspace).page({true, QString()}, 0, 100000, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        return rows;
    }
    // The text as read on screen: without the invisible direction isolates around ids and dates.
    static QString shown(const QVariant &cell)
    {
        return cell.toString().remove(QChar(0x2068)).remove(QChar(0x2069));
    }
    static qint64 currentId(ConflictView &view)
    {
        const QModelIndex current = view.table()->selectionModel()->currentIndex();
        const ConflictSummary *c = current.isValid() ? view.model()->conflict(current.row()) : nullptr;
        return c ? c->id : 0;
    }

    void TearDown() override { m_workspace.reset(); }

    std::unique_ptr<Workspace> m_workspace;
    std::vector<qint64> m_interviews;
    int m_textItem = -1;
};

TEST_F(ConflictViewTest, ThousandsOfConflictsComeInPagesAndScrollingToTheEndFetchesThemAll)
{
    makeConflicts(1200, 4);
    {
        ConflictListModel model(*m_workspace);
        EXPECT_EQ(model.rowCount(), ConflictListModel::kPageSize);
        ASSERT_TRUE(model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        EXPECT_EQ(model.rowCount(), 2 * ConflictListModel::kPageSize);
        EXPECT_LT(model.conflict(0)->id, model.conflict(2 * ConflictListModel::kPageSize - 1)->id);
        EXPECT_EQ(model.data(model.index(0, ConflictListModel::DecisionColumn)).toString(), u"open");
        EXPECT_EQ(shown(model.data(model.index(0, ConflictListModel::BatchColumn))), u"B-20260101-000000");
        EXPECT_EQ(shown(model.data(model.index(0, ConflictListModel::UuidColumn))).size(), 36);
    }
    ConflictView view(*m_workspace, reviewer());
    showActive(view);
    EXPECT_TRUE(view.countsText().startsWith(u"1200 open conflict")) << view.countsText().toStdString();
    EXPECT_TRUE(view.countsText().contains(u"(of 1200)")) << view.countsText().toStdString();
    EXPECT_EQ(view.conflictCount(), ConflictListModel::kPageSize);
    EXPECT_EQ(view.differenceCount(), 1); // the first conflict is shown, field by field
    QTableView *table = view.table();
    for (int i = 0; i < 20 && view.model()->canFetchMore(QModelIndex()); ++i) {
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QCoreApplication::processEvents();
    }
    EXPECT_EQ(view.conflictCount(), 1200);
    EXPECT_FALSE(view.model()->canFetchMore(QModelIndex()));
}

TEST_F(ConflictViewTest, TheTakeTheirsKeyDecidesTheSelectedConflictAndMovesToTheNextOpenOne)
{
    makeConflicts(5, 5);
    const qint64 interview = m_interviews.front();
    const QString ours = answerOf(interview);
    ConflictView view(*m_workspace, reviewer());
    showActive(view);
    const std::vector<ConflictSummary> before = all();
    ASSERT_EQ(currentId(view), before[0].id);
    auto *differences = view.findChild<QTableWidget *>(QStringLiteral("differences"));
    ASSERT_EQ(differences->rowCount(), 1);
    EXPECT_EQ(differences->item(0, 2)->text(), ours);
    EXPECT_EQ(differences->item(0, 3)->text(), ours + QStringLiteral("-B0"));
    EXPECT_NE(differences->item(0, 2)->background(), differences->item(0, 3)->background()); // marked, each its own way

    ASSERT_TRUE(view.table()->hasFocus());
    press(view.table(), Qt::Key_T, Qt::AltModifier);
    EXPECT_EQ(answerOf(interview), ours + QStringLiteral("-B0")) << view.message().toStdString();
    EXPECT_EQ(auditCount(QStringLiteral("import conflict resolved")), 1);
    EXPECT_TRUE(view.message().contains(u"their answers taken")) << view.message().toStdString();
    EXPECT_EQ(currentId(view), before[1].id);
    EXPECT_EQ(view.conflictCount(), 4);
    EXPECT_TRUE(view.countsText().startsWith(u"4 open conflict")) << view.countsText().toStdString();
    EXPECT_TRUE(view.table()->hasFocus());
    EXPECT_EQ(differences->item(0, 3)->text(), answerOf(m_interviews[1]) + QStringLiteral("-B1")); // the next one is shown
    // And on: Alt+O keeps ours for the next, which stays as it was.
    const QString second = answerOf(m_interviews[1]);
    press(view.table(), Qt::Key_O, Qt::AltModifier);
    EXPECT_EQ(answerOf(m_interviews[1]), second);
    EXPECT_EQ(currentId(view), before[2].id);
    EXPECT_EQ(auditCount(QStringLiteral("import conflict resolved")), 2);
}

TEST_F(ConflictViewTest, SeveralSelectedConflictsAreDecidedTogetherAfterAConfirmation)
{
    makeConflicts(5, 5);
    const std::vector<ConflictSummary> before = all();
    ConflictView view(*m_workspace, reviewer());
    showActive(view);
    QTableView *table = view.table();
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    ASSERT_EQ(table->selectionModel()->selectedRows().size(), 3);

    // Declined: nothing decided.
    answerNextQuestion(QMessageBox::No);
    press(table, Qt::Key_O, Qt::AltModifier);
    EXPECT_EQ(auditCount(QStringLiteral("import conflict resolved")), 0);
    EXPECT_EQ(view.conflictCount(), 5);
    EXPECT_EQ(table->selectionModel()->selectedRows().size(), 3);

    showActive(view); // the question box took the activation away (offscreen gives it back to no one)
    answerNextQuestion(QMessageBox::Yes);
    press(table, Qt::Key_O, Qt::AltModifier);
    EXPECT_EQ(auditCount(QStringLiteral("import conflict resolved")), 3) << view.message().toStdString();
    const std::vector<ConflictSummary> after = all();
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(after[size_t(i)].resolution, u"ours");
        EXPECT_EQ(after[size_t(i)].resolvedBy, reviewer().name());
    }
    EXPECT_TRUE(after[3].resolution.isEmpty());
    EXPECT_EQ(view.conflictCount(), 2);
    EXPECT_TRUE(view.countsText().startsWith(u"2 open conflict")) << view.countsText().toStdString();
    EXPECT_TRUE(view.countsText().contains(u"(of 5)"));
    EXPECT_TRUE(view.message().contains(u"3 conflict")) << view.message().toStdString();
    EXPECT_EQ(currentId(view), before[3].id);
}

TEST_F(ConflictViewTest, ARunOfDecisionsStopsAtTheFirstFailureNamingTheConflict)
{
    makeConflicts(3, 3);
    std::vector<ConflictSummary> before = all();
    {
        // The second conflict's copy is one this questionnaire cannot read.
        QSqlQuery q(QSqlDatabase::database(m_workspace->database().connectionName()));
        ASSERT_TRUE(q.prepare(QStringLiteral("UPDATE import_conflicts SET theirs = '{\"uuid\": 1}' WHERE id = ?")));
        q.addBindValue(before[1].id);
        ASSERT_TRUE(q.exec());
    }
    ConflictView view(*m_workspace, reviewer());
    showActive(view);
    view.table()->selectAll();
    answerNextQuestion(QMessageBox::Yes);
    press(view.table(), Qt::Key_T, Qt::AltModifier);
    const std::vector<ConflictSummary> after = all();
    EXPECT_EQ(after[0].resolution, u"theirs");
    EXPECT_TRUE(after[1].resolution.isEmpty());
    EXPECT_TRUE(after[2].resolution.isEmpty()); // not reached
    EXPECT_TRUE(view.message().contains(QStringLiteral("Conflict %1 (interview %2)").arg(before[1].id).arg(m_interviews[1])))
        << view.message().toStdString();
    EXPECT_EQ(currentId(view), before[1].id); // the one that failed, for the reviewer to look at
    EXPECT_TRUE(view.countsText().startsWith(u"2 open conflict")) << view.countsText().toStdString();
}

TEST_F(ConflictViewTest, AnEnumeratorSeesTheConflictsButCannotDecide)
{
    makeConflicts(2, 2);
    ConflictView view(*m_workspace, enumerator());
    showActive(view);
    EXPECT_EQ(view.conflictCount(), 2);
    EXPECT_EQ(view.differenceCount(), 1);
    auto *keepOurs = view.findChild<QPushButton *>(QStringLiteral("keepOurs"));
    auto *takeTheirs = view.findChild<QPushButton *>(QStringLiteral("takeTheirs"));
    EXPECT_FALSE(keepOurs->isEnabled());
    EXPECT_FALSE(takeTheirs->isEnabled());
    EXPECT_FALSE(takeTheirs->toolTip().isEmpty());
    press(view.table(), Qt::Key_T, Qt::AltModifier);
    EXPECT_EQ(auditCount(QStringLiteral("import conflict resolved")), 0);
    // The model refuses too, whatever a screen does.
    QString error;
    const qint64 id = all().front().id;
    EXPECT_FALSE(ImportConflicts(*m_workspace).takeTheirs(enumerator(), id, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(all().front().resolution.isEmpty());
}

TEST_F(ConflictViewTest, ShowDecidedListsTheDecidedOnesWithWhoDecided)
{
    makeConflicts(3, 3);
    QString error;
    const std::vector<ConflictSummary> before = all();
    ASSERT_TRUE(ImportConflicts(*m_workspace).takeTheirs(reviewer(), before[0].id, &error)) << error.toStdString();
    ASSERT_TRUE(ImportConflicts(*m_workspace).keepOurs(supervisor(), before[2].id, &error)) << error.toStdString();
    ConflictView view(*m_workspace, reviewer());
    showActive(view);
    EXPECT_EQ(view.conflictCount(), 1);
    EXPECT_EQ(currentId(view), before[1].id);
    auto *showDecided = view.findChild<QCheckBox *>(QStringLiteral("showDecided"));
    press(view.table(), Qt::Key_D, Qt::AltModifier);
    ASSERT_TRUE(showDecided->isChecked());
    ASSERT_EQ(view.conflictCount(), 3);
    ConflictListModel *model = view.model();
    const auto decision = [&](int row) {
        return model->data(model->index(row, ConflictListModel::DecisionColumn)).toString();
    };
    EXPECT_EQ(decision(0), QStringLiteral("theirs taken by %1").arg(reviewer().name()));
    EXPECT_EQ(decision(1), u"open");
    EXPECT_EQ(decision(2), QStringLiteral("ours kept by %1").arg(supervisor().name()));
    EXPECT_TRUE(view.countsText().startsWith(u"1 open conflict")) << view.countsText().toStdString();
    EXPECT_TRUE(view.countsText().contains(u"(of 3)"));
    // A decided conflict can be looked at but not decided again.
    view.table()->selectionModel()->setCurrentIndex(model->index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                                             QItemSelectionModel::Rows);
    EXPECT_FALSE(view.findChild<QPushButton *>(QStringLiteral("takeTheirs"))->isEnabled());
    // Deciding the open one keeps its row, now with the decision.
    view.table()->selectionModel()->setCurrentIndex(model->index(1, 0), QItemSelectionModel::ClearAndSelect |
                                                                             QItemSelectionModel::Rows);
    view.table()->setFocus();
    press(view.table(), Qt::Key_T, Qt::AltModifier);
    EXPECT_EQ(view.conflictCount(), 3);
    EXPECT_EQ(decision(1), QStringLiteral("theirs taken by %1").arg(reviewer().name()));
    EXPECT_TRUE(view.countsText().startsWith(u"0 open conflict")) << view.countsText().toStdString();
}

TEST_F(ConflictViewTest, TheBatchFilterShowsOneBatchsConflictsAndCounts)
{
    makeConflicts(3, 3, QStringLiteral("B-20260101-000001"));
    addConflicts(2, QStringLiteral("C-20260102-000002"));
    ConflictView view(*m_workspace, reviewer());
    showActive(view);
    EXPECT_EQ(view.conflictCount(), 5);
    auto *batch = view.findChild<QComboBox *>(QStringLiteral("batch"));
    ASSERT_EQ(batch->count(), 3); // all, and the two batches
    press(view.table(), Qt::Key_B, Qt::AltModifier);
    ASSERT_TRUE(batch->hasFocus());
    QTest::keyClick(batch, Qt::Key_End);
    EXPECT_EQ(view.conflictCount(), 2);
    EXPECT_TRUE(view.countsText().startsWith(u"2 open conflict")) << view.countsText().toStdString();
    EXPECT_TRUE(view.countsText().contains(u"(of 2)"));
    EXPECT_EQ(shown(view.model()->data(view.model()->index(0, ConflictListModel::BatchColumn))),
              u"C-20260102-000002");
}

// Screenshots for a person to look at (not assertions): two batches, one conflict decided, in English and in
// Arabic (right to left). Written when FLOWDESK_SCREENSHOT_DIR names a folder.
TEST_F(ConflictViewTest, Screenshots)
{
    const QString dir = QString::fromLocal8Bit(qgetenv("FLOWDESK_SCREENSHOT_DIR"));
    if (dir.isEmpty())
        GTEST_SKIP() << "set FLOWDESK_SCREENSHOT_DIR to write the screenshots";
    makeConflicts(40, 8, QStringLiteral("B-20261201-000001"));
    addConflicts(5, QStringLiteral("C-20261202-000002"));
    QString error;
    ASSERT_TRUE(ImportConflicts(*m_workspace).takeTheirs(reviewer(), all()[0].id, &error)) << error.toStdString();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ar")}) {
        applanguage::apply(language);
        ConflictView view(*m_workspace, reviewer());
        showActive(view);
        view.findChild<QCheckBox *>(QStringLiteral("showDecided"))->setChecked(true);
        view.table()->selectionModel()->setCurrentIndex(view.model()->index(1, 0),
                                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::qWait(50);
        EXPECT_TRUE(view.grab().save(QStringLiteral("%1/conflict-view-%2.png").arg(dir, language)));
    }
    applanguage::apply(QStringLiteral("en"));
}

} // namespace
} // namespace flowdesk::testing
