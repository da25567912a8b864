// Issue 11: the profile's numbers. Aggregates are checked against counts made with plain SQL straight from the
// generated database (not through the column store or the aggregator); suppression on crafted tables.
#include "accounts/accounts.h"
#include "accounts/permissions.h"
#include "demo/demodatabase.h"
#include "demo/demoreview.h"
#include "questionnaire/questionnaireloader.h"
#include "statistics/cellsuppression.h"
#include "statistics/profileaggregator.h"
#include "statistics/profilecsv.h"
#include "store/database.h"
#include "workflow/officepolicy.h"
#include "workspace/workspace.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <map>

using namespace flowdesk;

namespace {

// One generated database for the suite (read-only tests use it in place; writing tests copy it).
struct DemoFile
{
    QTemporaryDir dir;
    QString path;
    qint64 questionnaireId = 0;
    LoadedForm form;
};

DemoFile &demo()
{
    static DemoFile *d = nullptr;
    if (!d) {
        d = new DemoFile;
        d->path = d->dir.filePath(QStringLiteral("demo.flowdesk"));
        QString error;
        const auto report = DemoDatabase::fill(d->path, 700, 11, &error);
        EXPECT_TRUE(report) << error.toStdString();
        d->questionnaireId = report ? report->questionnaireId : 0;
        d->form = QuestionnaireLoader::load(QuestionnaireLoader::bundledPath());
    }
    return *d;
}

// Plain SQL on a connection of the test's own: the independent count.
class Sql
{
public:
    explicit Sql(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("profile-test-sql"));
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~Sql()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("profile-test-sql"));
    }
    std::map<QString, qint64> groups(const QString &sql)
    {
        std::map<QString, qint64> result;
        QSqlQuery q(m_db);
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        while (q.next())
            result[q.value(0).toString()] = q.value(1).toLongLong();
        return result;
    }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_db);
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private:
    QSqlDatabase m_db;
};

QString answerOf(const char *field)
{
    return QStringLiteral("(SELECT a.value FROM answers a JOIN fields f ON f.id = a.field_id WHERE f.name = '%1' AND "
                          "a.interview_id = i.id AND a.instance = '')")
        .arg(QLatin1String(field));
}

class ProfileStatistics : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_NE(demo().questionnaireId, 0);
        q = demo().form.questionnaire.get();
        definition = ProfileDefinition::defaultFor(*q);
        QString error;
        data = ProfileData::load(demo().path, demo().questionnaireId, *q,
                                 ProfileAggregator::itemsNeeded(*q, definition), {}, &error);
        ASSERT_TRUE(data) << error.toStdString();
    }

    ChartTable table(const char *question, const char *split = "", ProfileFilter filter = {})
    {
        ProfileAggregator aggregator(*data, definition, q->defaultLanguage);
        if (!data->column(q->itemByName(QString::fromLatin1(question)))) {
            QString error;
            EXPECT_TRUE(data->addColumns({q->itemByName(QString::fromLatin1(question))}, &error)) << error.toStdString();
        }
        return aggregator.chart({QLatin1String(question), ChartKind::Bar, QLatin1String(split), {}},
                                aggregator.select(filter), SplitChoice::AsDefined);
    }

    qint64 cell(const ChartTable &t, const QString &choiceLabel, const QString &column = QStringLiteral("Total"))
    {
        const int r = int(t.rows.indexOf(choiceLabel));
        const int c = int(t.columns.indexOf(column));
        return r < 0 || c < 0 ? 0 : t.count(r, c);
    }

    QString label(const char *question, const QString &choice)
    {
        const ChoiceList *list = q->choiceList(q->item(q->itemByName(QString::fromLatin1(question))));
        return list->choices[size_t(list->indexOf(choice))].label.text(q->defaultLanguage);
    }

    const Questionnaire *q = nullptr;
    ProfileDefinition definition;
    std::unique_ptr<ProfileData> data;
};

} // namespace

