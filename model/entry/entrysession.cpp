#include "entrysession.h"

#include "questionnaire/questionnaire.h"
#include "validation/validator.h"

#include <QSysInfo>

#include <algorithm>
#include <cmath>

namespace flowdesk {

namespace {

using Kind = ValidationIssue::Kind;

// Repeat counts come from answers; a typing slip ("100" for "10") must not make thousands of rows.
constexpr int kMaxCountedInstances = 200;

QString isoNow()
{
    const QDateTime now = QDateTime::currentDateTime();
    return now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

// The errors guided mode does not let through: the value itself is wrong for its question.
bool refusesValue(const ValidationIssue &issue)
{
    return issue.severity == ValidationIssue::Severity::Error
           && (issue.kind == Kind::Type || issue.kind == Kind::NotInList || issue.kind == Kind::NotInFilter
               || issue.kind == Kind::Constraint);
}

// An instance nobody has keyed anything into yet (calculations fill themselves in).
bool keyedNothing(const Questionnaire &q, const AnswerScope &scope)
{
    bool empty = true;
    scope.forEachSlot([&](int item, const QString &value) {
        if (!value.isEmpty() && isInputType(q.item(item).type))
            empty = false;
    });
    for (const RepeatAnswers &repeat : scope.repeats)
        empty = empty && repeat.instances.empty();
    return empty;
}

} // namespace

EntrySession::EntrySession(const Questionnaire &questionnaire, Interview interview, EntryStorage &storage,
                           QObject *parent)
    : QObject(parent), m_q(questionnaire), m_interview(std::move(interview)), m_storage(storage),
      m_validator(std::make_unique<Validator>(questionnaire, -1)),
      m_clock(m_interview.created.isValid() ? m_interview.created : QDateTime::currentDateTime())
{
    m_language = questionnaire.defaultLanguage;
    revalidate();
}

EntrySession::~EntrySession() = default;

Interview EntrySession::newInterview(const Questionnaire &questionnaire, qint64 questionnaireId,
                                     const QString &enumerator)
{
    Interview interview;
    interview.questionnaireId = questionnaireId;
    interview.enumerator = enumerator;
    interview.created = QDateTime::currentDateTimeUtc();
    for (const Item &item : questionnaire.items) {
        if (item.type != QuestionType::Metadata || item.repeat >= 0)
            continue;
        QString value;
        if (item.metadataKind == u"start")
            value = isoNow();
        else if (item.metadataKind == u"today")
            value = QDate::currentDate().toString(Qt::ISODate);
        else if (item.metadataKind == u"deviceid")
            value = QStringLiteral("flowdesk:") + QSysInfo::machineHostName();
        else if (item.metadataKind == u"username")
            value = enumerator;
        if (!value.isEmpty())
            interview.answers.setValue(item.id, value);
    }
    return interview;
}

void EntrySession::setLanguage(int language)
{
    if (language < 0 || language >= m_q.languages.size())
        language = m_q.defaultLanguage;
    if (language == m_language)
        return;
    m_language = language;
    m_validator = std::make_unique<Validator>(m_q, language); // messages come in the validator's language
    revalidate();
    emit changed();
}

std::vector<int> EntrySession::repeatChain(int item) const
{
    std::vector<int> chain;
    for (int r = m_q.item(item).repeat; r >= 0; r = m_q.item(r).repeat)
        chain.insert(chain.begin(), r);
    return chain;
}

AnswerScope *EntrySession::scopeFor(const FieldRef &ref, int item)
{
    const std::vector<int> chain = repeatChain(item);
    if (ref.instance.size() < chain.size())
        return nullptr;
    AnswerScope *scope = &m_interview.answers;
    for (size_t k = 0; k < chain.size(); ++k) {
        const RepeatAnswers *existing = static_cast<const AnswerScope *>(scope)->repeat(chain[k]);
        const int n = ref.instance[k];
        if (!existing || n < 1 || n > int(existing->instances.size()))
            return nullptr;
        scope = &scope->repeat(chain[k]).instances[size_t(n - 1)];
    }
    return scope;
}

void EntrySession::revalidate()
{
    // A repeat count read from an answer adds (or trims empty) instances, which may change what is relevant.
    for (int pass = 0; pass < 16; ++pass) {
        m_issues.clear();
        m_validator->validate(m_interview, m_issues);
        if (!matchRepeatCounts())
            break;
    }
    rebuild();
}

bool EntrySession::matchRepeatCounts()
{
    const InterviewLayout &layout = m_validator->layout();
    for (const Item &item : m_q.items) {
        bool moved = false;
        if (item.type != QuestionType::Repeat || item.repeatCount.isNull())
            continue;
        for (int s = 0; s < layout.scopeCount(); ++s) {
            if (layout.scope(s).repeatItem != item.repeat || !layout.relevant(s, item.id))
                continue;
            bool failed = false;
            const ScopeContext context(layout, s, item.id, m_clock, m_language);
            const double counted = item.repeatCount.evaluateNumber(context, &failed);
            if (failed || std::isnan(counted))
                continue;
            const auto wanted = size_t(std::clamp(counted, 0.0, double(kMaxCountedInstances)));
            std::vector<AnswerScope> &instances = layout.scope(s).answers->repeat(item.id).instances;
            // Instances with answers stay: the repeat count error then asks the keyer which to remove.
            while (instances.size() > wanted && keyedNothing(m_q, instances.back())) {
                instances.pop_back();
                moved = true;
            }
            if (instances.size() < wanted) {
                instances.resize(wanted);
                moved = true;
            }
            // The layout's scopes may point into the instances just moved: lay out again before going on.
            if (moved)
                return true;
        }
    }
    return false;
}

EntrySession::Result EntrySession::commit(const AnswerChange &change, Interview before)
{
    revalidate();
    QString error;
    if (!m_storage.saveAnswers(m_interview, change, &error)) {
        m_interview = std::move(before);
        revalidate();
        emit changed();
        return {false, tr("Not saved: %1").arg(error)};
    }
    emit changed();
    return {};
}

EntrySession::Result EntrySession::setAnswer(const FieldRef &ref, const QString &value, bool restoring)
{
    if (ref.item < 0 || ref.item >= int(m_q.items.size()) || !isInputType(m_q.item(ref.item).type))
        return {false, tr("This question is not keyed.")};
    Interview before = m_interview;
    AnswerScope *scope = scopeFor(ref, ref.item);
    if (!scope)
        return {false, tr("This repeat instance no longer exists.")};
    const QString old = scope->value(ref.item);
    if (old == value)
        return {};
    scope->setValue(ref.item, value);
    if (m_mode == EntryMode::Guided && !restoring) {
        revalidate();
        const int field = fieldIndex(ref);
        if (field >= 0) {
            for (const ValidationIssue &issue : m_fields[size_t(field)].issues) {
                if (refusesValue(issue)) {
                    const QString why = issue.message; // the rows are rebuilt below
                    m_interview = std::move(before);
                    revalidate();
                    return {false, why};
                }
            }
        }
    }
    return commit(AnswerChange{AnswerChange::Kind::Answer, ref, old, value}, std::move(before));
}

EntrySession::Result EntrySession::commitNote(const AnswerNote &note)
{
    QString error;
    if (!m_storage.saveNote(m_interview, note, &error))
        return {false, tr("Not saved: %1").arg(error)};
    auto &notes = note.kind == AnswerNote::Kind::WarningAccepted ? m_accepted : m_confirmed;
    notes.insert(note.field.key(), Note{note.value, note.reason});
    rebuild();
    emit changed();
    return {};
}

void EntrySession::restoreNotes(const std::vector<AnswerNote> &notes)
{
    for (const AnswerNote &note : notes) {
        auto &kept = note.kind == AnswerNote::Kind::WarningAccepted ? m_accepted : m_confirmed;
        kept.insert(note.field.key(), Note{note.value, note.reason});
    }
    rebuild();
    emit changed();
}

EntrySession::Result EntrySession::acceptWarning(const FieldRef &ref, const QString &reason)
{
    const int field = fieldIndex(ref);
    if (field < 0 || !m_fields[size_t(field)].hasWarning())
        return {false, tr("There is no warning to accept here.")};
    if (reason.trimmed().isEmpty())
        return {false, tr("Give a reason for keeping this answer.")};
    return commitNote({AnswerNote::Kind::WarningAccepted, ref, m_fields[size_t(field)].value, reason.trimmed()});
}

EntrySession::Result EntrySession::confirmValue(const FieldRef &ref, const QString &reason)
{
    if (m_mode != EntryMode::Paper)
        return {false, tr("Values outside the allowed range can be confirmed only in paper-keying mode.")};
    const int field = fieldIndex(ref);
    const bool failsConstraint =
        field >= 0 && std::any_of(m_fields[size_t(field)].issues.begin(), m_fields[size_t(field)].issues.end(),
                                  [](const ValidationIssue &issue) { return issue.kind == Kind::Constraint; });
    if (!failsConstraint)
        return {false, tr("This answer needs no confirmation.")};
    if (reason.trimmed().isEmpty())
        return {false, tr("Give a reason for keeping this value.")};
    return commitNote({AnswerNote::Kind::ValueConfirmed, ref, m_fields[size_t(field)].value, reason.trimmed()});
}

EntrySession::Result EntrySession::addInstance(int repeatItem, const std::vector<int> &parent)
{
    if (repeatItem < 0 || repeatItem >= int(m_q.items.size()) || m_q.item(repeatItem).type != QuestionType::Repeat)
        return {false, tr("This is not a repeat.")};
    if (!m_q.item(repeatItem).repeatCount.isNull())
        return {false, tr("The number of these entries follows an earlier answer.")};
    Interview before = m_interview;
    AnswerScope *scope = scopeFor(FieldRef{repeatItem, parent}, repeatItem);
    if (!scope)
        return {false, tr("This repeat instance no longer exists.")};
    std::vector<AnswerScope> &instances = scope->repeat(repeatItem).instances;
    instances.emplace_back();
    FieldRef added{repeatItem, parent};
    added.instance.push_back(int(instances.size()));
    return commit(AnswerChange{AnswerChange::Kind::InstanceAdded, added, {}, {}}, std::move(before));
}

EntrySession::Result EntrySession::removeInstance(const FieldRef &ref)
{
    if (ref.item < 0 || ref.item >= int(m_q.items.size()) || ref.instance.empty())
        return {false, tr("This is not a repeat instance.")};
    const std::vector<int> parent(ref.instance.begin(), ref.instance.end() - 1);
    // A counted repeat loses instances with its count; only instances beyond the count can be removed by hand.
    const int header = fieldIndex(FieldRef{ref.item, parent});
    const bool beyondCount = header >= 0 && std::any_of(m_fields[size_t(header)].issues.begin(),
                                                        m_fields[size_t(header)].issues.end(), [](const auto &issue) {
                                                            return issue.kind == Kind::RepeatCount;
                                                        });
    if (!m_q.item(ref.item).repeatCount.isNull() && !beyondCount)
        return {false, tr("The number of these entries follows an earlier answer: change that answer.")};
    Interview before = m_interview;
    AnswerScope *scope = scopeFor(FieldRef{ref.item, parent}, ref.item);
    const int n = ref.instance.back();
    if (!scope || n > int(scope->repeat(ref.item).instances.size()))
        return {false, tr("This repeat instance no longer exists.")};
    std::vector<AnswerScope> &instances = scope->repeat(ref.item).instances;
    instances.erase(instances.begin() + (n - 1));
    shiftNotes(ref.item, ref.instance);
    return commit(AnswerChange{AnswerChange::Kind::InstanceRemoved, ref, {}, {}}, std::move(before));
}

std::optional<AnswerScope> EntrySession::instanceAnswers(const FieldRef &ref) const
{
    if (ref.item < 0 || ref.item >= int(m_q.items.size()) || ref.instance.empty())
        return std::nullopt;
    // scopeFor only reads: it looks every repeat up before stepping into it.
    auto *self = const_cast<EntrySession *>(this);
    const std::vector<int> parent(ref.instance.begin(), ref.instance.end() - 1);
    const AnswerScope *scope = self->scopeFor(FieldRef{ref.item, parent}, ref.item);
    const RepeatAnswers *repeat = scope ? scope->repeat(ref.item) : nullptr;
    const int n = ref.instance.back();
    if (!repeat || n < 1 || n > int(repeat->instances.size()))
        return std::nullopt;
    return repeat->instances[size_t(n - 1)];
}

EntrySession::Result EntrySession::insertInstance(const FieldRef &ref, AnswerScope answers)
{
    if (ref.item < 0 || ref.item >= int(m_q.items.size()) || m_q.item(ref.item).type != QuestionType::Repeat
        || ref.instance.empty())
        return {false, tr("This is not a repeat instance.")};
    if (!m_q.item(ref.item).repeatCount.isNull())
        return {false, tr("The number of these entries follows an earlier answer.")};
    Interview before = m_interview;
    const std::vector<int> parent(ref.instance.begin(), ref.instance.end() - 1);
    AnswerScope *scope = scopeFor(FieldRef{ref.item, parent}, ref.item);
    if (!scope)
        return {false, tr("This repeat instance no longer exists.")};
    std::vector<AnswerScope> &instances = scope->repeat(ref.item).instances;
    const int n = std::clamp(ref.instance.back(), 1, int(instances.size()) + 1);
    instances.insert(instances.begin() + (n - 1), std::move(answers));
    FieldRef added{ref.item, parent};
    added.instance.push_back(n);
    return commit(AnswerChange{AnswerChange::Kind::InstanceAdded, added, {}, {}}, std::move(before));
}

void EntrySession::shiftNotes(int repeatItem, const std::vector<int> &removed)
{
    // Notes name their field by instance numbers: those after the removed instance move down by one.
    const size_t depth = removed.size() - 1;
    auto shift = [&](QHash<QString, Note> &notes) {
        QHash<QString, Note> kept;
        for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
            FieldRef ref = FieldRef::fromKey(it.key());
            const std::vector<int> chain = repeatChain(ref.item);
            const bool inside = chain.size() > depth && chain[depth] == repeatItem && ref.instance.size() > depth
                                && std::equal(removed.begin(), removed.begin() + long(depth), ref.instance.begin());
            if (inside && ref.instance[depth] == removed[depth])
                continue;
            if (inside && ref.instance[depth] > removed[depth])
                --ref.instance[depth];
            kept.insert(ref.key(), it.value());
        }
        notes = std::move(kept);
    };
    shift(m_accepted);
    shift(m_confirmed);
}

std::vector<int> EntrySession::blockingFields() const
{
    std::vector<int> blocking;
    for (size_t f = 0; f < m_fields.size(); ++f) {
        if (m_fields[f].relevant && m_fields[f].hasError())
            blocking.push_back(int(f));
    }
    return blocking;
}

EntrySession::Result EntrySession::complete()
{
    const std::vector<int> blocking = blockingFields();
    if (!blocking.empty())
        return {false, tr("%n error(s) must be corrected first.", nullptr, int(blocking.size()))};
    Interview before = m_interview;
    // Rows in reverse, so removing a repeat's instances leaves the rows before it valid.
    for (auto it = m_fields.rbegin(); it != m_fields.rend(); ++it) {
        if (it->relevant)
            continue;
        if (it->kind == EntryField::Kind::Question && !it->value.isEmpty()) {
            if (AnswerScope *scope = scopeFor(it->ref, it->ref.item))
                scope->setValue(it->ref.item, QString());
        } else if (it->kind == EntryField::Kind::Repeat) {
            if (AnswerScope *scope = scopeFor(it->ref, it->ref.item))
                scope->repeat(it->ref.item).instances.clear();
        }
    }
    for (const Item &item : m_q.items) {
        if (item.type == QuestionType::Metadata && item.repeat < 0 && item.metadataKind == u"end")
            m_interview.answers.setValue(item.id, isoNow());
    }
    revalidate();
    QString error;
    if (!m_storage.complete(m_interview, &error)) {
        m_interview = std::move(before);
        revalidate();
        return {false, tr("Not completed: %1").arg(error)};
    }
    emit changed();
    return {};
}

int EntrySession::resumeField() const
{
    int last = -1;
    int first = -1;
    for (size_t f = 0; f < m_fields.size(); ++f) {
        const EntryField &field = m_fields[f];
        if (!field.isInput() || !field.relevant)
            continue;
        if (first < 0)
            first = int(f);
        if (!field.value.isEmpty())
            last = int(f);
    }
    if (last < 0)
        return first;
    for (size_t f = size_t(last) + 1; f < m_fields.size(); ++f) {
        if (m_fields[f].isInput() && m_fields[f].relevant)
            return int(f);
    }
    return last;
}

} // namespace flowdesk
