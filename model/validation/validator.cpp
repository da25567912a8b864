#include "validator.h"

#include "answerformat.h"
#include "interview/answertext.h"
#include "interview/selectedchoices.h"
#include "scopecontext.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace flowdesk {

using Severity = ValidationIssue::Severity;
using Kind = ValidationIssue::Kind;
using Msg = BuiltinMessages::Id;

namespace {

int languageOrDefault(const Questionnaire &q, int language)
{
    return language >= 0 && language < q.languages.size() ? language : q.defaultLanguage;
}

} // namespace

Validator::Validator(const Questionnaire &questionnaire, int language)
    : m_q(questionnaire), m_language(languageOrDefault(questionnaire, language)),
      m_messages(questionnaire.languages.value(m_language)), m_layout(questionnaire),
      m_context(m_layout, 0, -1, m_clock, m_language)
{
    for (const Item &item : questionnaire.items) {
        if (item.type != QuestionType::Repeat && !isInputType(item.type))
            continue;
        auto expression = [](const expr::Expression &e) { return e.isNull() ? nullptr : &e; };
        const ChoiceList *list = questionnaire.choiceList(item);
        const bool plainChoice = item.type == QuestionType::SelectOne && list && item.constraint.isNull()
                                 && item.warning.isNull() && item.choiceFilter.isNull();
        m_checks.push_back(Check{item.id, item.repeat, item.type, item.required.always, !item.required.isSet(), item.orOther,
                                 plainChoice, expression(item.required.condition), expression(item.constraint),
                                 expression(item.warning), expression(item.choiceFilter), list});
    }
    // Every item is evaluated after the answers its relevance reads are final (evaluation order), so a relevance
    // that reads only answers gives the same outcome at every top-level item that has it.
    auto sharable = [](const Item &item) { return item.repeat < 0 && item.relevant.readsOnlyAnswers(); };
    QHash<QString, int> relevanceUses;
    for (const Item &item : questionnaire.items) {
        if (sharable(item))
            ++relevanceUses[item.relevant.source()];
    }
    QHash<QString, int> sharedIndex;
    for (auto it = relevanceUses.cbegin(); it != relevanceUses.cend(); ++it) {
        if (it.value() > 1)
            sharedIndex.insert(it.key(), m_sharedCount++);
    }
    for (int id : questionnaire.evaluationOrder) {
        const Item &item = questionnaire.item(id);
        // A question left blank that need not be answered reads the same whether it applies or not, and nothing
        // is reported about it either way: its relevance need not be worked out (one that cannot be is reported
        // where it matters, at a question answered or required). Groups and repeats pass theirs on to their items;
        // calculations write their value.
        const bool blankIsMoot = (isInputType(item.type) || item.type == QuestionType::Note)
                                 && item.calculation.isNull() && !item.required.isSet();
        const int shared = sharable(item) ? sharedIndex.value(item.relevant.source(), -1) : -1;
        m_steps.push_back(Step{id, item.repeat, item.relevant.isNull() ? nullptr : &item.relevant,
                               item.calculation.isNull() ? nullptr : &item.calculation, blankIsMoot, shared});
    }
}

std::vector<ValidationIssue> Validator::validate(Interview &interview)
{
    std::vector<ValidationIssue> issues;
    validate(interview, issues);
    return issues;
}

int Validator::validate(Interview &interview, std::vector<ValidationIssue> &issues)
{
    // today() and now() mean when the interview was taken, as on the device that took it; judging a stored
    // interview by the day it is re-validated would turn old interviews wrong as time passes.
    const QDateTime &when = m_fixedNow.isValid()         ? m_fixedNow
                            : interview.created.isValid() ? interview.created
                                                          : QDateTime::currentDateTime();
    if (when != m_clock.at)
        m_clock = InterviewClock(when);
    m_errors = 0;
    m_sharedRelevance.assign(static_cast<size_t>(m_sharedCount), kUnknown);
    m_layout.reset(interview);
    m_context.refresh();
    evaluate(issues);
    check(issues);
    return m_errors;
}

inline void Validator::evaluateStep(const Step &step, int s, std::vector<ValidationIssue> &issues)
{
    bool relevant = m_layout.parentRelevant(s, step.item);
    if (relevant && step.relevant && !(step.blankIsMoot && m_layout.value(s, step.item).isEmpty())) {
        bool failed = false;
        signed char *outcome = step.shared >= 0 ? &m_sharedRelevance[static_cast<size_t>(step.shared)] : nullptr;
        if (outcome && *outcome != kUnknown) {
            relevant = *outcome == kTrue;
            failed = *outcome == kFailed;
        } else {
            relevant = step.relevant->evaluateBoolean(context(s, step.item), &failed);
            if (outcome)
                *outcome = failed ? kFailed : relevant ? kTrue : kFalse;
        }
        if (failed)
            addEvaluationError(issues, s, step.item, *step.relevant);
    }
    if (!relevant)
        m_layout.setRelevant(s, step.item, false); // the layout starts with everything relevant
    if (!step.calculation)
        return;
    QString &value = m_layout.value(s, step.item);
    if (!relevant) {
        value = QString();
        return;
    }
    bool failed = false;
    // Stored interviews already hold their calculated values: the string they have is kept when it is the same.
    step.calculation->evaluateInto(value, context(s, step.item), &failed);
    if (failed)
        addEvaluationError(issues, s, step.item, *step.calculation);
}

