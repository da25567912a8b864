// Dates as ODK forms use them: answers are ISO strings, arithmetic counts days, and days that do not
// exist are errors rather than silently becoming another day.
#include "exprfixture.h"
#include "platform/localtimezone.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace flowdesk::expr;

namespace {

// Runs each test in a fixed time zone and puts the process's zone back afterwards.
class ExprDate : public flowdesk::test::ExprFixture
{
protected:
    explicit ExprDate(const char *zone = "America/Phoenix") : m_zone(zone)
    {
        table.setNow(QDateTime(QDate(2024, 6, 1), QTime(10, 30), Qt::LocalTime));
    }

private:
    flowdesk::LocalTimeZoneOverride m_zone;
};

class ExprDateKolkata : public ExprDate
{
protected:
    ExprDateKolkata() : ExprDate("Asia/Kolkata") {}
};

// Clocks go forward at 02:00 on 2024-03-10 (UTC-5 to UTC-4) and back at 02:00 on 2024-11-03.
class ExprDateNewYork : public ExprDate
{
protected:
    ExprDateNewYork() : ExprDate("America/New_York") {}
};

} // namespace

TEST_F(ExprDate, DateAnswersSubtractToWholeDays)
{
    table.addField(QStringLiteral("dob"), QStringLiteral("2012-03-15"));
    table.addField(QStringLiteral("visit"), QStringLiteral("2024-02-29"));
    EXPECT_EQ(number(QStringLiteral("${visit} - ${dob}")), 4368);
    EXPECT_EQ(number(QStringLiteral("int((${visit} - ${dob}) div 365.25)")), 11);
    EXPECT_EQ(number(QStringLiteral("'2024-03-11' - '2024-03-10'")), 1);
    EXPECT_EQ(number(QStringLiteral("number(date('1970-01-02'))")), 1);
    EXPECT_EQ(number(QStringLiteral("date('2024-03-10')")), 19792);
    EXPECT_EQ(string(QStringLiteral("date(${dob}) + 30")), QStringLiteral("15444"));
    EXPECT_EQ(string(QStringLiteral("format-date(date(${dob}) + 30, '%Y-%m-%d')")), QStringLiteral("2012-04-14"));
}

TEST_F(ExprDate, DateAnswersCompareByDayHoweverWritten)
{
    table.addField(QStringLiteral("dob"), QStringLiteral("2024-3-10"));
    EXPECT_TRUE(isTrue(QStringLiteral("${dob} = '2024-03-10'")));
    EXPECT_TRUE(isTrue(QStringLiteral("${dob} < '2024-03-11'")));
    EXPECT_TRUE(isTrue(QStringLiteral("'2018-06-25' = '2018-06-25T00:00:00.000-07:00'")));
    EXPECT_TRUE(isTrue(QStringLiteral("'2018-06-25' < '2018-06-25T00:00:00.001-07:00'")));
    EXPECT_FALSE(isTrue(QStringLiteral("'2024-01-01junk' = '2024-01-01'")));
}

TEST_F(ExprDate, TextThatOnlyLooksLikeADateComparesAsText)
{
    table.addField(QStringLiteral("id"), QStringLiteral("1234-56-78"));
    bool failed = false;
    EXPECT_TRUE(isTrue(QStringLiteral("${id} != ''"), &failed));
    EXPECT_FALSE(failed);
    EXPECT_TRUE(isTrue(QStringLiteral("${id} = '1234-56-78'"), &failed));
    EXPECT_FALSE(failed);
}

TEST_F(ExprDate, DaysThatDoNotExistAreErrors)
{
    EXPECT_TRUE(fails(QStringLiteral("date('2023-02-30')")));
    EXPECT_TRUE(fails(QStringLiteral("'2024-13-01' + 0")));
    EXPECT_TRUE(fails(QStringLiteral("decimal-date-time('2024-02-30')")));
    EXPECT_TRUE(fails(QStringLiteral("format-date('2021-04-31', '%Y')")));
    EXPECT_TRUE(fails(QStringLiteral("date('2024-01-01T25:00:00')")));
    table.setCurrentField(table.addField(QStringLiteral("dob"), QStringLiteral("2024-13-01")));
    bool failed = false;
    EXPECT_FALSE(isTrue(QStringLiteral(". <= today()"), &failed));
    EXPECT_TRUE(failed);
    // Leap days exist in leap years only.
    EXPECT_FALSE(fails(QStringLiteral("date('2024-02-29')")));
    EXPECT_TRUE(fails(QStringLiteral("date('2023-02-29')")));
    EXPECT_TRUE(fails(QStringLiteral("date('1900-02-29')")));
    EXPECT_FALSE(fails(QStringLiteral("date('2000-02-29')")));
}

TEST_F(ExprDate, BlankAndNonDatesAreTheBlankDate)
{
    EXPECT_EQ(string(QStringLiteral("date('')")), QString());
    EXPECT_FALSE(fails(QStringLiteral("date('') + 1")));
    EXPECT_TRUE(std::isnan(number(QStringLiteral("date('') + 1"))));
    EXPECT_EQ(string(QStringLiteral("format-date('', '%Y')")), QString());
    EXPECT_EQ(string(QStringLiteral("date('not a date')")), QString());
    EXPECT_FALSE(isTrue(QStringLiteral("date('not a date')")));
    EXPECT_EQ(string(QStringLiteral("format-date('not a date', '%Y')")), QString());
}

