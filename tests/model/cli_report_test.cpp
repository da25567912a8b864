// Issue 11: `flowdesk-cli report` as a supervisor's scheduled job runs it: no display, password from the
// environment, a PDF whose text shows the protected cells, CSV tables; refused for an enumerator.
#include "clirun.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using flowdesk::testing::cli;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    // Ligatures ("ﬃ") would make words unsearchable: the report turns them off; be lenient with old poppler.
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QChar(0xFB03), QStringLiteral("ffi"))
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB00), QStringLiteral("ff"))
        .replace(QChar(0xFB02), QStringLiteral("fl"));
}

} // namespace

TEST(CliReport, WritesAProtectedPdfAndCsvTablesWithoutADisplay)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.flowdesk"));
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--interviews"),
                   QStringLiteral("250")})
                  .code,
              0);
    qputenv("FLOWDESK_PASSWORD", "demo");
    qunsetenv("DISPLAY");
    qunsetenv("QT_QPA_PLATFORM");
    const QString pdf = dir.filePath(QStringLiteral("profile.pdf"));
    const QString csv = dir.filePath(QStringLiteral("tables"));
    const auto run = cli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                          QStringLiteral("supervisor"), QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), csv,
                          QStringLiteral("--office"), QStringLiteral("Agadez field office")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("small cells below 5 suppressed"))) << run.out.toStdString();
    ASSERT_TRUE(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("<5"))) << "no protected cell in the PDF";
    EXPECT_TRUE(text.contains(QStringLiteral("Agadez field office"))) << text.left(600).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("indication of trends, not a representative sample")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of")));
    EXPECT_TRUE(text.contains(QStringLiteral("secondary suppression")));
    EXPECT_FALSE(QDir(csv).entryList(QDir::Files).isEmpty());

    // A filter that selects a handful of interviews: every count is small, so the n itself is "<5".
    const QString small = dir.filePath(QStringLiteral("small.pdf"));
    const auto narrow = cli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                             QStringLiteral("supervisor"), QStringLiteral("--pdf"), small, QStringLiteral("--age-group"),
                             QStringLiteral("0-17")});
    ASSERT_EQ(narrow.code, 0) << narrow.err.toStdString();
    EXPECT_TRUE(pdfText(small).contains(QStringLiteral("n = <5")));

    // An enumerator may not: nothing is written.
    const QString refused = dir.filePath(QStringLiteral("refused.pdf"));
    const auto enumerator = cli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                                 QStringLiteral("fatoumata.traore"), QStringLiteral("--pdf"), refused});
    EXPECT_EQ(enumerator.code, 1);
    EXPECT_TRUE(enumerator.err.contains(QStringLiteral("cannot view reports"))) << enumerator.err.toStdString();
    EXPECT_FALSE(QFile::exists(refused));
    qunsetenv("FLOWDESK_PASSWORD");
}
