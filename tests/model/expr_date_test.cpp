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
