// Every input the expression fuzz target (tests/fuzz/expr_fuzz.cpp) once crashed on or was slow with, replayed
// through the same path in the normal build: parse, and when it parses, evaluate in every type.
#include "../fuzz/exprfuzzinput.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <gtest/gtest.h>

namespace {

QDir inputsDir()
{
    return QDir(QStringLiteral(FLOWDESK_TEST_DATA_DIR "/fuzz/expr_fuzz"));
}

} // namespace

TEST(ExprFuzzRegression, EveryKeptInputRunsQuickly)
{
    const QStringList names = inputsDir().entryList(QDir::Files, QDir::Name);
    ASSERT_FALSE(names.isEmpty()) << "no inputs in " << inputsDir().path().toStdString();
    for (const QString &name : names) {
        QFile file(inputsDir().filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        const QByteArray input = file.readAll();
        QElapsedTimer timer;
        timer.start();
        flowdesk::test::runExpressionFuzzInput(input.constData(), std::size_t(input.size()));
        // The fuzz runs' limit is 5 s under AddressSanitizer; here, without it, far less.
        EXPECT_LT(timer.elapsed(), 2000) << name.toStdString() << " took " << timer.elapsed() << " ms";
    }
}
