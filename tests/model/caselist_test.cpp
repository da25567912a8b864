// The case list: summaries kept up to date by the workflow, built for databases from before it, queried with
// filters, sorts, keyset pages and per-filter counts.
#include "workflowfixture.h"

#include "store/casesummarystore.h"
#include "store/interviewstore.h"
#include "store/migrations.h"
#include "workflow/caselistquery.h"
#include "workflow/qualityflags.h"
#include "workflow/supervisorreports.h"

namespace flowdesk::testing {
namespace {

using CaseListTest = WorkflowFixture;

// Interviews written straight through the store (as an import would), then summarised.
void addGenerated(Database &db, qint64 questionnaireId, const Questionnaire &q, int n, int seed = 11)
{
    InterviewStore store(db, questionnaireId, q);
    DemoGenerator generator(q, seed);
    std::vector<Interview> batch;
    for (int i = 0; i < n; ++i) {
        Interview interview = generator.next();
        interview.enumerator = i % 3 == 0 ? QStringLiteral("enum1") : QStringLiteral("enum2");
        interview.questionnaireId = questionnaireId;
        batch.push_back(std::move(interview));
    }
    QString error;
    ASSERT_TRUE(store.insertMany(batch, &error)) << error.toStdString();
}

TEST_F(CaseListTest, RowsWrittenOutsideTheWorkflowAreStaleUntilRefreshed)
{
    addGenerated(*m_db, shared().questionnaireId, *shared().form.questionnaire, 200);
    CaseSummaryStore summaries(m_db->connectionName());
    EXPECT_EQ(summaries.staleCount(), 200);
    QString error;
    EXPECT_EQ(m_workflow->refreshCaseList({}, &error, 64), 200) << error.toStdString();
    EXPECT_EQ(summaries.staleCount(), 0);
    const auto row = summaries.find(1);
    ASSERT_TRUE(row);
    EXPECT_FALSE(row->label.isEmpty());
    EXPECT_FALSE(row->columns[0].isEmpty()); // fmp
    EXPECT_FALSE(row->columns[1].isEmpty()); // sex
    EXPECT_EQ(row->durationSeconds, 18 * 60);
}

TEST_F(CaseListTest, AMigratedDatabaseGetsARowPerInterview)
{
    const QString path = m_dir.filePath(QStringLiteral("v1.flowdesk"));
    QString error;
    {
        const std::vector<Migration> first{migrations().front()};
        auto v1 = Database::open(path, first, &error);
        ASSERT_TRUE(v1) << error.toStdString();
        const qint64 id = QuestionnaireStore(*v1).add(shared().form.workbook, *shared().form.questionnaire, &error).value_or(0);
        ASSERT_NE(id, 0);
        addGenerated(*v1, id, *shared().form.questionnaire, 50);
    }
    auto db = Database::open(path, &error);
    ASSERT_TRUE(db) << error.toStdString();
    EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(CaseSummaryStore(db->connectionName()).staleCount(), 50);
    auto workflow = makeWorkflow(*db);
    EXPECT_EQ(workflow->refreshCaseList({}, &error), 50);
    EXPECT_EQ(CaseSummaryStore(db->connectionName()).staleCount(), 0);
}

TEST_F(CaseListTest, FiltersSortsPagesAndCountsAgree)
{
    addGenerated(*m_db, shared().questionnaireId, *shared().form.questionnaire, 300);
    QString error;
    ASSERT_EQ(m_workflow->refreshCaseList({}, &error), 300);
    CaseListQuery query(*m_db, reviewer());
    const CaseCounts &all = query.counts();
    EXPECT_EQ(all.total, 300);
    qint64 sum = 0;
    for (qint64 n : all.byStatus)
        sum += n;
    EXPECT_EQ(sum, 300);

    CaseFilter filter;
    filter.statuses = {InterviewStatus::Completed, InterviewStatus::Rejected};
    filter.enumerator = QStringLiteral("enum2");
    filter.withErrors = true;
    query.setFilter(filter);
    query.setSort({CaseColumn::Date, false});
    const qint64 expected = query.counts().total;
    EXPECT_GT(expected, 0);
    // Paging by keyset through every row gives exactly the count, in order, each matching the filter.
    std::vector<CaseSummary> seen;
    std::optional<CaseKey> after;
    for (;;) {
        const auto page = query.page(after, 7);
        if (page.empty())
            break;
        seen.insert(seen.end(), page.begin(), page.end());
        after = query.keyAfter(page.back());
    }
    ASSERT_EQ(qint64(seen.size()), expected);
    for (size_t i = 0; i < seen.size(); ++i) {
        EXPECT_EQ(seen[i].enumerator, "enum2");
        EXPECT_GT(seen[i].errors, 0);
        EXPECT_TRUE(seen[i].status == InterviewStatus::Completed || seen[i].status == InterviewStatus::Rejected);
        if (i > 0) {
            EXPECT_LE(seen[i - 1].date, seen[i].date);
        }
    }
    // The offset page at the same place gives the same rows.
    const size_t middle = seen.size() / 2;
    const auto jumped = query.rowsAt(qint64(middle), 3);
    ASSERT_EQ(jumped.size(), std::min<size_t>(3, seen.size() - middle));
    EXPECT_EQ(jumped[0].interviewId, seen[middle].interviewId);
    // Deep jumps seek from the key before the offset: the same rows as skipping them, in either direction.
    CaseSummaryStore store(m_db->connectionName());
    for (const CaseSort sort : {CaseSort{CaseColumn::Date, false}, CaseSort{CaseColumn::Enumerator, true}}) {
        for (const bool sortIndex : {false, true}) {
            const auto skipped = store.pageAt(query.filter(), sort, qint64(middle), 5, sortIndex);
            const auto key = store.keyAt(query.filter(), sort, qint64(middle) - 1, sortIndex);
            ASSERT_TRUE(key);
            const auto sought = store.page(query.filter(), sort, key, 5, sortIndex);
            ASSERT_EQ(sought.size(), skipped.size());
            for (size_t i = 0; i < sought.size(); ++i)
                EXPECT_EQ(sought[i].interviewId, skipped[i].interviewId);
        }
    }
    EXPECT_FALSE(store.keyAt(query.filter(), query.sort(), expected, false));
    // The quick search finds a row by a part of its label.
    CaseFilter text;
    text.text = seen[0].label.mid(2, 6);
    query.setFilter(text);
    EXPECT_GE(query.counts().total, 1);
    const auto found = query.page(std::nullopt, 300);
    EXPECT_TRUE(std::any_of(found.begin(), found.end(), [&](const CaseSummary &r) { return r.interviewId == seen[0].interviewId; }));
}

// Every row the query gives, by keyset pages.
std::vector<CaseSummary> everyRow(CaseListQuery &query)
{
    std::vector<CaseSummary> rows;
    std::optional<CaseKey> after;
    for (;;) {
        const auto page = query.page(after, 64);
        if (page.empty())
            return rows;
        rows.insert(rows.end(), page.begin(), page.end());
        after = query.keyAfter(page.back());
    }
}

QSet<qint64> idsContaining(const std::vector<CaseSummary> &rows, const QString &text)
{
    QSet<qint64> ids;
    for (const CaseSummary &r : rows) {
        bool hit = r.label.contains(text, Qt::CaseInsensitive) || r.enumerator.contains(text, Qt::CaseInsensitive);
        for (const QString &c : r.columns)
            hit = hit || c.contains(text, Qt::CaseInsensitive);
        if (hit)
            ids.insert(r.interviewId);
    }
    return ids;
}

// Three letters or more go through the trigram index (migration 4), shorter ones through LIKE: both give exactly
// the rows holding the text anywhere in the label, the enumerator or a case-list column, in any case; the index
// follows every change (trigger) and a bulk load (rebuilt at its end).
TEST_F(CaseListTest, QuickSearchFindsExactlyTheRowsHoldingTheText)
{
    addGenerated(*m_db, shared().questionnaireId, *shared().form.questionnaire, 240);
    QString error;
    ASSERT_EQ(m_workflow->refreshCaseList({}, &error), 240);
    CaseListQuery query(*m_db, reviewer());
    const std::vector<CaseSummary> all = everyRow(query);
    ASSERT_EQ(all.size(), 240u);
    const QString label = all[17].label;
    ASSERT_GE(label.size(), 10);
    const QStringList texts{label.mid(3, 7).toUpper(), label.right(4), QStringLiteral("ENUM2"), QStringLiteral("num"),
                            QStringLiteral("m1"), QStringLiteral("2"), all[5].columns[0].left(3),
                            QStringLiteral("no \"such\" %_ text")};
    for (const QString &text : texts) {
        CaseFilter filter;
        filter.text = text;
        query.setFilter(filter);
        const QSet<qint64> expected = idsContaining(all, text);
        EXPECT_EQ(query.counts().total, expected.size()) << text.toStdString();
        QSet<qint64> found;
        for (const CaseSummary &r : everyRow(query))
            found.insert(r.interviewId);
        EXPECT_EQ(found, expected) << text.toStdString();
    }

    // A bulk load drops the index's triggers and rebuilds it at the end: the new rows are found too.
    InterviewStore store(*m_db, shared().questionnaireId, *shared().form.questionnaire);
    ASSERT_TRUE(store.beginBulkLoad(&error)) << error.toStdString();
    addGenerated(*m_db, shared().questionnaireId, *shared().form.questionnaire, 30, 12);
    ASSERT_TRUE(store.endBulkLoad(&error)) << error.toStdString();
    CaseFilter everyone;
    everyone.text = QStringLiteral("enum");
    query.setFilter(everyone);
    EXPECT_EQ(query.counts().total, 270);
    ASSERT_EQ(m_workflow->refreshCaseList({}, &error), 30);
    // Their labels were written after the rebuild (stale rows have none): the update trigger indexed them.
    query.setFilter({});
    const std::vector<CaseSummary> now = everyRow(query);
    ASSERT_EQ(now.size(), 270u);
    for (const QString &text : {label.mid(3, 7), now.front().label.left(8)}) {
        CaseFilter filter;
        filter.text = text;
        query.setFilter(filter);
        QSet<qint64> found;
        for (const CaseSummary &r : everyRow(query))
            found.insert(r.interviewId);
        EXPECT_EQ(found, idsContaining(now, text)) << text.toStdString();
    }
}

// A search's first page read before its counts (CaseListQuery::firstPage): three letters or more through the search
// index for the window's ids, one or two with LIKE on the window's rows. Whatever the sort and the other filters,
// it is exactly the page the counted way gives, or nothing when fewer rows match.
TEST_F(CaseListTest, ASearchsFirstPageBeforeItsCountsIsTheListsFirstPage)
{
    addGenerated(*m_db, shared().questionnaireId, *shared().form.questionnaire, 240);
    QString error;
    ASSERT_EQ(m_workflow->refreshCaseList({}, &error), 240);
    CaseListQuery query(*m_db, reviewer());
    const std::vector<CaseSummary> all = everyRow(query);
    const int limit = 20;
    int shown = 0;
    for (const QString &text : {QStringLiteral("num"), QStringLiteral("ENUM1"), QStringLiteral("m2"),
                                all[3].label.mid(2, 5), QStringLiteral("no such text")}) {
        for (const CaseSort sort : {CaseSort{}, CaseSort{CaseColumn::Label, false}, CaseSort{CaseColumn::Date, true}}) {
            for (const bool completedOnly : {false, true}) {
                CaseFilter filter;
                filter.text = text;
                if (completedOnly)
                    filter.statuses = {InterviewStatus::Completed};
                query.setSort(sort);
                query.setFilter(filter);
                const std::vector<CaseSummary> first = query.firstPage(limit);
                ASSERT_FALSE(query.hasCounts()) << "firstPage counted";
                const std::vector<CaseSummary> counted = query.page(std::nullopt, limit);
                const std::string what = text.toStdString() + (completedOnly ? ", completed" : "") + ", sort " +
                                         std::to_string(int(sort.column));
                if (first.empty()) {
                    EXPECT_LT(counted.size(), size_t(limit)) << what << ": a whole page matched but none was shown";
                    continue;
                }
                ++shown;
                ASSERT_EQ(first.size(), counted.size()) << what;
                for (size_t i = 0; i < first.size(); ++i)
                    EXPECT_EQ(first[i].interviewId, counted[i].interviewId) << what << ", row " << i;
            }
        }
    }
    EXPECT_GE(shown, 9); // "num", "ENUM1" and "m2" match a whole page unfiltered, in every sort
}

// Jumps read from the nearer end: the rows at any offset are those keyset paging reaches there, filtered or not.
TEST_F(CaseListTest, JumpsGiveTheRowsPagingReachesFromEitherEnd)
{
    addGenerated(*m_db, shared().questionnaireId, *shared().form.questionnaire, 260);
    QString error;
    ASSERT_EQ(m_workflow->refreshCaseList({}, &error), 260);
    CaseListQuery query(*m_db, reviewer());
    for (const int which : {0, 1, 2}) {
        CaseFilter filter;
        if (which == 1)
            filter.statuses = {InterviewStatus::Completed};
        if (which == 2)
            filter.enumerator = QStringLiteral("enum1");
        query.setFilter(filter);
        for (const CaseSort sort : {CaseSort{CaseColumn::Modified, true}, CaseSort{CaseColumn::Date, false},
                                    CaseSort{CaseColumn::Label, true}}) {
            query.setSort(sort);
            const std::vector<CaseSummary> rows = everyRow(query);
            ASSERT_EQ(qint64(rows.size()), query.counts().total);
            const qint64 n = qint64(rows.size());
            for (const qint64 offset : {qint64(0), n / 3, n / 2, n / 2 + 1, n - 7, n - 1}) {
                if (offset < 0 || offset >= n)
                    continue;
                const auto jumped = query.rowsAt(offset, 5);
                ASSERT_EQ(qint64(jumped.size()), std::min<qint64>(5, n - offset)) << which << " " << offset;
                for (size_t i = 0; i < jumped.size(); ++i)
                    EXPECT_EQ(jumped[i].interviewId, rows[size_t(offset) + i].interviewId) << which << " " << offset;
            }
        }
    }
}

// The counts kept by trigger (migration 3) against a count of the rows themselves: a date range wide enough
// for every interview makes the query count case_summaries instead.
void expectKeptCountsMatchRows(Database &db, const Session &session, CaseFilter filter)
{
    CaseListQuery kept(db, session);
    kept.setFilter(filter);
    filter.from = QDate(1970, 1, 2);
    filter.to = QDate(2999, 1, 1);
    CaseListQuery counted(db, session);
    counted.setFilter(filter);
    const CaseCounts &a = kept.counts();
    const CaseCounts &b = counted.counts();
    EXPECT_EQ(a.total, b.total);
    EXPECT_EQ(a.byStatus, b.byStatus);
    EXPECT_EQ(a.withErrors, b.withErrors);
    EXPECT_EQ(a.withWarnings, b.withWarnings);
    EXPECT_EQ(a.withComments, b.withComments);
}

TEST_F(CaseListTest, CountsStayRightAfterSavesStatusChangesAndComments)
{
    addGenerated(*m_db, shared().questionnaireId, *shared().form.questionnaire, 60);
    QString error;
    ASSERT_EQ(m_workflow->refreshCaseList({}, &error), 60);
    InterviewCopy rejected = completed();
    ASSERT_TRUE(m_workflow->reject(reviewer(), rejected.interview.id, rejected.version,
                                   QStringLiteral("age looks wrong"), &error))
        << error.toStdString();
    const InterviewCopy done = approved();
    const InterviewCopy invalid = draft(false);
    const qint64 commentId = m_workflow->comment(reviewer(), done.interview.id, -1, QString(),
                                                 QStringLiteral("check the site"), &error);
    ASSERT_NE(commentId, 0) << error.toStdString();
    m_workflow->comment(reviewer(), invalid.interview.id, -1, QString(), QStringLiteral("why?"), &error);

    CaseListQuery query(*m_db, reviewer());
    const CaseCounts &all = query.counts();
    EXPECT_EQ(all.total, 63);
    EXPECT_GE(all.statusCount(InterviewStatus::Rejected), 1);
    EXPECT_GE(all.statusCount(InterviewStatus::Approved), 1);
    EXPECT_GE(all.withComments, 2);
    EXPECT_GE(all.withErrors, 1);
    expectKeptCountsMatchRows(*m_db, reviewer(), {});
    CaseFilter thisForm;
    thisForm.questionnaireId = shared().questionnaireId;
    expectKeptCountsMatchRows(*m_db, reviewer(), thisForm);
    CaseFilter otherForm;
    otherForm.questionnaireId = shared().questionnaireId + 1;
    query.setFilter(otherForm);
    EXPECT_EQ(query.counts().total, 0);
    EXPECT_TRUE(query.rowsAt(0, 10).empty());
    CaseFilter mine;
    mine.enumerator = enumerator().name();
    mine.withComments = true;
    expectKeptCountsMatchRows(*m_db, reviewer(), mine);
    CaseFilter flagged;
    flagged.withErrors = true;
    flagged.statuses = {InterviewStatus::Draft};
    expectKeptCountsMatchRows(*m_db, reviewer(), flagged);

    // Hiding the only comment takes the interview out of "with comments".
    const qint64 commentedBefore = CaseListQuery(*m_db, reviewer()).counts().withComments;
    ASSERT_TRUE(m_workflow->hideComment(reviewer(), commentId, &error)) << error.toStdString();
    EXPECT_EQ(CaseListQuery(*m_db, reviewer()).counts().withComments, commentedBefore - 1);
    expectKeptCountsMatchRows(*m_db, reviewer(), {});
    // The supervisor's report reads the same counts.
    const auto reports = SupervisorReports(*m_db, supervisor()).byEnumerator(&error);
    ASSERT_TRUE(reports) << error.toStdString();
    qint64 reported = 0;
    for (const EnumeratorReport &r : *reports)
        for (qint64 n : r.byStatus)
            reported += n;
    EXPECT_EQ(reported, 63);
}

TEST_F(CaseListTest, ReportsAndQualityFlagsExplainThemselves)
{
    addGenerated(*m_db, shared().questionnaireId, *shared().form.questionnaire, 120);
    QString error;
    ASSERT_EQ(m_workflow->refreshCaseList({}, &error), 120);
    const auto byEnumerator = SupervisorReports(*m_db, supervisor()).byEnumerator(&error);
    ASSERT_TRUE(byEnumerator) << error.toStdString();
    ASSERT_EQ(byEnumerator->size(), 2u);
    EXPECT_EQ(byEnumerator->at(0).enumerator, "enum1");
    EXPECT_EQ(byEnumerator->at(0).medianDurationSeconds, 18 * 60);
    const auto waiting = SupervisorReports(*m_db, supervisor()).waitingByStatus(&error);
    ASSERT_TRUE(waiting);
    EXPECT_FALSE(waiting->empty());

    // An interview keyed twice by the same enumerator on the same day, with an absurd age.
    Interview twice = shared().valid;
    const int age = shared().form.questionnaire->itemByName(u"age");
    twice.answers.setValue(age, QStringLiteral("109"));
    auto first = m_workflow->create(enumerator(), twice, &error);
    auto second = m_workflow->create(enumerator(), twice, &error);
    ASSERT_TRUE(first && second) << error.toStdString();
    QualityFlags flags(*m_db, *m_workflow, *shared().form.questionnaire);
    const auto found = flags.flagsFor(reviewer(), second->interview.id, &error);
    ASSERT_TRUE(found) << error.toStdString();
    const bool duplicate = std::any_of(found->begin(), found->end(), [&](const QualityFlag &f) {
        return f.kind == QualityFlag::Kind::LikelyDuplicate && f.otherInterview == first->interview.id;
    });
    EXPECT_TRUE(duplicate);
    const bool outlier = std::any_of(found->begin(), found->end(), [&](const QualityFlag &f) {
        return f.kind == QualityFlag::Kind::NumericOutlier && f.item == age && f.explanation.contains(u"109");
    });
    EXPECT_TRUE(outlier);
}

} // namespace
} // namespace flowdesk::testing
