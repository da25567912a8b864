#include "demogenerator.h"

#include "demovalues.h"
#include "validation/scopecontext.h"

#include <algorithm>
#include <array>

namespace flowdesk {

namespace {

constexpr std::array kEnumerators{u"Aminata Diallo", u"Moussa Keita", u"Fatoumata Traoré", u"Ibrahim Sow",
                                  u"Mariam Coulibaly", u"Oumar Cissé", u"Hawa Sangaré", u"Abdoulaye Ba",
                                  u"Kadiatou Barry", u"Seydou Touré", u"Aïssata Konaté", u"Boubacar Maïga"};
constexpr std::array kOffices{u"Agadez", u"Niamey", u"Gao", u"Bamako"};

struct StatusShare
{
    InterviewStatus status;
    double share;
    double errorRate; // share of interviews in that status with a keying error left in
};
constexpr std::array kStatuses{
    StatusShare{InterviewStatus::Draft, 0.10, 0.10},    StatusShare{InterviewStatus::Completed, 0.40, 0.05},
    StatusShare{InterviewStatus::Approved, 0.35, 0.0},  StatusShare{InterviewStatus::Rejected, 0.05, 0.60},
    StatusShare{InterviewStatus::Exported, 0.10, 0.0},
};

QUuid randomUuid(DemoRandom &random)
{
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 a = random.next(), b = random.next();
    for (int i = 0; i < 8; ++i) {
        bytes[i] = static_cast<char>(a >> (8 * i));
        bytes[8 + i] = static_cast<char>(b >> (8 * i));
    }
    bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes);
}

} // namespace

DemoGenerator::DemoGenerator(const Questionnaire &questionnaire, quint64 seed)
    : m_q(questionnaire), m_random(seed), m_layout(questionnaire), m_last(2026, 11, 1)
{
    // Weights depend only on names: work them out once, not per proposal.
    for (const Item &item : questionnaire.items)
        m_yesShare.push_back(demovalues::yesShare(item.name));
    for (const ChoiceList &list : questionnaire.lists) {
        std::vector<char> rare;
        for (const Choice &choice : list.choices)
            rare.push_back(demovalues::isRareChoice(choice.name) ? 1 : 0);
        m_rare.push_back(std::move(rare));
    }
}

QStringList DemoGenerator::enumeratorNames()
{
    QStringList names;
    for (const char16_t *name : kEnumerators)
        names << QString::fromUtf16(name);
    return names;
}

void DemoGenerator::setPeriod(const QDate &last, int days)
{
    m_last = last;
    m_days = std::max(1, days);
}

Interview DemoGenerator::next()
{
    Interview interview;
    interview.uuid = randomUuid(m_random);
    interview.questionnaireId = m_questionnaireId;
    const int enumerator = m_random.below(static_cast<int>(kEnumerators.size()));
    m_enumerator = QString::fromUtf16(kEnumerators[static_cast<size_t>(enumerator)]);
    m_office = QString::fromUtf16(kOffices[static_cast<size_t>(enumerator) % kOffices.size()]);
    interview.enumerator = m_enumerator;
    interview.office = m_office;
    const QDate day = m_last.addDays(-m_random.below(m_days));
    m_started = QDateTime(day, QTime(m_random.between(7, 18), m_random.below(60), m_random.below(60)));
    interview.created = m_started;
    m_clock = InterviewClock(m_started);

    double pick = m_random.unit();
    const StatusShare *status = &kStatuses.back();
    for (const StatusShare &s : kStatuses) {
        if (pick < s.share) {
            status = &s;
            break;
        }
        pick -= s.share;
    }
    interview.status = status->status;
    const bool reviewed = status->status != InterviewStatus::Draft && status->status != InterviewStatus::Completed;
    interview.modified = m_started.addSecs(60 * m_random.between(8, 35) + (reviewed ? 86400 * m_random.between(1, 9) : 0));

    m_layout.reset(interview);
    fillScope(0, m_q.topLevel, interview);

    if (m_random.chance(status->errorRate))
        injectError(interview);
    if (status->status == InterviewStatus::Draft && m_random.chance(0.6))
        leaveUnfinished(interview);
    return interview;
}

