// An interview's answers live in slots over a range of item ids that grows as answers arrive. Growing the
// range in either direction must keep every answer on its own item: a shifted slot would show one question's
// answer under another, and the store would save it there.
#include "interview/interview.h"

#include <gtest/gtest.h>

#include <limits>
#include <utility>
#include <vector>

using flowdesk::AnswerScope;

namespace {

std::vector<std::pair<int, QString>> visitedSlots(const AnswerScope &scope)
{
    std::vector<std::pair<int, QString>> out;
    scope.forEachSlot([&out](int item, const QString &value) { out.emplace_back(item, value); });
    return out;
}

} // namespace

TEST(AnswerScope, EmptyScopeAnswersNothing)
{
    const AnswerScope scope;
    EXPECT_EQ(scope.firstItem(), scope.endItem());
    EXPECT_TRUE(scope.value(0).isNull());
    EXPECT_EQ(scope.find(0), nullptr);
    EXPECT_TRUE(visitedSlots(scope).empty());
}

TEST(AnswerScope, FirstAnswerStartsTheRangeAtItsItem)
{
    // A repeat's items sit high in the form; its instances should not carry slots for the items before them.
    AnswerScope scope;
    scope.setValue(40, QStringLiteral("Amina"));
    EXPECT_EQ(scope.firstItem(), 40);
    EXPECT_EQ(scope.endItem(), 41);
    EXPECT_EQ(scope.value(40), QStringLiteral("Amina"));
    EXPECT_TRUE(scope.value(39).isNull());
    EXPECT_TRUE(scope.value(41).isNull());
    EXPECT_TRUE(scope.value(0).isNull());
    EXPECT_EQ(scope.find(39), nullptr);
    EXPECT_EQ(scope.find(41), nullptr);
    ASSERT_NE(scope.find(40), nullptr);
    EXPECT_EQ(*scope.find(40), QStringLiteral("Amina"));
}

TEST(AnswerScope, AnswersKeepTheirItemsWhenTheRangeGrowsDownwards)
{
    AnswerScope scope;
    scope.setValue(10, QStringLiteral("ten"));
    scope.setValue(12, QStringLiteral("twelve"));
    scope.setValue(7, QStringLiteral("seven"));
    EXPECT_EQ(scope.firstItem(), 7);
    EXPECT_EQ(scope.endItem(), 13);
    EXPECT_EQ(scope.value(7), QStringLiteral("seven"));
    EXPECT_EQ(scope.value(10), QStringLiteral("ten"));
    EXPECT_EQ(scope.value(12), QStringLiteral("twelve"));
    EXPECT_TRUE(scope.value(8).isNull());
    EXPECT_TRUE(scope.value(11).isNull());

    scope.slot(3) = QStringLiteral("three");
    EXPECT_EQ(scope.firstItem(), 3);
    EXPECT_EQ(scope.value(3), QStringLiteral("three"));
    EXPECT_EQ(scope.value(7), QStringLiteral("seven"));
    EXPECT_EQ(scope.value(10), QStringLiteral("ten"));
    EXPECT_EQ(scope.value(12), QStringLiteral("twelve"));
    EXPECT_TRUE(scope.value(4).isNull());
}

TEST(AnswerScope, AnswersKeepTheirItemsWhenTheRangeGrowsUpwards)
{
    AnswerScope scope;
    scope.setValue(5, QStringLiteral("five"));
    scope.setValue(9, QStringLiteral("nine"));
    scope.slot(20) = QStringLiteral("twenty");
    EXPECT_EQ(scope.firstItem(), 5);
    EXPECT_EQ(scope.endItem(), 21);
    EXPECT_EQ(scope.value(5), QStringLiteral("five"));
    EXPECT_EQ(scope.value(9), QStringLiteral("nine"));
    EXPECT_EQ(scope.value(20), QStringLiteral("twenty"));
    EXPECT_TRUE(scope.value(19).isNull());
    EXPECT_TRUE(scope.value(21).isNull());
}