TEST_F(ProfileStatistics, SelectOneCountsMatchPlainSql)
{
    Sql sql(demo().path);
    const auto expected = sql.groups(QStringLiteral("SELECT %1 AS v, COUNT(*) FROM interviews i WHERE i.status = "
                                                    "'approved' AND v IS NOT NULL GROUP BY v")
                                         .arg(answerOf("education_level")));
    ASSERT_FALSE(expected.empty());
    const ChartTable t = table("education_level");
    qint64 total = 0;
    for (const auto &[choice, count] : expected) {
        EXPECT_EQ(cell(t, label("education_level", choice)), count) << choice.toStdString();
        total += count;
    }
    EXPECT_EQ(t.n, total);
    EXPECT_EQ(t.unit, QStringLiteral("interviews"));
}

TEST_F(ProfileStatistics, SelectMultipleCountsEachChoiceAndSaysSo)
{
    Sql sql(demo().path);
    const ChoiceList *list = q->choiceList(q->item(q->itemByName(u"reasons")));
    const ChartTable t = table("reasons");
    EXPECT_TRUE(t.multiple);
    EXPECT_TRUE(t.note.contains(QStringLiteral("Several answers")));
    qint64 sum = 0;
    for (const Choice &choice : list->choices) {
        const qint64 expected = sql.scalar(
            QStringLiteral("SELECT COUNT(*) FROM interviews i WHERE i.status = 'approved' AND ' ' || %1 || ' ' LIKE "
                           "'%% %2 %%'")
                .arg(answerOf("reasons"), choice.name));
        EXPECT_EQ(cell(t, choice.label.text(q->defaultLanguage)), expected) << choice.name.toStdString();
        sum += expected;
    }
    const qint64 respondents = sql.scalar(
        QStringLiteral("SELECT COUNT(*) FROM interviews i WHERE i.status = 'approved' AND %1 IS NOT NULL")
            .arg(answerOf("reasons")));
    EXPECT_EQ(t.n, respondents);
    EXPECT_GT(sum, respondents); // several answers: the rows add up to more than n
}

TEST_F(ProfileStatistics, RepeatChartsCountPeopleNotInterviews)
{
    Sql sql(demo().path);
    const auto expected = sql.groups(QStringLiteral(
        "SELECT a.value, COUNT(*) FROM answers a JOIN fields f ON f.id = a.field_id JOIN interviews i ON i.id = "
        "a.interview_id WHERE f.name = 'member_sex' AND i.status = 'approved' GROUP BY a.value"));
    const ChartTable t = table("member_sex");
    EXPECT_EQ(t.unit, QStringLiteral("people"));
    qint64 people = 0;
    for (const auto &[choice, count] : expected) {
        EXPECT_EQ(cell(t, label("member_sex", choice)), count) << choice.toStdString();
        people += count;
    }
    EXPECT_EQ(t.n, people);
    const qint64 interviews = sql.scalar(QStringLiteral(
        "SELECT COUNT(DISTINCT a.interview_id) FROM answers a JOIN fields f ON f.id = a.field_id JOIN interviews i ON "
        "i.id = a.interview_id WHERE f.name = 'member_sex' AND i.status = 'approved'"));
    EXPECT_GT(people, interviews);
}

TEST_F(ProfileStatistics, SplitBySexMatchesACrossTabulationInSql)
{
    Sql sql(demo().path);
    const auto expected = sql.groups(QStringLiteral("SELECT %1 || '|' || %2 AS v, COUNT(*) FROM interviews i WHERE "
                                                    "i.status = 'approved' AND v IS NOT NULL GROUP BY v")
                                         .arg(answerOf("employment_status"), answerOf("sex")));
    const ChartTable t = table("employment_status", "sex");
    ASSERT_GT(t.columnCount(), 2);
    EXPECT_EQ(t.columns.back(), QStringLiteral("Total"));
    for (const auto &[pair, count] : expected) {
        const QString employment = pair.section(u'|', 0, 0), sex = pair.section(u'|', 1, 1);
        EXPECT_EQ(cell(t, label("employment_status", employment), label("sex", sex)), count) << pair.toStdString();
    }
}

