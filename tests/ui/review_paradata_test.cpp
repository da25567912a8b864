// Issue 8: the review shows the interview's paradata as entry recorded it — corrections, keystrokes, errors met,
// pauses and time per section — beside the answers, and says so when there is none.
#include "reviewfixture.h"

#include "review/interviewreviewpage.h"
#include "review/paradataview.h"
#include "store/paradatastore.h"
#include "store/transaction.h"

#include <QLabel>
#include <QTabWidget>
#include <QTreeWidget>

using namespace flowdesk;
using flowdesk::testing::ReviewFixture;

namespace {

class ReviewParadataTest : public ReviewFixture
{
protected:
    // The first group of the bundled form with its label: a section entry records time in.
    std::pair<QString, QString> firstSection()
    {
        for (const Item &item : questionnaire().items) {
            if (item.type == QuestionType::Group && item.parent < 0) {
                const QString label = item.label.text(questionnaire().defaultLanguage, questionnaire().defaultLanguage);
                if (!label.trimmed().isEmpty())
                    return {questionnaire().path(item.id), label.trimmed()};
            }
        }
        return {};
    }

    // The text as read on screen: without the invisible direction isolates around durations.
    static QString shown(QString text) { return text.remove(QChar(0x2068)).remove(QChar(0x2069)); }

    QString figure(ParadataView *view, const QString &name)
    {
        for (int r = 0; r < view->figures()->topLevelItemCount(); ++r) {
            if (view->figures()->topLevelItem(r)->text(0) == name)
                return shown(view->figures()->topLevelItem(r)->text(1));
        }
        return QStringLiteral("(no row '%1')").arg(name);
    }
};

} // namespace

TEST_F(ReviewParadataTest, TheReviewShowsCorrectionsKeystrokesErrorsPausesAndTimePerSection)
{
    const InterviewCopy keyed = completed();
    const InterviewCopy imported = completed();
    const auto [section, sectionLabel] = firstSection();
    ASSERT_FALSE(section.isEmpty());
    ParadataBatch batch;
    batch.counts = {125000, 600000, 2, 340, 7, 3, 41};
    batch.times = {{ParadataTime::Kind::Section, section, QString(), 95000, 2},
                   {ParadataTime::Kind::Section, QString(), QString(), 30000, 1},
                   {ParadataTime::Kind::Question, section + QStringLiteral("/x"), QString(), 5000, 1}};
    batch.newSession = true;
    QString error;
    {
        Transaction transaction(m_db->connectionName());
        ASSERT_TRUE(transaction.begin(&error)) << error.toStdString();
        ASSERT_TRUE(ParadataStore(m_db->connectionName())
                        .write(keyed.interview.id, enumerator().accountId(), enumerator().name(),
                               QDate::currentDate().toString(Qt::ISODate), batch, &error))
            << error.toStdString();
        ASSERT_TRUE(transaction.commit(&error)) << error.toStdString();
    }

    InterviewReviewPage page(*m_db, reviewer(), *m_workflow, questionnaire());
    showActive(page);
    ASSERT_TRUE(page.open(keyed.interview.id)) << page.messageLabel()->text().toStdString();
    ParadataView *view = page.paradata();
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("reviewSide"));
    ASSERT_TRUE(tabs);
    EXPECT_EQ(tabs->tabText(tabs->indexOf(view)), "Keying");
    EXPECT_EQ(figure(view, "Corrections"), "7");
    EXPECT_EQ(figure(view, "Keystrokes"), "340");
    EXPECT_EQ(figure(view, "Errors and warnings met"), "3");
    EXPECT_EQ(figure(view, "Pauses"), "2 (10 min)");
    EXPECT_EQ(figure(view, "Keying time (without pauses)"), "2 min");
    EXPECT_EQ(figure(view, "Keying sessions"), "1");
    EXPECT_TRUE(view->note()->isHidden());
    // Sections only (not questions), longest first, by their label; time outside any group named as such.
    QTreeWidget *sections = view->sections();
    ASSERT_EQ(sections->topLevelItemCount(), 2);
    EXPECT_EQ(sections->topLevelItem(0)->text(0), sectionLabel);
    EXPECT_EQ(shown(sections->topLevelItem(0)->text(1)), "2 min");
    EXPECT_EQ(sections->topLevelItem(0)->text(2), "2");
    EXPECT_EQ(sections->topLevelItem(1)->text(0), "Outside sections");
    EXPECT_EQ(shown(sections->topLevelItem(1)->text(1)), "30 s");
    // The header line names the corrections too.
    auto *meta = page.findChild<QLabel *>(QStringLiteral("pageSubtitle"));
    ASSERT_TRUE(meta);
    EXPECT_TRUE(meta->text().contains("7 correction(s)")) << meta->text().toStdString();

    // An interview entry never keyed: no figures made up, a note that says why.
    ASSERT_TRUE(page.open(imported.interview.id));
    EXPECT_FALSE(view->note()->isHidden());
    EXPECT_TRUE(view->note()->text().contains("No keying paradata"));
    EXPECT_EQ(figure(view, "Corrections"), "(no row 'Corrections')");
    EXPECT_TRUE(view->sections()->isHidden());
}
