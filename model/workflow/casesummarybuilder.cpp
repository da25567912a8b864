#include "casesummarybuilder.h"

namespace flowdesk {

CaseSummaryBuilder::CaseSummaryBuilder(const Questionnaire &questionnaire, CaseListSpec spec)
    : m_q(questionnaire), m_spec(std::move(spec)), m_validator(questionnaire), m_layout(questionnaire)
{
    for (const Item &item : questionnaire.items) {
        if (item.repeat >= 0)
            continue;
        if (item.metadataKind == u"start" && m_startItem < 0)
            m_startItem = item.id;
        if (item.metadataKind == u"end" && m_endItem < 0)
            m_endItem = item.id;
    }
}

CaseSummaryFacts CaseSummaryBuilder::facts(const Interview &interview)
{
    CaseSummaryFacts f;
    f.interviewId = interview.id;
    Interview copy = interview; // the validator writes calculations into what it checks
    m_issues.clear();
    m_validator.validate(copy, m_issues);
    for (const ValidationIssue &issue : m_issues) {
        if (issue.severity == ValidationIssue::Severity::Error)
            ++f.errors;
        else if (issue.severity == ValidationIssue::Severity::Warning)
            ++f.warnings;
    }
    for (size_t c = 0; c < m_spec.columnItems.size(); ++c)
        f.columns[c] = copy.answers.value(m_spec.columnItems[c]);
    if (m_startItem >= 0 && m_endItem >= 0) {
        const QDateTime start = QDateTime::fromString(copy.answers.value(m_startItem), Qt::ISODateWithMs);
        const QDateTime end = QDateTime::fromString(copy.answers.value(m_endItem), Qt::ISODateWithMs);
        if (start.isValid() && end.isValid() && end >= start)
            f.durationSeconds = start.secsTo(end);
    }
    f.label = label(copy);
    return f;
}

QString CaseSummaryBuilder::label(Interview &validated)
{
    if (!m_spec.instanceName.isNull()) {
        m_layout.reset(validated);
        const InterviewClock clock(validated.created.isValid() ? validated.created : QDateTime::currentDateTime());
        bool failed = false;
        const QString text = m_spec.instanceName.evaluateString(ScopeContext(m_layout, 0, 0, clock, m_q.defaultLanguage),
                                                                &failed);
        if (!failed && !text.trimmed().isEmpty())
            return text.trimmed();
    }
    QString text = validated.created.toLocalTime().date().toString(Qt::ISODate);
    if (!m_spec.columnItems.empty()) {
        const int item = m_spec.columnItems.front();
        const QString value = validated.answers.value(item);
        if (!value.isEmpty())
            text += QStringLiteral(" · ") + choiceLabel(item, value);
    }
    return text;
}

QString CaseSummaryBuilder::choiceLabel(int item, const QString &value) const
{
    const ChoiceList *list = m_q.choiceList(m_q.item(item));
    if (!list)
        return value;
    const int choice = list->indexOf(value);
    if (choice < 0)
        return value;
    const QString text = list->choices[size_t(choice)].label.text(m_q.defaultLanguage, m_q.defaultLanguage);
    return text.isEmpty() ? value : text;
}

} // namespace flowdesk
