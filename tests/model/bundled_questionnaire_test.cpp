// The questionnaire FlowDesk ships: it must load cleanly and use what field offices rely on.
#include "questionnaire/questionnaireloader.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace flowdesk;

TEST(BundledQuestionnaire, LoadsWithoutErrorsInThreeLanguages)
{
    const LoadedForm form = QuestionnaireLoader::load(QuestionnaireLoader::bundledPath());
    QStringList lines;
    for (const FormDiagnostic &d : form.diagnostics.items)
        lines << d.toString();
    ASSERT_TRUE(form.ok()) << lines.join(u'\n').toStdString();
    EXPECT_EQ(form.diagnostics.errorCount(), 0);
    EXPECT_EQ(form.diagnostics.warningCount(), 0) << lines.join(u'\n').toStdString();

    const Questionnaire &q = *form.questionnaire;
    EXPECT_EQ(q.formId, "fms_default");
    EXPECT_GE(q.languageIndex(u"en"), 0);
    EXPECT_GE(q.languageIndex(u"fr"), 0);
    EXPECT_GE(q.languageIndex(u"ar"), 0);
    EXPECT_EQ(q.languages.at(q.defaultLanguage), "English (en)");
}

TEST(BundledQuestionnaire, UsesTheFeaturesAFlowMonitoringSurveyNeeds)
{
    const LoadedForm form = QuestionnaireLoader::load(QuestionnaireLoader::bundledPath());
    ASSERT_TRUE(form.ok());
    const Questionnaire &q = *form.questionnaire;
    const Sheet *survey = form.workbook.sheet(u"survey");
    ASSERT_NE(survey, nullptr);
    EXPECT_GE(survey->rows.size(), 80u);

    int relevant = 0, constraints = 0, warnings = 0, filters = 0, multiples = 0, repeats = 0, calculations = 0, pii = 0;
    for (const Item &item : q.items) {
        relevant += item.relevant.isNull() ? 0 : 1;
        constraints += item.constraint.isNull() || item.constraintMessage.isEmpty() ? 0 : 1;
        warnings += item.warning.isNull() ? 0 : 1;
        filters += item.choiceFilter.isNull() ? 0 : 1;
        multiples += item.type == QuestionType::SelectMultiple ? 1 : 0;
        repeats += item.type == QuestionType::Repeat ? 1 : 0;
        calculations += item.calculation.isNull() ? 0 : 1;
        pii += item.pii ? 1 : 0;
        if (isInputType(item.type) && item.type != QuestionType::Acknowledge) {
            for (const char *code : {"en", "fr", "ar"})
                EXPECT_FALSE(item.label.text(q.languageIndex(QString::fromLatin1(code)), -1).isEmpty())
                    << item.name.toStdString() << " has no " << code << " label";
        }
    }
    EXPECT_GT(relevant, 5);
    EXPECT_GT(constraints, 5);
    EXPECT_GT(warnings, 2);
    EXPECT_GE(filters, 2);
    EXPECT_GT(multiples, 3);
    EXPECT_GE(repeats, 1);
    EXPECT_GT(calculations, 3);
    EXPECT_GE(pii, 1);

    // The travel group: a repeat of companions with counted children.
    const int member = q.itemByName(u"group_member");
    ASSERT_GE(member, 0);
    EXPECT_EQ(q.item(member).type, QuestionType::Repeat);
    EXPECT_FALSE(q.item(member).repeatCount.isNull());
    EXPECT_GE(q.itemByName(u"n_children"), 0);
    EXPECT_GE(q.itemByName(u"unaccompanied_minor"), 0);
}
