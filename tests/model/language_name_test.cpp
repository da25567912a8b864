#include "questionnaire/languagename.h"

#include <gtest/gtest.h>

using namespace flowdesk;

TEST(LanguageName, CodeFromHeaderNames)
{
    EXPECT_EQ(languageCode(u"French (fr)"), "fr");
    EXPECT_EQ(languageCode(u"english"), "en");
    EXPECT_EQ(languageCode(u"Dari"), "prs");
    EXPECT_EQ(languageCode(u"default"), "default");
}

TEST(LanguageName, WritingDirection)
{
    EXPECT_TRUE(isRightToLeft(u"Arabic (ar)"));
    EXPECT_TRUE(isRightToLeft(u"pashto"));
    EXPECT_FALSE(isRightToLeft(u"French (fr)"));
    EXPECT_FALSE(isRightToLeft(u"default"));
}
