#pragma once

#include "caselistspec.h"
#include "store/casesummarystore.h"
#include "validation/scopecontext.h"
#include "validation/validator.h"

#include <memory>

namespace flowdesk {

// Works out the parts of a case-list row that need the questionnaire: the label (instance_name, or date and the
// first column), the case-list columns, error and warning counts (the Validator on a copy of the interview) and
// the duration (the form's `start` and `end` metadata). About 10-20 µs per interview. Keeps buffers: one per
// thread, not thread-safe.
class CaseSummaryBuilder
{
public:
    CaseSummaryBuilder(const Questionnaire &questionnaire, CaseListSpec spec);

    CaseSummaryFacts facts(const Interview &interview);
    const CaseListSpec &spec() const { return m_spec; }

private:
    QString label(Interview &validated);
    QString choiceLabel(int item, const QString &value) const;

    const Questionnaire &m_q;
    CaseListSpec m_spec;
    Validator m_validator;
    InterviewLayout m_layout;
    std::vector<ValidationIssue> m_issues;
    int m_startItem = -1;
    int m_endItem = -1;
};

} // namespace flowdesk