TEST_F(ProfileStatistics, AgeGroupsAndFiltersMatchPlainSql)
{
    Sql sql(demo().path);
    // Respondents by the default age groups.
    const ChartTable t = table("age");
    const qint64 youth = sql.scalar(QStringLiteral("SELECT COUNT(*) FROM interviews i WHERE i.status = 'approved' AND "
                                                   "CAST(%1 AS INTEGER) BETWEEN 18 AND 24")
                                        .arg(answerOf("age")));
    EXPECT_EQ(cell(t, QStringLiteral("18-24")), youth);
    EXPECT_EQ(t.rows.first(), QStringLiteral("0-4"));
    EXPECT_EQ(t.rows.last(), QStringLiteral("60+"));

    // A flow monitoring point, a date range and children only, over completed and approved interviews.
    const QString point = sql.groups(QStringLiteral("SELECT %1, COUNT(*) FROM interviews i GROUP BY 1 ORDER BY 2 DESC")
                                         .arg(answerOf("fmp")))
                              .rbegin()
                              ->first;
    ProfileFilter filter;
    filter.statuses = (1u << int(InterviewStatus::Approved)) | (1u << int(InterviewStatus::Completed));
    filter.point = point;
    filter.from = QDate(2026, 3, 1);
    filter.to = QDate(2026, 9, 30);
    const qint64 expected = sql.scalar(
        QStringLiteral("SELECT COUNT(*) FROM interviews i WHERE i.status IN ('approved', 'completed') AND %1 = '%2' "
                       "AND %3 BETWEEN '2026-03-01' AND '2026-09-30'")
            .arg(answerOf("fmp"), point, answerOf("survey_date")));
    ProfileAggregator aggregator(*data, definition, q->defaultLanguage);
    EXPECT_EQ(aggregator.compute(filter, SplitChoice::None, 0).interviews, expected);
    filter.ageGroup = ProfileFilter::kChildren;
    const qint64 children = sql.scalar(
        QStringLiteral("SELECT COUNT(*) FROM interviews i WHERE i.status IN ('approved', 'completed') AND %1 = '%2' "
                       "AND %3 BETWEEN '2026-03-01' AND '2026-09-30' AND CAST(%4 AS INTEGER) BETWEEN 0 AND 17")
            .arg(answerOf("fmp"), point, answerOf("survey_date"), answerOf("age")));
    EXPECT_EQ(aggregator.compute(filter, SplitChoice::None, 0).interviews, children);
}

TEST_F(ProfileStatistics, ChildrenFiguresMatchPlainSql)
{
    Sql sql(demo().path);
    ProfileAggregator aggregator(*data, definition, q->defaultLanguage);
    const ChartTable t = aggregator.chart({{}, ChartKind::Children, {}, {}}, aggregator.select({}), SplitChoice::None);
    auto row = [&](const char *label) {
        const int r = int(t.rows.indexOf(QLatin1String(label)));
        EXPECT_GE(r, 0) << label;
        return r < 0 ? -1 : t.count(r, 0);
    };
    EXPECT_EQ(row("Children (0-17) among them"),
              sql.scalar(QStringLiteral("SELECT COUNT(*) FROM answers a JOIN fields f ON f.id = a.field_id JOIN "
                                        "interviews i ON i.id = a.interview_id WHERE f.name = 'member_age' AND "
                                        "i.status = 'approved' AND CAST(a.value AS INTEGER) BETWEEN 0 AND 17")));
    EXPECT_EQ(row("of whom unaccompanied"),
              sql.scalar(QStringLiteral("SELECT COALESCE(SUM(MIN(CAST(%1 AS INTEGER), CAST(%2 AS INTEGER))), 0) FROM "
                                        "interviews i WHERE i.status = 'approved' AND %1 IS NOT NULL")
                             .arg(answerOf("uasc_unaccompanied"), answerOf("uasc_in_group"))));
    EXPECT_EQ(row("Unaccompanied child respondents"),
              sql.scalar(QStringLiteral("SELECT COUNT(*) FROM interviews i WHERE i.status = 'approved' AND %1 = '1' AND "
                                        "CAST(%2 AS INTEGER) BETWEEN 0 AND 17")
                             .arg(answerOf("unaccompanied_minor"), answerOf("age"))));
}