TEST(AnswerScope, CoverMakesEmptySlotsAndShiftsExistingAnswers)
{
    AnswerScope scope;
    scope.setValue(6, QStringLiteral("six"));
    scope.cover(2, 4); // below and apart from the answer: the gap gets slots too
    EXPECT_EQ(scope.firstItem(), 2);
    EXPECT_EQ(scope.endItem(), 7);
    EXPECT_EQ(scope.value(6), QStringLiteral("six"));
    for (int item = 2; item < 6; ++item) {
        ASSERT_NE(scope.find(item), nullptr) << item;
        EXPECT_TRUE(scope.find(item)->isNull()) << item;
    }
    scope.cover(0, 10); // both ways at once
    EXPECT_EQ(scope.firstItem(), 0);
    EXPECT_EQ(scope.endItem(), 10);
    EXPECT_EQ(scope.value(6), QStringLiteral("six"));
    scope.at(0) = QStringLiteral("zero");
    scope.at(9) = QStringLiteral("nine");
    EXPECT_EQ(scope.value(0), QStringLiteral("zero"));
    EXPECT_EQ(scope.value(9), QStringLiteral("nine"));
    EXPECT_EQ(scope.value(6), QStringLiteral("six"));
    scope.cover(3, 5); // already covered: nothing moves
    scope.cover(8, 8); // an empty range asks for nothing
    EXPECT_EQ(scope.firstItem(), 0);
    EXPECT_EQ(scope.endItem(), 10);
    EXPECT_EQ(scope.value(6), QStringLiteral("six"));
}

TEST(AnswerScope, CoverOnAnEmptyScopeStartsTheRange)
{
    AnswerScope scope;
    scope.cover(30, 34);
    EXPECT_EQ(scope.firstItem(), 30);
    EXPECT_EQ(scope.endItem(), 34);
    EXPECT_EQ(scope.find(29), nullptr);
    EXPECT_EQ(scope.find(34), nullptr);
    ASSERT_NE(scope.find(33), nullptr);
    EXPECT_TRUE(scope.find(33)->isNull());
    scope.at(31) = QStringLiteral("x");
    EXPECT_EQ(scope.value(31), QStringLiteral("x"));
}

TEST(AnswerScope, SlotOverwritesOnlyItsOwnItem)
{
    AnswerScope scope;
    scope.setValue(4, QStringLiteral("first"));
    scope.setValue(5, QStringLiteral("second"));
    scope.slot(4) = QStringLiteral("changed");
    scope.setValue(5, QString());
    EXPECT_EQ(scope.value(4), QStringLiteral("changed"));
    EXPECT_TRUE(scope.value(5).isEmpty());
    EXPECT_EQ(scope.endItem(), 6); // clearing an answer keeps its slot
    const AnswerScope &constScope = scope;
    EXPECT_EQ(constScope.at(4), QStringLiteral("changed"));
}

TEST(AnswerScope, NegativeItemsHaveNoSlot)
{
    AnswerScope scope;
    scope.setValue(-1, QStringLiteral("lost"));
    EXPECT_EQ(scope.firstItem(), scope.endItem());
    EXPECT_TRUE(visitedSlots(scope).empty());
    scope.setValue(2, QStringLiteral("two"));
    scope.setValue(-5, QStringLiteral("lost"));
    EXPECT_EQ(scope.firstItem(), 2);
    EXPECT_EQ(scope.endItem(), 3);
    EXPECT_TRUE(scope.value(-1).isNull());
    EXPECT_TRUE(scope.value(-5).isNull());
    EXPECT_EQ(scope.find(-1), nullptr);
}

TEST(AnswerScope, ValueOutsideTheRangeIsNullEvenForExtremeItems)
{
    AnswerScope scope;
    scope.setValue(3, QStringLiteral("three"));
    for (int item : {std::numeric_limits<int>::min(), -1, 0, 2, 4, std::numeric_limits<int>::max()}) {
        EXPECT_TRUE(scope.value(item).isNull()) << item;
        EXPECT_EQ(scope.find(item), nullptr) << item;
    }
}

TEST(AnswerScope, ForEachSlotVisitsEveryItemInOrder)
{
    AnswerScope scope;
    scope.setValue(12, QStringLiteral("c"));
    scope.setValue(9, QStringLiteral("a"));
    scope.setValue(10, QStringLiteral(""));
    const std::vector<std::pair<int, QString>> expected{
        {9, QStringLiteral("a")}, {10, QStringLiteral("")}, {11, QString()}, {12, QStringLiteral("c")}};
    EXPECT_EQ(visitedSlots(scope), expected);
}