void Validator::evaluate(std::vector<ValidationIssue> &issues)
{
    // Most items have neither a relevance nor a calculation of their own: they only take their parent's relevance,
    // which is worth doing here rather than in a call.
    auto visit = [&](const Step &step, int s) {
        if (step.relevant || step.calculation)
            evaluateStep(step, s, issues);
        else if (!m_layout.parentRelevant(s, step.item))
            m_layout.setRelevant(s, step.item, false);
    };
    for (const Step &step : m_steps) {
        if (step.repeat < 0) {
            visit(step, 0);
            continue;
        }
        for (int s : m_layout.instances(step.repeat))
            visit(step, s);
    }
}

inline void Validator::checkScope(int s, const Check &c, std::vector<ValidationIssue> &issues)
{
    if (c.type == QuestionType::Repeat) {
        checkRepeatCount(s, m_q.item(c.item), issues);
        return;
    }
    const QString &value = m_layout.value(s, c.item);
    if (value.isEmpty()) {
        // A blank answer that need not be given has nothing to check, whether or not its question applies.
        if (c.optional)
            return;
    } else if (c.plainChoice && m_layout.relevant(s, c.item) && c.list->indexOf(trimmedText(value)) >= 0) {
        return; // the commonest answer of all, a listed choice with nothing else to check
    }
    checkAnswer(s, c, issues);
}

void Validator::check(std::vector<ValidationIssue> &issues)
{
    for (const Check &c : m_checks) {
        if (c.repeat < 0) {
            checkScope(0, c, issues);
            continue;
        }
        for (int s : m_layout.instances(c.repeat))
            checkScope(s, c, issues);
    }
}

void Validator::checkAnswer(int s, const Check &c, std::vector<ValidationIssue> &issues)
{
    const QString &stored = m_layout.value(s, c.item);
    if (!m_layout.relevant(s, c.item)) {
        if (!stored.isEmpty())
            add(issues, s, c.item, Severity::Notice, Kind::Irrelevant, m_messages.text(Msg::Irrelevant, stored));
        return;
    }
    const QStringView value(stored);
    if (value.isEmpty()) {
        bool required = c.requiredAlways;
        if (!required && c.requiredCondition)
            required = c.requiredCondition->evaluateBoolean(context(s, c.item));
        if (required) {
            const QString own = ownMessage(m_q.item(c.item).requiredMessage);
            add(issues, s, c.item, Severity::Error, Kind::Required, own.isEmpty() ? m_messages.text(Msg::Required) : own);
        }
        return;
    }

    bool wellFormed = true;
    switch (c.type) {
    case QuestionType::Integer:
    case QuestionType::Decimal:
    case QuestionType::Range:
    case QuestionType::Date:
    case QuestionType::DateTime:
    case QuestionType::Time:
    case QuestionType::Geopoint:
        wellFormed = checkFormat(s, c, value, issues);
        break;
    case QuestionType::SelectOne:
        wellFormed = checkChoice(s, c, trimmedText(value), issues);
        break;
    case QuestionType::SelectMultiple:
        wellFormed = checkChoices(s, c, value, issues);
        break;
    default:
        break;
    }
    if (!wellFormed)
        return; // a constraint over a malformed answer would only repeat the same problem

    if (c.constraint) {
        bool failed = false;
        const bool holds =
            c.constraint->evaluateBoolean(context(s, c.item), &failed);
        if (!holds) {
            const QString own = ownMessage(m_q.item(c.item).constraintMessage);
            add(issues, s, c.item, Severity::Error, Kind::Constraint,
                own.isEmpty() ? m_messages.text(Msg::Constraint) : own);
            return; // an answer already refused needs no "unusual value" note on top
        }
    }
    if (c.warning) {
        bool failed = false;
        const bool holds = c.warning->evaluateBoolean(context(s, c.item), &failed);
        if (!holds) {
            const QString own = ownMessage(m_q.item(c.item).warningMessage);
            add(issues, s, c.item, Severity::Warning, Kind::Warning, own.isEmpty() ? m_messages.text(Msg::Warning) : own);
        }
    }
}

