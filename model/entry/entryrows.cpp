// EntrySession: the form's rows and sections after each change, and the texts they show.
#include "entrysession.h"

#include "questionnaire/questionnaire.h"
#include "validation/labelreferences.h"
#include "validation/validator.h"


#include <algorithm>

namespace flowdesk {

using Severity = ValidationIssue::Severity;

bool EntryField::hasError() const
{
    return std::any_of(issues.begin(), issues.end(), [this](const ValidationIssue &issue) {
        return issue.severity == Severity::Error
               && !(issue.kind == ValidationIssue::Kind::Constraint && !confirmedReason.isEmpty());
    });
}

bool EntryField::hasWarning() const
{
    return acceptedReason.isEmpty()
           && std::any_of(issues.begin(), issues.end(),
                          [](const ValidationIssue &issue) { return issue.severity == Severity::Warning; });
}

QString EntryField::firstMessage() const
{
    for (const ValidationIssue &issue : issues) {
        if (issue.severity == Severity::Error && hasError())
            return issue.message;
    }
    for (const ValidationIssue &issue : issues) {
        if (issue.severity == Severity::Warning && hasWarning())
            return issue.message;
    }
    return {};
}

bool EntrySession::relevantIn(int s, int item) const
{
    const InterviewLayout &layout = m_validator->layout();
    if (s < 0 || !layout.relevant(s, item))
        return false;
    // The validator skips the condition of an optional question left blank (nothing to report either way); a form
    // must still know whether to ask it.
    const Item &it = m_q.item(item);
    if (it.relevant.isNull() || !layout.scope(s).answers->value(item).isEmpty() || it.type == QuestionType::Group
        || it.type == QuestionType::Repeat)
        return true;
    const ScopeContext context(layout, s, item, m_clock, m_language);
    return it.relevant.evaluateBoolean(context);
}

void EntrySession::addField(EntryField::Kind kind, int item, const std::vector<int> &path, const AnswerScope &scope,
                            int section, int depth)
{
    EntryField field;
    field.kind = kind;
    field.ref = FieldRef{item, path};
    field.section = section;
    field.depth = depth;
    int s = layoutScope(&scope);
    if (kind == EntryField::Kind::Instance) {
        // An instance's relevance is its repeat's, held by the scope around it.
        s = s >= 0 ? m_validator->layout().scope(s).parent : -1;
    }
    field.relevant = relevantIn(s, item);
    if (kind == EntryField::Kind::Question || kind == EntryField::Kind::Calculated)
        field.value = scope.value(item);
    const QString key = field.ref.key();
    auto attach = [&](QHash<QString, Note> &notes, QString &reason) {
        const auto it = notes.constFind(key);
        if (it == notes.cend())
            return;
        if (it->value == field.value)
            reason = it->reason;
        else
            notes.erase(it); // the answer changed: the reason given for the old one no longer holds
    };
    attach(m_accepted, field.acceptedReason);
    attach(m_confirmed, field.confirmedReason);
    m_fieldIndex.insert(key, int(m_fields.size()));
    m_fieldScope.push_back(s);
    m_fields.push_back(std::move(field));
}

void EntrySession::walk(const std::vector<int> &children, const AnswerScope &scope, const std::vector<int> &path,
                        int section, int depth)
{
    for (int id : children) {
        const Item &item = m_q.item(id);
        switch (item.type) {
        case QuestionType::Metadata:
            break;
        case QuestionType::Calculate:
            if (!item.label.isEmpty())
                addField(EntryField::Kind::Calculated, id, path, scope, section, depth);
            break;
        case QuestionType::Note:
            addField(EntryField::Kind::Note, id, path, scope, section, depth);
            break;
        case QuestionType::Unsupported:
            addField(EntryField::Kind::Unsupported, id, path, scope, section, depth);
            break;
        case QuestionType::Group:
            if (!item.label.isEmpty())
                addField(EntryField::Kind::Group, id, path, scope, section, depth);
            walk(item.children, scope, path, section, depth + 1);
            break;
        case QuestionType::Repeat: {
            addField(EntryField::Kind::Repeat, id, path, scope, section, depth);
            const RepeatAnswers *repeat = scope.repeat(id);
            const size_t count = repeat ? repeat->instances.size() : 0;
            for (size_t n = 0; n < count; ++n) {
                std::vector<int> inner = path;
                inner.push_back(int(n + 1));
                const AnswerScope &instance = repeat->instances[n];
                addField(EntryField::Kind::Instance, id, inner, instance, section, depth + 1);
                walk(item.children, instance, inner, section, depth + 2);
            }
            break;
        }
        default:
            addField(EntryField::Kind::Question, id, path, scope, section, depth);
            break;
        }
    }
}

void EntrySession::rebuild()
{
    const InterviewLayout &layout = m_validator->layout();
    m_scopeIndex.clear();
    for (int s = 0; s < layout.scopeCount(); ++s)
        m_scopeIndex.insert(layout.scope(s).answers, s);
    m_fields.clear();
    m_fieldScope.clear();
    m_fieldIndex.clear();
    m_sections.clear();

    for (int id : m_q.topLevel) {
        const Item &item = m_q.item(id);
        const bool block = item.type == QuestionType::Group || item.type == QuestionType::Repeat;
        if (block || m_sections.empty() || m_sections.back().item >= 0) {
            EntrySection section;
            section.item = block ? id : -1;
            section.firstField = int(m_fields.size());
            m_sections.push_back(section);
        }
        const int section = int(m_sections.size()) - 1;
        if (item.type == QuestionType::Group)
            walk(item.children, m_interview.answers, {}, section, 0);
        else
            walk({id}, m_interview.answers, {}, section, 0);
        m_sections.back().endField = int(m_fields.size());
        if (block)
            m_sections.back().relevant = relevantIn(0, id);
    }
    // Sections of metadata alone show nothing.
    m_sections.erase(std::remove_if(m_sections.begin(), m_sections.end(),
                                    [](const EntrySection &s) { return s.firstField == s.endField; }),
                     m_sections.end());
    for (size_t k = 0; k < m_sections.size(); ++k) {
        for (int f = m_sections[k].firstField; f < m_sections[k].endField; ++f)
            m_fields[size_t(f)].section = int(k);
    }

    for (ValidationIssue &issue : m_issues) {
        if (issue.severity == Severity::Notice)
            continue;
        const int field = m_fieldIndex.value(FieldRef{issue.item, issue.instance}.key(), -1);
        if (field >= 0)
            m_fields[size_t(field)].issues.push_back(std::move(issue));
    }
    summariseSections();

    size_t shape = m_fields.size();
    for (const EntryField &field : m_fields)
        shape = shape * 31 + qHash(field.ref.key());
    if (shape != m_shapeHash) {
        m_shapeHash = shape;
        ++m_shapeVersion;
    }
}

void EntrySession::summariseSections()
{
    for (EntrySection &section : m_sections) {
        bool touched = false, missing = false, wrong = false;
        bool anyRelevant = false;
        section.errors = section.missing = section.warnings = 0;
        for (int f = section.firstField; f < section.endField; ++f) {
            const EntryField &field = m_fields[size_t(f)];
            if (!field.relevant)
                continue;
            anyRelevant = true;
            touched |= (field.isInput() && !field.value.isEmpty()) || field.kind == EntryField::Kind::Instance;
            if (field.hasError()) {
                const bool onlyRequired = std::all_of(field.issues.begin(), field.issues.end(), [](const auto &i) {
                    return i.severity != Severity::Error || i.kind == ValidationIssue::Kind::Required;
                });
                (onlyRequired ? missing : wrong) = true;
                ++(onlyRequired ? section.missing : section.errors);
            }
            if (field.hasWarning())
                ++section.warnings;
        }
        if (section.item < 0)
            section.relevant = anyRelevant;
        section.state = wrong      ? EntrySection::State::HasErrors
                        : !touched ? EntrySection::State::Untouched
                        : missing  ? EntrySection::State::InProgress
                                   : EntrySection::State::Complete;
    }
}

QString EntrySession::fill(const QString &text, int field) const
{
    return fillLabelReferences(text, m_q, m_validator->layout(), m_fieldScope[size_t(field)], m_language);
}

QString EntrySession::label(int field) const
{
    const Item &item = m_q.item(m_fields[size_t(field)].ref.item);
    const QString text = item.label.text(m_language, m_q.defaultLanguage);
    return fill(text.isEmpty() ? item.name : text, field);
}

QString EntrySession::hint(int field) const
{
    const Item &item = m_q.item(m_fields[size_t(field)].ref.item);
    return fill(item.hint.text(m_language, m_q.defaultLanguage), field);
}

QString EntrySession::sectionTitle(int section) const
{
    const EntrySection &s = m_sections[size_t(section)];
    if (s.item < 0)
        return m_q.title.isEmpty() ? tr("Questions") : m_q.title;
    const QString text = m_q.item(s.item).label.text(m_language, m_q.defaultLanguage);
    return text.isEmpty() ? m_q.item(s.item).name : text;
}

std::vector<const Choice *> EntrySession::choices(int field) const
{
    std::vector<const Choice *> offered;
    const Item &item = m_q.item(m_fields[size_t(field)].ref.item);
    const ChoiceList *list = m_q.choiceList(item);
    if (!list)
        return offered;
    const int s = m_fieldScope[size_t(field)];
    if (item.choiceFilter.isNull() || s < 0) {
        for (const Choice &choice : list->choices)
            offered.push_back(&choice);
        return offered;
    }
    ScopeContext context(m_validator->layout(), s, item.id, m_clock, m_language);
    for (const Choice &choice : list->choices) {
        context.setChoice(&choice);
        if (item.choiceFilter.evaluateBoolean(context))
            offered.push_back(&choice);
    }
    return offered;
}

} // namespace flowdesk
