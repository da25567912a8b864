// The text helpers every answer goes through: equality read several units at a time, choices split at spaces.
#include "interview/answertext.h"
#include "interview/selectedchoices.h"

#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

using namespace flowdesk;

namespace {

QStringList pieces(const QString &answer)
{
    QStringList out;
    forEachSelected(answer, [&out](QStringView piece) {
        out << piece.toString();
        return false;
    });
    return out;
}

} // namespace

TEST(AnswerText, SameTextAtEveryLengthAndEveryPosition)
{
    // Lengths on both sides of the word size, with the one difference at each position in turn.
    for (int length = 0; length <= 19; ++length) {
        QString a;
        for (int i = 0; i < length; ++i)
            a += QChar(u'a' + i);
        const QString copy = QString(a.constData(), a.size()); // equal, in other memory
        EXPECT_TRUE(sameText(a, copy)) << length;
        for (int at = 0; at < length; ++at) {
            QString b = copy;
            b[at] = QChar(u'Z');
            EXPECT_FALSE(sameText(a, b)) << length << " " << at;
        }
        EXPECT_FALSE(sameText(a, a + u'x')) << length;
    }
    EXPECT_TRUE(sameText(QStringView(), QStringLiteral("")));
    EXPECT_FALSE(sameText(QStringLiteral("é"), QStringLiteral("e")));
}

TEST(AnswerText, TrimmedTextLeavesPlainAnswersAlone)
{
    EXPECT_EQ(trimmedText(u"yes"), u"yes");
    EXPECT_EQ(trimmedText(u" yes\t"), u"yes");
    EXPECT_EQ(trimmedText(QStringLiteral("\u00a0yes\u2003")), u"yes"); // no-break and em spaces are spaces too
    EXPECT_EQ(trimmedText(u"~yes~"), u"~yes~");
    EXPECT_EQ(trimmedText(u""), u"");
}

TEST(AnswerText, ChoicesSplitAtEverySpaceWhateverTheirLength)
{
    EXPECT_EQ(pieces(QStringLiteral("a")), QStringList({"a"}));
    EXPECT_EQ(pieces(QStringLiteral("food water shelter")), QStringList({"food", "water", "shelter"}));
    EXPECT_EQ(pieces(QStringLiteral("abcd efgh")), QStringList({"abcd", "efgh"}));
    EXPECT_EQ(pieces(QStringLiteral("abc defgh ijklmnop q")), QStringList({"abc", "defgh", "ijklmnop", "q"}));
    EXPECT_EQ(pieces(QStringLiteral("a  b")), QStringList({"a", "", "b"})); // a doubled space leaves an empty piece
    EXPECT_EQ(pieces(QStringLiteral(" lead trail ")), QStringList({"", "lead", "trail", ""}));
    EXPECT_EQ(pieces(QString()), QStringList({""}));
    // Units that only look like a space in part of their bits are not spaces.
    EXPECT_EQ(pieces(QStringLiteral("\u2020\u0120\u2000x y")), QStringList({QStringLiteral("\u2020\u0120\u2000x"), "y"}));
}