bool Validator::checkFormat(int s, const Check &c, QStringView value, std::vector<ValidationIssue> &issues)
{
    struct Format
    {
        QuestionType type;
        bool (*wellFormed)(QStringView);
        Msg message;
    };
    static constexpr std::array kFormats{
        Format{QuestionType::Integer, answerformat::isInteger, Msg::NotInteger},
        Format{QuestionType::Decimal, answerformat::isDecimal, Msg::NotDecimal},
        Format{QuestionType::Range, answerformat::isDecimal, Msg::NotDecimal},
        Format{QuestionType::Date, answerformat::isDate, Msg::NotDate},
        Format{QuestionType::DateTime, answerformat::isDateTime, Msg::NotDateTime},
        Format{QuestionType::Time, answerformat::isTime, Msg::NotTime},
        Format{QuestionType::Geopoint, answerformat::isGeopoint, Msg::NotGeopoint},
    };
    for (const Format &format : kFormats) {
        if (format.type != c.type)
            continue;
        if (format.wellFormed(value))
            return true;
        add(issues, s, c.item, Severity::Error, Kind::Type, m_messages.text(format.message, value.toString()));
        return false;
    }
    return true;
}

bool Validator::checkChoices(int s, const Check &c, QStringView answer, std::vector<ValidationIssue> &issues)
{
    bool wellFormed = true;
    qsizetype offset = 0;
    std::uint64_t seen = 0; // the first 64 choices of the list met so far, by index
    forEachSelected(answer, [&](QStringView choice) {
        const QStringView before = answer.left(offset);
        offset += choice.size() + 1;
        if (choice.isEmpty())
            return false;
        // A listed choice with no filter to pass needs nothing more than the lookup.
        const int index = c.list && !c.choiceFilter ? c.list->indexOf(choice) : -1;
        wellFormed = (index >= 0 || checkChoice(s, c, choice, issues)) && wellFormed;
        bool twice;
        if (index >= 0 && index < 64) {
            const std::uint64_t bit = std::uint64_t(1) << index;
            twice = (seen & bit) != 0;
            seen |= bit;
        } else {
            twice = !before.isEmpty()
                    && forEachSelected(before, [choice](QStringView earlier) { return sameText(earlier, choice); });
        }
        if (twice)
            add(issues, s, c.item, Severity::Error, Kind::Type, m_messages.text(Msg::ChoiceTwice, choice.toString()));
        return false;
    });
    return wellFormed;
}

bool Validator::checkChoice(int s, const Check &c, QStringView choice, std::vector<ValidationIssue> &issues)
{
    const ChoiceList *list = c.list;
    if (!list)
        return true; // an external list we could not read: nothing to check against
    const int index = list->indexOf(choice);
    if (index < 0) {
        if (c.orOther && choice == u"other")
            return true;
        add(issues, s, c.item, Severity::Error, Kind::NotInList, m_messages.text(Msg::NotInList, choice.toString(), list->name));
        return false;
    }
    if (c.choiceFilter) {
        m_context.moveTo(s, c.item);
        m_context.setChoice(&list->choices[static_cast<size_t>(index)]);
        const bool kept = c.choiceFilter->evaluateBoolean(m_context);
        m_context.setChoice(nullptr);
        if (!kept) {
            add(issues, s, c.item, Severity::Error, Kind::NotInFilter, m_messages.text(Msg::NotInFilter, choice.toString()));
            return false;
        }
    }
    return true;
}

void Validator::checkRepeatCount(int s, const Item &item, std::vector<ValidationIssue> &issues)
{
    const int actual = m_layout.childInstances(s, item.id).second;
    if (!m_layout.relevant(s, item.id)) {
        if (actual > 0)
            add(issues, s, item.id, Severity::Notice, Kind::Irrelevant,
                m_messages.text(Msg::Irrelevant, QString::number(actual)));
        return;
    }
    if (item.repeatCount.isNull())
        return;
    bool failed = false;
    const double expected = item.repeatCount.evaluateNumber(context(s, item.id), &failed);
    // A count that cannot be computed (its inputs are unanswered) says nothing about the instances.
    if (failed || std::isnan(expected))
        return;
    const int wanted = std::max(0, static_cast<int>(expected));
    if (wanted != actual) {
        add(issues, s, item.id, Severity::Error, Kind::RepeatCount,
            m_messages.text(Msg::RepeatCount, QString::number(actual), QString::number(wanted)));
    }
}

void Validator::addEvaluationError(std::vector<ValidationIssue> &issues, int s, int item, const expr::Expression &e)
{
    add(issues, s, item, Severity::Error, Kind::EvaluationError, m_messages.text(Msg::EvaluationError, e.source()));
}

QString Validator::ownMessage(const LocalizedText &text) const
{
    return text.text(m_language, m_q.defaultLanguage);
}

void Validator::add(std::vector<ValidationIssue> &issues, int s, int item, Severity severity, Kind kind,
                    const QString &message)
{
    ValidationIssue issue;
    issue.item = item;
    issue.path = m_layout.pathOf(s, item, &issue.instance);
    issue.severity = severity;
    issue.kind = kind;
    issue.message = message;
    if (severity == Severity::Error)
        ++m_errors;
    issues.push_back(std::move(issue));
}

} // namespace flowdesk
