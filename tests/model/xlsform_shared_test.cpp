// The XLSForm reader on real workbooks from public projects (../shared/xlsforms), with the outcome their own
// projects expect.
#include "questionnaire/questionnaireloader.h"

#include <QDir>
#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace flowdesk;

namespace {

QString sharedForms()
{
    return QStringLiteral(FLOWDESK_SHARED_DIR "/xlsforms");
}

QString describe(const LoadedForm &form)
{
    QStringList lines;
    for (const FormDiagnostic &d : form.diagnostics.items)
        lines << d.toString();
    return lines.join(u'\n');
}

bool hasError(const LoadedForm &form, const QString &text)
{
    for (const FormDiagnostic &d : form.diagnostics.items) {
        if (d.severity == FormDiagnostic::Severity::Error && d.message.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

TEST(SharedXlsForms, ValidWorkbooksLoad)
{
    const QDir dir(sharedForms() + QStringLiteral("/valid"));
    if (!dir.exists())
        GTEST_SKIP() << "no shared XLSForms at " << dir.path().toStdString() << " (the folder sits beside a checkout)";
    const QStringList files = dir.entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty());
    for (const QString &file : files) {
        QElapsedTimer timer;
        timer.start();
        const LoadedForm form = QuestionnaireLoader::load(dir.filePath(file));
        EXPECT_TRUE(form.ok()) << file.toStdString() << ":\n" << describe(form).toStdString();
        EXPECT_LT(timer.elapsed(), 5000) << file.toStdString() << " took " << timer.elapsed() << " ms";
    }
}

TEST(SharedXlsForms, InvalidWorkbooksAreRejectedWithTheReason)
{
    const QDir dir(sharedForms() + QStringLiteral("/invalid"));
    if (!dir.exists())
        GTEST_SKIP() << "no shared XLSForms at " << dir.path().toStdString();
    const LoadedForm unknownType = QuestionnaireLoader::load(dir.filePath(QStringLiteral("odkoffline__pyxform-error.xlsx")));
    EXPECT_FALSE(unknownType.ok());
    EXPECT_TRUE(hasError(unknownType, QStringLiteral("unknown question type 'textX'"))) << describe(unknownType).toStdString();

    const LoadedForm duplicate = QuestionnaireLoader::load(dir.filePath(QStringLiteral("pyxform__duplicate_columns.xlsx")));
    EXPECT_FALSE(duplicate.ok());
    EXPECT_TRUE(hasError(duplicate, QStringLiteral("duplicate column header 'label'"))) << describe(duplicate).toStdString();

    const LoadedForm badCalc = QuestionnaireLoader::load(dir.filePath(QStringLiteral("pyxform__bad_calc.xlsx")));
    EXPECT_FALSE(badCalc.ok());
    ASSERT_FALSE(badCalc.diagnostics.items.empty());
    bool calculationColumn = false;
    for (const FormDiagnostic &d : badCalc.diagnostics.items)
        calculationColumn |= d.column == u"calculation" && d.row > 1;
    EXPECT_TRUE(calculationColumn) << describe(badCalc).toStdString();
}

TEST(SharedXlsForms, SpecTestFormHasItsStructure)
{
    const QString path = sharedForms() + QStringLiteral("/valid/pyxform__xlsform_spec_test.xlsx");
    if (!QFile::exists(path))
        GTEST_SKIP() << "no shared XLSForms";
    const LoadedForm form = QuestionnaireLoader::load(path);
    ASSERT_TRUE(form.ok()) << describe(form).toStdString();
    const Questionnaire &q = *form.questionnaire;
    // Translated labels in english and chinese; media columns (audio::chinese, video) are not languages.
    EXPECT_GE(q.languageIndex(u"english"), 0);
    EXPECT_GE(q.languageIndex(u"chinese"), 0);
    EXPECT_LT(q.languageIndex(u"audio"), 0);
    bool repeat = false, unsupported = false;
    for (const Item &item : q.items) {
        repeat |= item.type == QuestionType::Repeat;
        unsupported |= item.type == QuestionType::Unsupported;
    }
    EXPECT_TRUE(repeat);
    EXPECT_TRUE(unsupported); // the image question
}

TEST(SharedXlsForms, CaseInsensitiveSheetsAndHeaders)
{
    const QString path = sharedForms() + QStringLiteral("/valid/pyxform__case_insensitivity.xlsx");
    if (!QFile::exists(path))
        GTEST_SKIP() << "no shared XLSForms";
    const LoadedForm form = QuestionnaireLoader::load(path);
    ASSERT_TRUE(form.ok()) << describe(form).toStdString();
    EXPECT_FALSE(form.questionnaire->items.empty());
}