void DemoGenerator::fillScope(int scope, const std::vector<int> &items, Interview &interview)
{
    for (int id : items)
        fillItem(scope, m_q.item(id), interview);
}

bool DemoGenerator::relevantHere(int scope, const Item &item)
{
    if (!m_layout.parentRelevant(scope, item.id))
        return false;
    return item.relevant.isNull() || holds(scope, item, item.relevant);
}

void DemoGenerator::fillItem(int scope, const Item &item, Interview &interview)
{
    const bool relevant = relevantHere(scope, item);
    m_layout.setRelevant(scope, item.id, relevant);
    if (!relevant)
        return;
    switch (item.type) {
    case QuestionType::Group:
        fillScope(scope, item.children, interview);
        return;
    case QuestionType::Repeat:
        fillRepeat(scope, item, interview);
        return;
    case QuestionType::Metadata:
        m_layout.value(scope, item.id) = demovalues::metadata(item.metadataKind, m_started, m_enumerator, m_office);
        return;
    default:
        break;
    }
    if (!item.calculation.isNull()) {
        m_layout.value(scope, item.id) =
            item.calculation.evaluateString(ScopeContext(m_layout, scope, item.id, m_clock, m_q.defaultLanguage));
        return;
    }
    if (isInputType(item.type))
        answer(scope, item);
}

void DemoGenerator::fillRepeat(int scope, const Item &item, Interview &interview)
{
    int count = m_random.between(0, 3);
    if (!item.repeatCount.isNull()) {
        const double n = item.repeatCount.evaluateNumber(
            ScopeContext(m_layout, scope, item.id, m_clock, m_q.defaultLanguage));
        count = std::isnan(n) ? 0 : std::clamp(static_cast<int>(n), 0, 50);
    }
    if (count == 0)
        return;
    AnswerScope *parent = m_layout.scope(scope).answers;
    RepeatAnswers &repeat = parent->repeat(item.id);
    repeat.instances.resize(static_cast<size_t>(count));
    // New instances move scopes around: lay the interview out again. What was irrelevant so far holds no answer,
    // so forgetting those flags changes nothing an expression can see.
    m_layout.reset(interview);
    const int parentScope = findScope(parent);
    const auto [first, n] = m_layout.childInstances(parentScope, item.id);
    for (int i = 0; i < n; ++i)
        fillScope(first + i, item.children, interview);
}

int DemoGenerator::findScope(const AnswerScope *answers) const
{
    for (int s = 0; s < m_layout.scopeCount(); ++s) {
        if (m_layout.scope(s).answers == answers)
            return s;
    }
    return 0;
}

bool DemoGenerator::holds(int scope, const Item &item, const expr::Expression &check)
{
    return check.evaluateBoolean(ScopeContext(m_layout, scope, item.id, m_clock, m_q.defaultLanguage));
}

void DemoGenerator::answer(int scope, const Item &item)
{
    QString &value = m_layout.value(scope, item.id);
    // Optional questions are sometimes skipped, as people do.
    if (!item.required.always && item.required.condition.isNull() && m_random.chance(0.04)) {
        value.clear();
        return;
    }
    QString allowed; // the last proposal that met the constraint, should no proposal meet the soft check too
    for (int attempt = 0; attempt < 16; ++attempt) {
        value = proposeValue(scope, item);
        if (!item.constraint.isNull() && !value.isEmpty() && !holds(scope, item, item.constraint))
            continue;
        allowed = value;
        // Soft checks mostly hold; now and then an unusual value stays, as in real data.
        if (!item.warning.isNull() && !value.isEmpty() && !holds(scope, item, item.warning) && !m_random.chance(0.02))
            continue;
        return;
    }
    if (!allowed.isNull() || !item.required.always)
        value = allowed;
}