TEST_F(ExprDate, TodayAndNowReadTheContextClock)
{
    table.addField(QStringLiteral("date_left"), QStringLiteral("2024-02-29"));
    EXPECT_EQ(string(QStringLiteral("today()")), QStringLiteral("2024-06-01"));
    EXPECT_TRUE(isTrue(QStringLiteral("${date_left} <= today()")));
    EXPECT_FALSE(isTrue(QStringLiteral("'2024-06-02' <= today()")));
    EXPECT_EQ(string(QStringLiteral("now()")), QStringLiteral("2024-06-01T10:30:00.000-07:00"));
    EXPECT_EQ(string(QStringLiteral("date(now())")), QStringLiteral("2024-06-01"));
    EXPECT_EQ(number(QStringLiteral("today() - date('2024-05-01')")), 31);
    EXPECT_DOUBLE_EQ(number(QStringLiteral("now() - today()")), 10.5 / 24);
}

TEST_F(ExprDate, NumbersBecomeLocalDays)
{
    EXPECT_EQ(string(QStringLiteral("date(0)")), QStringLiteral("1970-01-01"));
    EXPECT_EQ(string(QStringLiteral("date(1.5)")), QStringLiteral("1970-01-02"));
    EXPECT_EQ(string(QStringLiteral("date('18000')")), QStringLiteral("2019-04-14"));
    EXPECT_EQ(string(QStringLiteral("date-time(0.5)")), QStringLiteral("1970-01-01T12:00:00.000-07:00"));
    EXPECT_EQ(string(QStringLiteral("date-time('1970-01-01')")), QStringLiteral("1970-01-01"));
}

TEST_F(ExprDate, DateTimesWithAnOffsetAreShownInLocalTime)
{
    EXPECT_EQ(string(QStringLiteral("date-time('1970-01-01T21:50:49Z')")), QStringLiteral("1970-01-01T14:50:49.000-07:00"));
    EXPECT_EQ(string(QStringLiteral("format-date('2024-03-10T23:30:00Z', '%Y-%m-%d %H:%M')")),
              QStringLiteral("2024-03-10 16:30"));
    // date() names the calendar day written in the answer.
    EXPECT_EQ(string(QStringLiteral("date('2024-03-10T23:30:00+03:00')")), QStringLiteral("2024-03-10"));
}

TEST_F(ExprDate, DecimalDateTimeCountsFromTheUtcEpoch)
{
    EXPECT_EQ(number(QStringLiteral("decimal-date-time('1970-01-01T00:00:00Z')")), 0);
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time('2018-04-24T15:30:00.000+06:00')")), 17645 + 9.5 / 24);
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time('1970-01-01')")), 7.0 / 24); // local midnight
    EXPECT_TRUE(std::isnan(number(QStringLiteral("decimal-date-time('')"))));
    EXPECT_EQ(number(QStringLiteral("decimal-time('12:00:00-07:00')")), 0.5);
    EXPECT_EQ(number(QStringLiteral("decimal-time('19:00:00Z')")), 0.5);
    EXPECT_TRUE(std::isnan(number(QStringLiteral("decimal-time('24:00:00-07:00')"))));
}

TEST_F(ExprDate, FormatDateEscapes)
{
    EXPECT_EQ(string(QStringLiteral("format-date('2012-03-15', '%d/%m/%Y %b %a %e %n %y')")),
              QStringLiteral("15/03/2012 Mar Thu 15 3 12"));
    EXPECT_EQ(string(QStringLiteral("format-date-time('2018-01-02T10:20:30.123', '%H:%M:%S.%3 %h%%')")),
              QStringLiteral("10:20:30.123 10%"));
    EXPECT_TRUE(fails(QStringLiteral("format-date('2012-03-15', '%Q')")));
    EXPECT_TRUE(fails(QStringLiteral("format-date('2012-03-15', 'ends with %')")));
}

TEST_F(ExprDateKolkata, LateEveningAndEarlyMorningStayOnTheirLocalDay)
{
    // East of Greenwich a date-time early in the local day is still that day (not the UTC day before).
    table.addField(QStringLiteral("visit"), QStringLiteral("2024-03-10T01:00:00.000+05:30"));
    table.addField(QStringLiteral("dob"), QStringLiteral("2024-03-10"));
    EXPECT_TRUE(isTrue(QStringLiteral("${visit} >= ${dob}")));
    EXPECT_EQ(number(QStringLiteral("date('2024-03-10')")), 19792);
    EXPECT_EQ(string(QStringLiteral("format-date(${visit}, '%Y-%m-%d %H:%M')")), QStringLiteral("2024-03-10 01:00"));
    EXPECT_EQ(string(QStringLiteral("date-time('2024-03-09T20:00:00Z')")), QStringLiteral("2024-03-10T01:30:00.000+05:30"));
}