TEST_F(ProfileStatistics, RefreshPicksUpInterviewsChangedByAnotherConnection)
{
    // A copy: this test writes, through the workflow, as another process would.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.flowdesk"));
    ASSERT_TRUE(QFile::copy(demo().path, path));
    QString error;
    auto local = ProfileData::load(path, demo().questionnaireId, *q, ProfileAggregator::itemsNeeded(*q, definition),
                                   {}, &error);
    ASSERT_TRUE(local) << error.toStdString();
    ProfileAggregator aggregator(*local, definition, q->defaultLanguage);
    const qint64 before = aggregator.compute({}, SplitChoice::None, 0).interviews;
    EXPECT_EQ(local->refresh(&error), 0); // nothing changed yet

    auto workspace = Workspace::open(path, OpenMode::ReadWrite, &error);
    ASSERT_TRUE(workspace) << error.toStdString();
    const auto reviewer = Accounts(workspace->database()).login(QStringLiteral("reviewer"),
                                                                QString::fromLatin1(DemoReview::kPassword), &error);
    ASSERT_TRUE(reviewer) << error.toStdString();
    Sql sql(path);
    const qint64 completed = sql.scalar(QStringLiteral("SELECT MIN(id) FROM interviews WHERE status = 'completed'"));
    auto copy = workspace->workflow()->open(*reviewer, completed, &error);
    ASSERT_TRUE(copy) << error.toStdString();
    ASSERT_TRUE(workspace->workflow()->approve(*reviewer, completed, copy->version, QString(), &error))
        << error.toStdString();

    EXPECT_GE(local->refresh(&error), 1) << error.toStdString();
    EXPECT_EQ(aggregator.compute({}, SplitChoice::None, 0).interviews, before + 1);
}

// --- small-cell suppression on crafted tables --------------------------------------------------------------

namespace {

ChartTable crafted(const QStringList &columns, const std::vector<std::vector<qint64>> &rows)
{
    ChartTable t;
    t.title = QStringLiteral("crafted");
    t.unit = QStringLiteral("interviews");
    t.columns = columns;
    t.bases.assign(size_t(columns.size()), 0);
    int r = 0;
    for (const auto &row : rows) {
        t.rows << QStringLiteral("row %1").arg(r++);
        for (size_t c = 0; c < row.size(); ++c) {
            t.counts.push_back(row[c]);
            t.bases[c] += row[c];
        }
    }
    t.n = t.bases.back();
    return t;
}

} // namespace

TEST(CellSuppression, ASingleSmallCellIsHiddenWithItsPercentAndCannotBeRecoveredFromTheTotal)
{
    ChartTable t = crafted({QStringLiteral("Total")}, {{40}, {3}, {12}, {25}});
    CellSuppression::protect(t, 5);
    EXPECT_EQ(t.cellText(1, 0), QStringLiteral("<5"));
    EXPECT_TRUE(t.percentText(1, 0).isEmpty());
    // n = 80 is shown: with only one hidden cell, 80 - 40 - 12 - 25 would give it away. The next smallest goes too.
    EXPECT_EQ(t.baseText(0), QStringLiteral("80"));
    EXPECT_TRUE(t.isHidden(2, 0));
    EXPECT_EQ(t.cellText(2, 0), QStringLiteral("<5"));
    EXPECT_FALSE(t.isHidden(0, 0));
    EXPECT_FALSE(t.isHidden(3, 0));
    EXPECT_EQ(t.percentText(0, 0), QStringLiteral("50.0%"));
}

