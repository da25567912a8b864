// Table Schema constraints from XLSForm constraints (issue 10): what a validator of the Data Package will check.
#include "questionnaire/constraintbounds.h"
#include "table_export_fixture.h"

#include <gtest/gtest.h>

namespace flowdesk {
namespace {

TEST(ConstraintBounds, BoundsFromAnAndOfComparisons)
{
    const ConstraintBounds c = constraintBounds(QStringLiteral(". >= 14 and . <= 110"), true);
    EXPECT_EQ(c.minimum, QStringLiteral("14"));
    EXPECT_EQ(c.maximum, QStringLiteral("110"));
    const ConstraintBounds mirrored = constraintBounds(QStringLiteral("(0 <= .) and (120 >= .)"), true);
    EXPECT_EQ(mirrored.minimum, QStringLiteral("0"));
    EXPECT_EQ(mirrored.maximum, QStringLiteral("120"));
}

TEST(ConstraintBounds, StrictBoundsOnlyForWholeNumbers)
{
    const ConstraintBounds whole = constraintBounds(QStringLiteral(". > 0 and . < 10"), true);
    EXPECT_EQ(whole.minimum, QStringLiteral("1"));
    EXPECT_EQ(whole.maximum, QStringLiteral("9"));
    const ConstraintBounds decimal = constraintBounds(QStringLiteral(". > 0 and . <= 2.5"), false);
    EXPECT_TRUE(decimal.minimum.isEmpty());
    EXPECT_EQ(decimal.maximum, QStringLiteral("2.5"));
}

TEST(ConstraintBounds, TermsThatNameOtherQuestionsOrFunctionsAreLeftOut)
{
    const ConstraintBounds c = constraintBounds(QStringLiteral(". >= 0 and . <= ${n_children}"), true);
    EXPECT_EQ(c.minimum, QStringLiteral("0"));
    EXPECT_TRUE(c.maximum.isEmpty());
    EXPECT_TRUE(constraintBounds(QStringLiteral(". <= today()"), false).maximum.isEmpty());
    // Under an `or`, neither side alone holds.
    const ConstraintBounds either = constraintBounds(QStringLiteral(". >= 0 or . = -99"), true);
    EXPECT_TRUE(either.minimum.isEmpty());
    EXPECT_TRUE(either.maximum.isEmpty());
}

TEST(ConstraintBounds, LengthAndAnchoredPattern)
{
    const ConstraintBounds length =
        constraintBounds(QStringLiteral("string-length(.) >= 2 and string-length(.) <= 20"), false);
    EXPECT_EQ(length.minLength, 2);
    EXPECT_EQ(length.maxLength, 20);
    EXPECT_EQ(constraintBounds(QStringLiteral("regex(., '^\\+?[0-9]{8,15}$')"), false).pattern,
              QStringLiteral("\\+?[0-9]{8,15}"));
    // Unanchored, or alternatives under anchors: not the same pattern once anchored.
    EXPECT_TRUE(constraintBounds(QStringLiteral("regex(., '[0-9]+')"), false).pattern.isEmpty());
    EXPECT_TRUE(constraintBounds(QStringLiteral("regex(., '^a|b$')"), false).pattern.isEmpty());
}

TEST(ConstraintBounds, DateBounds)
{
    const ConstraintBounds c =
        constraintBounds(QStringLiteral(". >= date('2020-01-01') and . <= '2030-12-31'"), false);
    EXPECT_EQ(c.minimum, QStringLiteral("2020-01-01"));
    EXPECT_EQ(c.maximum, QStringLiteral("2030-12-31"));
}

// The bundled questionnaire's constraints, as the exported fields describe them for the Data Package.
TEST(ConstraintBounds, BundledQuestionnaireFields)
{
    testing::ExportDatabase data;
    QString error;
    ASSERT_TRUE(data.makeBundled(3, &error)) << error.toStdString();
    TableExportOptions options;
    options.formats = {ExportFormat::Csv};
    TableExportResult result;
    ASSERT_TRUE(data.exportTo(data.dir.filePath(QStringLiteral("out")), options, result, &error))
        << error.toStdString();
    const auto field = [&](const QString &name) -> const ExportField * {
        for (const ExportedTable &table : result.tables) {
            for (const ExportField &f : table.fields) {
                if (f.name == name)
                    return &f;
            }
        }
        return nullptr;
    };
    const ExportField *age = field(QStringLiteral("age"));
    ASSERT_NE(age, nullptr);
    EXPECT_EQ(age->minimum, QStringLiteral("14"));
    EXPECT_EQ(age->maximum, QStringLiteral("110"));
    const ExportField *enumerator = field(QStringLiteral("enumerator_id"));
    ASSERT_NE(enumerator, nullptr);
    EXPECT_EQ(enumerator->minLength, 2);
    EXPECT_EQ(enumerator->maxLength, 20);
    const ExportField *uasc = field(QStringLiteral("uasc_in_group"));
    ASSERT_NE(uasc, nullptr);
    EXPECT_EQ(uasc->minimum, QStringLiteral("0"));
    EXPECT_TRUE(uasc->maximum.isEmpty()); // bounded by another answer: not a Table Schema constraint
    const ExportField *cost = field(QStringLiteral("journey_cost"));
    ASSERT_NE(cost, nullptr);
    EXPECT_EQ(cost->minimum, QStringLiteral("0"));
    const ExportField *surveyDate = field(QStringLiteral("survey_date"));
    ASSERT_NE(surveyDate, nullptr);
    EXPECT_TRUE(surveyDate->maximum.isEmpty()); // today(): not a fixed bound
}

} // namespace
} // namespace flowdesk