TEST_F(ExprDateNewYork, DecimalDateTimeFollowsTheClockChangeInSpring)
{
    // 2024-03-10 is day 19792. Each instant is checked right after one from the same local day, so an offset
    // remembered for the day (rather than for the time) would show.
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time('2024-03-10')")), 19792 + 5.0 / 24);
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time('2024-03-10T01:30:00')")), 19792 + 6.5 / 24);
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time('2024-03-10T03:30:00')")), 19792 + 7.5 / 24);
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time('2024-03-10T23:00:00')")), 19793 + 3.0 / 24);
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time('2024-03-10T01:30:00')")), 19792 + 6.5 / 24);
    // The days either side keep one offset all day.
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time('2024-03-09T12:00:00')")), 19791 + 17.0 / 24);
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time('2024-03-11T12:00:00')")), 19793 + 16.0 / 24);
    // Two hours of wall clock across the change are one hour of real time. The difference of two day counts
    // near 20000 is only good to about a microsecond.
    EXPECT_NEAR(number(QStringLiteral(
                    "decimal-date-time('2024-03-10T03:30:00') - decimal-date-time('2024-03-10T01:30:00')")),
                1.0 / 24, 1e-9);
}

TEST_F(ExprDateNewYork, DecimalDateTimeFollowsTheClockChangeInAutumn)
{
    // 2024-11-03 is day 20030; the later times come first this time.
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time('2024-11-03T23:00:00')")), 20031 + 4.0 / 24);
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time('2024-11-03T03:00:00')")), 20030 + 8.0 / 24);
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time('2024-11-03T00:30:00')")), 20030 + 4.5 / 24);
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time('2024-11-03')")), 20030 + 4.0 / 24);
}

TEST_F(ExprDateNewYork, DecimalDateTimeOfDatesAndAnswersUsesTheSameOffsets)
{
    table.addField(QStringLiteral("arrived"), QStringLiteral("2024-03-10T03:30:00"));
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time(${arrived})")), 19792 + 7.5 / 24);
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time(date-time('2024-03-10T01:30:00'))")),
                     19792 + 6.5 / 24);
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time(date-time('2024-11-03T03:00:00'))")),
                     20030 + 8.0 / 24);
}

TEST_F(ExprDateNewYork, DaysFarApartDoNotShareAnOffset)
{
    // 2024-05-01 (day 19844, summer time) and 2027-02-19 (day 20868, winter time) are 1024 days apart.
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time('2024-05-01T12:00:00')")), 19844 + 16.0 / 24);
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time('2027-02-19T12:00:00')")), 20868 + 17.0 / 24);
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time('2024-05-01T12:00:00')")), 19844 + 16.0 / 24);
}

TEST_F(ExprDate, DecimalDateTimeAnswersForTheZoneInForceNow)
{
    // Noon on 2024-03-10 (day 19792) is 19:00Z in Phoenix (UTC-7) and 06:30Z in Kolkata (UTC+5:30). The
    // second zone's answer must not come from what the first zone worked out for the same day.
    const QString noon = QStringLiteral("decimal-date-time('2024-03-10T12:00:00')");
    EXPECT_DOUBLE_EQ(number(noon), 19792 + 19.0 / 24);
    {
        const flowdesk::LocalTimeZoneOverride kolkata("Asia/Kolkata");
        EXPECT_DOUBLE_EQ(number(noon), 19792 + 6.5 / 24);
        EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time('2024-03-10')")), 19792 - 5.5 / 24);
    }
    EXPECT_DOUBLE_EQ(number(noon), 19792 + 19.0 / 24);
    EXPECT_DOUBLE_EQ(number(QStringLiteral("decimal-date-time('2024-03-10')")), 19792 + 7.0 / 24);
}

TEST_F(ExprDate, PlainAndPaddedDatesReadAlike)
{
    // "YYYY-MM-DD" exactly is read on a shortcut; padded or short forms go through the full reading. Same days.
    table.addField(QStringLiteral("plain"), QStringLiteral("2024-03-10"));
    table.addField(QStringLiteral("padded"), QStringLiteral(" 2024-03-10 "));
    table.addField(QStringLiteral("short"), QStringLiteral("2024-3-10"));
    table.addField(QStringLiteral("bad"), QStringLiteral("2024-02-30"));
    table.addField(QStringLiteral("code"), QStringLiteral("2024-ab-10"));
    EXPECT_EQ(number(QStringLiteral("${plain} + 0")), 19792);
    EXPECT_EQ(number(QStringLiteral("${padded} + 0")), 19792);
    EXPECT_EQ(number(QStringLiteral("${short} + 0")), 19792);
    EXPECT_TRUE(isTrue(QStringLiteral("${plain} <= today() and ${plain} >= ${short}")));
    EXPECT_TRUE(fails(QStringLiteral("${bad} < today()")));
    EXPECT_TRUE(fails(QStringLiteral("decimal-date-time(${bad})")));
    bool failed = false;
    EXPECT_TRUE(std::isnan(number(QStringLiteral("${code} + 0"), &failed)));
    EXPECT_FALSE(failed);
}
