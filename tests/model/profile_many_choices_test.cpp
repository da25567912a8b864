// Issue 11: a select_multiple with more than 64 choices is offered as a chart and counted right, choices past the
// 64th included (the column store once held one 64-bit mask per answer and left such questions out).
#include "testforms.h"

#include "statistics/profileaggregator.h"
#include "store/database.h"
#include "store/interviewstore.h"
#include "store/questionnairestore.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace flowdesk;
using namespace flowdesk::test;

namespace {

constexpr int kChoices = 150;

QString choiceName(int i)
{
    return QStringLiteral("c%1").arg(i + 1);
}

std::shared_ptr<const Questionnaire> manyChoicesForm()
{
    Sheet choices = sheet(QStringLiteral("choices"), {{"list_name", "name", "label"}});
    for (int i = 0; i < kChoices; ++i)
        choices.rows.push_back(SheetRow{i + 2, {"countries", choiceName(i), QStringLiteral("Country %1").arg(i + 1)}});
    const ParsedForm form = XlsFormParser::parse(workbook({
        sheet(QStringLiteral("survey"), {{"type", "name", "label"},
                                         {"select_multiple countries", "transit", "Countries crossed"},
                                         {"integer", "age", "Age"}}),
        choices,
        sheet(QStringLiteral("settings"), {{"form_title", "form_id", "version"}, {"Many", "many", "1"}}),
    }));
    EXPECT_TRUE(form.questionnaire) << describe(form.diagnostics).toStdString();
    return form.questionnaire;
}

} // namespace

TEST(ProfileManyChoices, ASelectMultipleOfMoreThan64ChoicesIsChartedWithEveryChoiceCounted)
{
    const auto q = manyChoicesForm();
    ASSERT_TRUE(q);
    const int transit = q->itemByName(u"transit");
    ASSERT_GE(transit, 0);
    EXPECT_TRUE(ProfileDefinition::chartable(*q, transit));
    EXPECT_TRUE(ProfileData::storable(*q, transit)) << "not offered as a chart";

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.flowdesk"));
    QString error;
    qint64 questionnaireId = 0;
    {
        auto db = Database::open(path, &error);
        ASSERT_TRUE(db) << error.toStdString();
        Workbook source;
        source.sourceName = QStringLiteral("many.xlsx");
        source.sources.emplace(QStringLiteral("many.xlsx"), QByteArray("PK\x03\x04 many choices", 19));
        const auto id = QuestionnaireStore(*db).add(source, *q, &error);
        ASSERT_TRUE(id) << error.toStdString();
        questionnaireId = *id;
        // Interview i (0-8) crosses choice i, one of choices 65-67, choice 101 and the last one (150); interview 9
        // crosses nothing. Long lists show their non-empty choices, most frequent first: 14 here, all shown.
        std::vector<Interview> interviews;
        for (int i = 0; i < 10; ++i) {
            Interview interview;
            interview.enumerator = QStringLiteral("Amina");
            interview.status = InterviewStatus::Approved;
            if (i < 9)
                interview.answers.setValue(transit, QStringList{choiceName(i), choiceName(64 + i % 3), choiceName(100),
                                                                choiceName(kChoices - 1)}
                                                        .join(u' '));
            interview.answers.setValue(q->itemByName(u"age"), QString::number(20 + i));
            interviews.push_back(std::move(interview));
        }
        ASSERT_TRUE(InterviewStore(*db, questionnaireId, *q).insertMany(interviews, &error)) << error.toStdString();
    }

    auto data = ProfileData::load(path, questionnaireId, *q, {transit}, {}, &error);
    ASSERT_TRUE(data) << error.toStdString();
    ProfileDefinition definition = ProfileDefinition::defaultFor(*q);
    const ProfileAggregator aggregator(*data, definition, 0);
    ProfileFilter all;
    all.statuses = ~0u;
    const ChartTable t = aggregator.chart(ChartSpec{QStringLiteral("transit"), ChartKind::Bar, QString(), QString()},
                                          aggregator.select(all), SplitChoice::None);
    ASSERT_EQ(t.rowCount(), 14);
    EXPECT_EQ(t.n, 9) << "interviews that answered";
    auto countOf = [&](int choice) {
        const int row = int(t.rows.indexOf(QStringLiteral("Country %1").arg(choice + 1)));
        return row < 0 ? qint64(-1) : t.count(row, t.columnCount() - 1);
    };
    EXPECT_EQ(countOf(kChoices - 1), 9) << "the last choice, in the third 64-bit word";
    EXPECT_EQ(countOf(100), 9) << "the 101st choice, in the second word";
    EXPECT_EQ(countOf(64), 3) << "the 65th choice, the first bit of the second word";
    EXPECT_EQ(countOf(65), 3);
    EXPECT_EQ(countOf(66), 3);
    EXPECT_EQ(countOf(0), 1);
    EXPECT_EQ(countOf(8), 1);
    EXPECT_EQ(countOf(63), -1) << "an empty choice of a long list is left out";
    EXPECT_EQ(t.rows.value(0), "Country 101") << "most frequent first";
    EXPECT_EQ(t.rows.value(1), "Country 150");
}
