// Replays every input a fuzz target once crashed on or was slow with (tests/data/fuzz/<target>/) through the
// target's own code path, in the normal build: each must now be refused with a message or read cleanly.

#include "../fuzz/fuzzinput.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace flowdesk;

namespace {

QStringList inputsOf(const QString &target)
{
    const QDir dir(QStringLiteral(FLOWDESK_TEST_DATA_DIR "/fuzz/") + target);
    QStringList paths;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        if (name != u"README.md")
            paths << dir.filePath(name);
    }
    return paths;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Refused by the reader with a message, or parsed into a questionnaire exactly when nothing was an error, every
// error with something to say.
void expectClean(const fuzz::Outcome &outcome, const QString &path)
{
    const std::string where = path.toStdString();
    if (outcome.refused) {
        EXPECT_FALSE(outcome.refused->message.trimmed().isEmpty()) << where;
        return;
    }
    EXPECT_EQ(outcome.parsed.questionnaire == nullptr, outcome.parsed.diagnostics.hasErrors()) << where;
    for (const FormDiagnostic &d : outcome.parsed.diagnostics.items)
        EXPECT_FALSE(d.message.trimmed().isEmpty()) << where;
}

void replay(const QString &target, fuzz::Outcome (*run)(const QByteArray &))
{
    const QStringList inputs = inputsOf(target);
    if (inputs.isEmpty())
        GTEST_SKIP() << "no kept inputs for " << target.toStdString();
    for (const QString &path : inputs)
        expectClean(run(contents(path)), path);
}

} // namespace

TEST(FuzzRegression, XlsxInputsAreRefusedOrReadCleanly)
{
    replay(QStringLiteral("xlsx_fuzz"), &fuzz::runXlsx);
}

TEST(FuzzRegression, CsvSheetInputsAreRefusedOrReadCleanly)
{
    replay(QStringLiteral("csvsheets_fuzz"), &fuzz::runCsvSheets);
}