TEST(CellSuppression, ARowWhoseOnlySmallCellCouldBeRecoveredFromItsTotal)
{
    // female, male | total: the 2 could be worked out as 30 - 28 from the row total.
    ChartTable t = crafted({QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("Total")},
                           {{2, 28, 30}, {20, 35, 55}, {15, 9, 24}});
    CellSuppression::protect(t, 5);
    EXPECT_TRUE(t.isHidden(0, 0));
    EXPECT_TRUE(t.isHidden(0, 1) || t.isHidden(0, 2)); // the row cannot be solved
    // and neither can the female column: 37 - 20 - 15 = 2 unless another cell of it is hidden
    EXPECT_TRUE(t.isHidden(1, 0) || t.isHidden(2, 0) || t.isBaseHidden(0));
    // every row and column equation has 0 or at least 2 hidden members
    for (int r = 0; r < t.rowCount(); ++r) {
        int hidden = 0;
        for (int c = 0; c < t.columnCount(); ++c)
            hidden += t.isHidden(r, c);
        EXPECT_NE(hidden, 1) << "row " << r;
    }
    for (int c = 0; c < t.columnCount(); ++c) {
        int hidden = t.isBaseHidden(c);
        for (int r = 0; r < t.rowCount(); ++r)
            hidden += t.isHidden(r, c);
        EXPECT_NE(hidden, 1) << "column " << c;
    }
}

TEST(CellSuppression, ZerosAndLargeCountsStayAndTheThresholdIsTheOffices)
{
    ChartTable t = crafted({QStringLiteral("Total")}, {{0}, {7}, {90}});
    CellSuppression::protect(t, 5);
    EXPECT_FALSE(t.isHidden(0, 0));
    EXPECT_FALSE(t.isHidden(1, 0));
    ChartTable strict = crafted({QStringLiteral("Total")}, {{0}, {7}, {90}});
    CellSuppression::protect(strict, 10);
    EXPECT_EQ(strict.cellText(1, 0), QStringLiteral("<10"));
    EXPECT_FALSE(strict.isHidden(0, 0)); // a zero protects nothing: the 90 goes instead
    EXPECT_TRUE(strict.isHidden(2, 0));
}

TEST(CellSuppression, ASmallBaseIsHiddenAndSoIsACellThatWouldGiveItAway)
{
    ChartTable t = crafted({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("Total")}, {{3, 40, 43}, {0, 50, 50}});
    CellSuppression::protect(t, 5);
    EXPECT_TRUE(t.isBaseHidden(0)); // column a has 3 people in all
    EXPECT_TRUE(t.isHidden(0, 0));
}

TEST(CellSuppression, OnlyASupervisorMaySwitchItOffOnScreen)
{
    QTemporaryDir dir;
    QString error;
    auto db = Database::open(dir.filePath(QStringLiteral("p.flowdesk")), &error);
    ASSERT_TRUE(db) << error.toStdString();
    Accounts accounts(*db);
    const auto admin = accounts.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("admin-pass"), &error);
    ASSERT_TRUE(admin);
    for (const auto &[name, role] : {std::pair{"sup", Role::Supervisor}, std::pair{"rev", Role::Reviewer},
                                     std::pair{"enu", Role::Enumerator}})
        ASSERT_TRUE(accounts.add(*admin, QLatin1String(name), {}, role, QStringLiteral("password"), &error));
    auto login = [&](const char *name) { return *accounts.login(QLatin1String(name), QStringLiteral("password"), &error); };
    EXPECT_TRUE(CellSuppression::mayShowSmallCells(login("sup"), &error));
    error.clear();
    EXPECT_FALSE(CellSuppression::mayShowSmallCells(login("rev"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("reviewer")));
    EXPECT_FALSE(CellSuppression::mayShowSmallCells(login("enu"), &error));

    // The threshold is the office's, changed by an administrator only, never below 2.
    EXPECT_EQ(OfficePolicy::load(*db).smallCellThreshold, 5);
    EXPECT_FALSE(OfficePolicy::change(*db, login("sup"), QStringLiteral("small_cell_threshold"), QStringLiteral("10"), &error));
    EXPECT_FALSE(OfficePolicy::change(*db, *admin, QStringLiteral("small_cell_threshold"), QStringLiteral("1"), &error));
    EXPECT_TRUE(OfficePolicy::change(*db, *admin, QStringLiteral("small_cell_threshold"), QStringLiteral("10"), &error));
    EXPECT_EQ(OfficePolicy::load(*db).smallCellThreshold, 10);
}

