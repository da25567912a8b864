// Excel date serials and the number formats that mark them.

#include "xlsform/exceldate.h"

#include <gtest/gtest.h>

using namespace flowdesk;

TEST(XlsxDate, SerialsCountFrom1900WithLotusPhantomLeapDay)
{
    EXPECT_EQ(ExcelDate::toIso(1, false), "1900-01-01");
    EXPECT_EQ(ExcelDate::toIso(59, false), "1900-02-28");
    EXPECT_EQ(ExcelDate::toIso(60, false), "1900-02-29");
    EXPECT_EQ(ExcelDate::toIso(61, false), "1900-03-01");
    EXPECT_EQ(ExcelDate::toIso(45292, false), "2024-01-01");
    EXPECT_EQ(ExcelDate::toIso(2958465, false), "9999-12-31");
}

TEST(XlsxDate, SerialsCountFrom1904WhenTheWorkbookSaysSo)
{
    EXPECT_EQ(ExcelDate::toIso(1, true), "1904-01-02");
    EXPECT_EQ(ExcelDate::toIso(43830, true), "2024-01-01");
}

TEST(XlsxDate, TimesOfDay)
{
    EXPECT_EQ(ExcelDate::toIso(45292.25, false), "2024-01-01T06:00:00");
    EXPECT_EQ(ExcelDate::toIso(0.5, false), "12:00:00");
    EXPECT_EQ(ExcelDate::toIso(0, false), "00:00:00");
    // 23:59:59.9 rounds to the next midnight, which is a plain date.
    EXPECT_EQ(ExcelDate::toIso(45292 + 86399.9 / 86400, false), "2024-01-02");
}

TEST(XlsxDate, ImpossibleSerialsAreNotDates)
{
    EXPECT_EQ(ExcelDate::toIso(-1, false), std::nullopt);
    EXPECT_EQ(ExcelDate::toIso(2958466, false), std::nullopt);
}

TEST(XlsxDate, RecognisesDateFormats)
{
    for (int id : {14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47})
        EXPECT_TRUE(ExcelDate::isBuiltInDateFormat(id)) << id;
    for (int id : {0, 1, 2, 9, 10, 11, 12, 13, 23, 44, 48, 49})
        EXPECT_FALSE(ExcelDate::isBuiltInDateFormat(id)) << id;

    for (const char *code : {"yyyy-mm-dd", "dd/mm/yyyy", "yyyy\\-mm\\-dd\\Thh:mm:ss", "[$-409]d-mmm-yy;@",
                             "[h]:mm:ss", "h:mm AM/PM", "mmm yyyy", "[Red]dd.mm.yy"}) {
        EXPECT_TRUE(ExcelDate::isDateFormatCode(QString::fromUtf8(code))) << code;
    }
    for (const char *code : {"General", "0.00", "#,##0", "0.0\" days\"", "[Red]0.00", "@", "0.00E+00", "\\d0",
                             "_-* #,##0_-", "[$$-409]#,##0.00"}) {
        EXPECT_FALSE(ExcelDate::isDateFormatCode(QString::fromUtf8(code))) << code;
    }
}
