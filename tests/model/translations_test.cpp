// The French and Arabic translations of the application's own text are complete: every message translated
// (each plural form too), none left unfinished, and no translation dropping a placeholder (%1, %n) or an
// accelerator
// (&) its English source has.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <set>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one per plural form, else one
};

std::vector<Message> readTs(const QString &path, QString *language)
{
    std::vector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value("language").toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{context, {}, xml.attributes().value("numerus") == u"yes", false, {}};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            const QString type = xml.attributes().value("type").toString();
            current.unfinished = !type.isEmpty(); // unfinished, vanished or obsolete
            if (!current.numerus) {
                current.translations << xml.readElementText();
                messages.push_back(current);
            }
        } else if (name == u"numerusform") {
            current.translations << xml.readElementText();
        }
        if (xml.isEndElement() && xml.name() == u"translation" && current.numerus)
            messages.push_back(current);
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

// %1 … %99 and %n, as a set: a translation may put them in another order.
std::multiset<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d{1,2}|n)"));
    std::multiset<QString> found;
    for (const QRegularExpressionMatch &m : marker.globalMatch(text))
        found.insert(m.captured(0));
    return found;
}

// A keyboard accelerator: '&' before a character, not "&&" and not an entity such as "&lt;".
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression accelerator(QStringLiteral("&(?!&)(?![a-z]+;)\\S"));
    QString plain = text;
    plain.remove(QStringLiteral("&&"));
    return accelerator.match(plain).hasMatch();
}

class TranslationsTest : public ::testing::TestWithParam<const char *>
{
};

} // namespace

TEST_P(TranslationsTest, EveryMessageIsTranslatedKeepingItsPlaceholdersAndAccelerators)
{
    const QString path =
        QDir(QStringLiteral(FLOWDESK_TEST_DATA_DIR "/../../resources/translations")).filePath(GetParam());
    ASSERT_TRUE(QFile::exists(path)) << path.toStdString();
    QString language;
    const std::vector<Message> messages = readTs(path, &language);
    ASSERT_GT(messages.size(), 300u) << "the GUI has hundreds of texts";
    const int pluralForms = language == u"ar" ? 6 : 2;
    for (const Message &m : messages) {
        const std::string where = (m.context + QStringLiteral(": ") + m.source).toStdString();
        EXPECT_FALSE(m.unfinished) << "unfinished or obsolete: " << where;
        ASSERT_FALSE(m.translations.isEmpty()) << where;
        if (m.numerus) {
            EXPECT_EQ(m.translations.size(), pluralForms) << "plural forms of " << where;
        }
        for (const QString &translation : m.translations) {
            EXPECT_FALSE(translation.trimmed().isEmpty()) << "empty translation: " << where;
            EXPECT_EQ(placeholders(translation), placeholders(m.source))
                << where << "  →  " << translation.toStdString();
            if (hasAccelerator(m.source)) {
                EXPECT_TRUE(hasAccelerator(translation))
                    << "accelerator lost: " << where << "  →  " << translation.toStdString();
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(FrenchAndArabic, TranslationsTest,
                         ::testing::Values("flowdesk_fr.ts", "flowdesk_ar.ts"));

TEST(TranslationsCheckTest, PlaceholdersAndAcceleratorsAreFound)
{
    EXPECT_EQ(placeholders("Batch %1: %n interview(s) to %2 and %3.").size(), 4u);
    EXPECT_TRUE(hasAccelerator("&File"));
    EXPECT_TRUE(hasAccelerator("Pro&file"));
    EXPECT_FALSE(hasAccelerator(" · counts below %1 shown as &lt;%1"));
    EXPECT_FALSE(hasAccelerator("Fish && chips"));
    EXPECT_FALSE(hasAccelerator("Profile"));
}