TEST_F(ProfileStatistics, CsvExportIsAlwaysSuppressed)
{
    ProfileAggregator aggregator(*data, definition, q->defaultLanguage);
    QTemporaryDir dir;
    QString error;
    const ProfileResult open = aggregator.compute({}, SplitChoice::AsDefined, 0);
    EXPECT_FALSE(ProfileCsv::write(open, dir.filePath(QStringLiteral("open")), &error));
    EXPECT_FALSE(QDir(dir.filePath(QStringLiteral("open"))).exists() &&
                 !QDir(dir.filePath(QStringLiteral("open"))).isEmpty());
    const ProfileResult safe = aggregator.compute({}, SplitChoice::AsDefined, 5);
    ASSERT_TRUE(ProfileCsv::write(safe, dir.filePath(QStringLiteral("safe")), &error)) << error.toStdString();
    QString all;
    for (const QString &name : QDir(dir.filePath(QStringLiteral("safe"))).entryList(QDir::Files)) {
        QFile file(QDir(dir.filePath(QStringLiteral("safe"))).filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        all += QString::fromUtf8(file.readAll());
    }
    EXPECT_EQ(QDir(dir.filePath(QStringLiteral("safe"))).entryList(QDir::Files).size(), qsizetype(safe.tables.size()));
    EXPECT_TRUE(all.contains(QStringLiteral("<5"))); // 700 interviews split by sex and age: some cells are small
    // No count from 1 to 4 appears as a number in a count column.
    for (const ChartTable &t : safe.tables) {
        for (int r = 0; r < t.rowCount(); ++r) {
            for (int c = 0; c < t.columnCount(); ++c) {
                if (t.count(r, c) > 0 && t.count(r, c) < 5) {
                    EXPECT_EQ(t.cellText(r, c), QStringLiteral("<5")) << t.title.toStdString();
                }
            }
        }
    }
}

TEST(ProfileDefinitionTest, SavedPerQuestionnaireAndReadBack)
{
    DemoFile &d = demo();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.flowdesk"));
    ASSERT_TRUE(QFile::copy(d.path, path));
    QString error;
    auto db = Database::open(path, &error);
    ASSERT_TRUE(db) << error.toStdString();
    const Questionnaire &q = *d.form.questionnaire;
    ProfileDefinition definition = ProfileDefinition::load(*db, d.questionnaireId, q);
    EXPECT_EQ(definition.charts, ProfileDefinition::defaultFor(q).charts);
    EXPECT_GE(definition.charts.size(), 10u);
    definition.charts.push_back({QStringLiteral("transport_modes"), ChartKind::Pie, QStringLiteral("age_group"), {}});
    ASSERT_TRUE(definition.ageGroups.parse(QStringLiteral("0-17, 18-59, 60+"), &error)) << error.toStdString();

    Accounts accounts(*db);
    const auto enumerator = accounts.login(QStringLiteral("fatoumata.traore"), QStringLiteral("demo"), &error);
    ASSERT_TRUE(enumerator) << error.toStdString();
    EXPECT_FALSE(definition.save(*db, *enumerator, d.questionnaireId, &error));
    const auto reviewer = accounts.login(QStringLiteral("reviewer"), QStringLiteral("demo"), &error);
    ASSERT_TRUE(definition.save(*db, *reviewer, d.questionnaireId, &error)) << error.toStdString();

    const ProfileDefinition back = ProfileDefinition::load(*db, d.questionnaireId, q);
    EXPECT_EQ(back.charts, definition.charts);
    EXPECT_EQ(back.ageGroups.text(), QStringLiteral("0-17, 18-59, 60+"));
}
