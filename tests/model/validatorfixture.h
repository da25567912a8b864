#pragma once

#include "testforms.h"
#include "validation/validator.h"

#include <gtest/gtest.h>

#include <memory>

namespace flowdesk::test {

// A questionnaire made from sheets written in the test, and validation of interviews against it on a fixed day.
class ValidatorFixture : public ::testing::Test
{
protected:
    void useForm(const Workbook &form)
    {
        const ParsedForm parsed = XlsFormParser::parse(form);
        ASSERT_TRUE(parsed.questionnaire) << describe(parsed.diagnostics).toStdString();
        m_q = parsed.questionnaire;
    }

    int id(const char *name) const { return m_q->itemByName(QString::fromLatin1(name)); }

    // Validates as on 2026-11-23 at noon.
    std::vector<ValidationIssue> validate(Interview &interview, int language = -1) const
    {
        Validator validator(*m_q, language);
        validator.setNow(QDateTime(QDate(2026, 11, 23), QTime(12, 0)));
        return validator.validate(interview);
    }

    std::shared_ptr<const Questionnaire> m_q;
};

} // namespace flowdesk::test