QString DemoGenerator::proposeValue(int scope, const Item &item)
{
    switch (item.type) {
    case QuestionType::SelectOne:
        return proposeChoice(scope, item, false);
    case QuestionType::SelectMultiple:
        return proposeChoice(scope, item, true);
    default:
        return demovalues::value(item, m_layout.scope(scope).repeatItem >= 0, m_started, m_random);
    }
}

QString DemoGenerator::proposeChoice(int scope, const Item &item, bool multiple)
{
    const ChoiceList *list = m_q.choiceList(item);
    if (!list || list->choices.empty())
        return QString();
    std::vector<int> allowed;
    std::vector<double> weights;
    ScopeContext context(m_layout, scope, item.id, m_clock, m_q.defaultLanguage);
    for (size_t i = 0; i < list->choices.size(); ++i) {
        const Choice &choice = list->choices[i];
        if (!item.choiceFilter.isNull()) {
            context.setChoice(&choice);
            if (!item.choiceFilter.evaluateBoolean(context))
                continue;
        }
        allowed.push_back(static_cast<int>(i));
        // Earlier choices are the common ones in most lists (the form author's order).
        double weight = 1.0 / (1.0 + 0.35 * static_cast<double>(allowed.size() - 1));
        if (choice.name == u"yes")
            weight = m_yesShare[static_cast<size_t>(item.id)];
        else if (choice.name == u"no")
            weight = 1.0 - m_yesShare[static_cast<size_t>(item.id)];
        else if (m_rare[static_cast<size_t>(item.list)][i])
            weight = 0.04;
        weights.push_back(weight);
    }
    if (allowed.empty())
        return QString();
    const int picks = multiple ? std::min<int>(static_cast<int>(allowed.size()), 1 + m_random.below(3)) : 1;
    QStringList chosen;
    for (int p = 0; p < picks; ++p) {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = m_random.unit() * total;
        size_t k = 0;
        while (k + 1 < weights.size() && r >= weights[k]) {
            r -= weights[k];
            ++k;
        }
        chosen << list->choices[static_cast<size_t>(allowed[k])].name;
        weights[k] = 0; // without replacement
        if (total - weights[k] <= 0)
            break;
    }
    return chosen.join(u' ');
}

std::vector<int> DemoGenerator::answeredTopLevelQuestions(const Interview &interview) const
{
    std::vector<int> answered;
    for (const Item &item : m_q.items) {
        if (item.repeat < 0 && isInputType(item.type) && !interview.answers.value(item.id).isEmpty())
            answered.push_back(item.id);
    }
    return answered;
}

void DemoGenerator::injectError(Interview &interview)
{
    // The kind of slips heads-down keying makes: a wrong number, a date in the future, a skipped answer.
    const std::vector<int> candidates = answeredTopLevelQuestions(interview);
    if (candidates.empty())
        return;
    const Item &item = m_q.item(candidates[static_cast<size_t>(m_random.below(static_cast<int>(candidates.size())))]);
    QString &value = interview.answers.slot(item.id);
    switch (item.type) {
    case QuestionType::Integer:
        value = QString::number(m_random.chance(0.5) ? 999 : -1);
        break;
    case QuestionType::Decimal:
        value = QStringLiteral("-10");
        break;
    case QuestionType::Date:
        value = m_started.date().addDays(m_random.between(30, 400)).toString(Qt::ISODate);
        break;
    case QuestionType::SelectOne:
        value = m_random.chance(0.5) ? QString() : QStringLiteral("99");
        break;
    default:
        value.clear();
        break;
    }
}

void DemoGenerator::leaveUnfinished(Interview &interview)
{
    // Drafts stop part-way: everything after a point in the form is still blank.
    const std::vector<int> answered = answeredTopLevelQuestions(interview);
    if (answered.size() < 4)
        return;
    const size_t cut = static_cast<size_t>(m_random.between(static_cast<int>(answered.size()) / 3,
                                                            static_cast<int>(answered.size()) - 1));
    for (size_t i = cut; i < answered.size(); ++i)
        interview.answers.slot(answered[i]).clear();
    interview.answers.repeats.clear();
}

} // namespace flowdesk
