#include "profileaggregator.h"

#include "cellsuppression.h"
#include "questionnaire/questionnaire.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <map>
#include <numeric>

namespace flowdesk {

namespace {

constexpr int kMaxRows = 15;     // longer lists (countries) show their most frequent categories
constexpr int kMaxPoints = 7;    // the timeline's points; the rest together
constexpr std::uint16_t kNoCode = 0xffff;

bool isAgeName(const QString &name)
{
    return name == u"age" || name.endsWith(u"_age") || name.startsWith(u"age_");
}

std::uint16_t codeOf(const ProfileData::Column *column, const Questionnaire &q, const QString &name)
{
    if (!column || name.isEmpty())
        return kNoCode;
    const ChoiceList *list = q.choiceList(q.item(column->item));
    const int index = list ? list->indexOf(name) : -1;
    if (index >= 0)
        return std::uint16_t(index + 1);
    const int extra = column->extra.indexOf(name);
    return extra >= 0 ? std::uint16_t(column->listSize + extra + 1) : kNoCode;
}

// Bins of a "nice" width (1, 2, 5 x 10^k) covering [lo, hi] in at most ten.
std::vector<double> niceBins(double lo, double hi)
{
    if (!(hi > lo))
        return {std::floor(lo), std::floor(lo) + 1};
    const double raw = (hi - lo) / 10.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double width = magnitude;
    for (double f : {1.0, 2.0, 5.0, 10.0}) {
        width = f * magnitude;
        if (width >= raw)
            break;
    }
    width = std::max(width, 1.0);
    std::vector<double> edges;
    for (double e = std::floor(lo / width) * width; e <= hi; e += width)
        edges.push_back(e);
    edges.push_back(edges.back() + width);
    return edges;
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

ProfileAggregator::ProfileAggregator(const ProfileData &data, const ProfileDefinition &definition, int language)
    : m_data(data), m_def(definition), m_q(data.questionnaire()), m_language(language)
{
}

int ProfileAggregator::itemOf(const QString &name) const
{
    return name.isEmpty() ? -1 : m_q.itemByName(name);
}

QString ProfileAggregator::label(int item) const
{
    if (item < 0)
        return {};
    const QString text = m_q.item(item).label.text(m_language, m_q.defaultLanguage);
    return text.isEmpty() ? m_q.item(item).name : text;
}

QString ProfileAggregator::choiceLabel(int item, int choice) const
{
    const ChoiceList *list = m_q.choiceList(m_q.item(item));
    if (list && choice < int(list->choices.size())) {
        const Choice &c = list->choices[size_t(choice)];
        const QString text = c.label.text(m_language, m_q.defaultLanguage);
        return text.isEmpty() ? c.name : text;
    }
    const ProfileData::Column *column = m_data.column(item);
    const int extra = choice - (list ? int(list->choices.size()) : 0);
    return column && extra >= 0 && extra < column->extra.size() ? column->extra[extra] : QString();
}

// The repeat's own question matching a main-form dimension: the companion's sex (same choice list) or age.
static int repeatDimension(const Questionnaire &q, int repeat, int mainItem, bool age)
{
    if (repeat < 0 || mainItem < 0)
        return -1;
    const Item &main = q.item(mainItem);
    for (int child : q.item(repeat).children) {
        const Item &it = q.item(child);
        if (age && (it.type == QuestionType::Integer || it.type == QuestionType::Decimal) && isAgeName(it.name))
            return child;
        if (!age && it.type == QuestionType::SelectOne && it.list == main.list)
            return child;
    }
    return -1;
}

std::vector<int> ProfileAggregator::itemsNeeded(const Questionnaire &q, const ProfileDefinition &d)
{
    std::vector<int> items;
    auto add = [&](int item) {
        if (item >= 0 && ProfileData::storable(q, item) && std::find(items.begin(), items.end(), item) == items.end())
            items.push_back(item);
    };
    for (const QString *name : {&d.dateField, &d.pointField, &d.nationalityField, &d.sexField, &d.ageField})
        add(name->isEmpty() ? -1 : q.itemByName(*name));
    const int sex = d.sexField.isEmpty() ? -1 : q.itemByName(d.sexField);
    const int age = d.ageField.isEmpty() ? -1 : q.itemByName(d.ageField);
    for (const ChartSpec &chart : d.charts) {
        const int item = chart.question.isEmpty() ? -1 : q.itemByName(chart.question);
        add(item);
        if (item >= 0) {
            const int repeat = q.item(item).repeat;
            add(repeatDimension(q, repeat, sex, false));
            add(repeatDimension(q, repeat, age, true));
        }
        if (!chart.split.isEmpty() && chart.split != u"sex" && chart.split != u"age_group")
            add(q.itemByName(chart.split));
        if (chart.kind == ChartKind::Children) {
            for (const char *name : {"unaccompanied_minor", "member_age", "uasc_in_group", "uasc_unaccompanied",
                                     "uasc_separated"})
                add(q.itemByName(QString::fromLatin1(name)));
        }
    }
    // The one split control may split any chart by sex or age group: the companions' too.
    for (const Item &it : q.items) {
        if (it.type == QuestionType::Repeat) {
            bool charted = false;
            for (const ChartSpec &chart : d.charts) {
                const int item = chart.question.isEmpty() ? -1 : q.itemByName(chart.question);
                charted = charted || (item >= 0 && q.item(item).repeat == it.id);
            }
            if (charted) {
                add(repeatDimension(q, it.id, sex, false));
                add(repeatDimension(q, it.id, age, true));
            }
        }
    }
    return items;
}

std::vector<std::uint8_t> ProfileAggregator::select(const ProfileFilter &filter) const
{
    const size_t rows = m_data.rows();
    std::vector<std::uint8_t> selected(rows, 0);
    const auto &status = m_data.statuses();
    std::uint32_t statusMask = 0;
    for (int s = 0; s <= int(InterviewStatus::Exported); ++s) {
        if (filter.includes(InterviewStatus(s)))
            statusMask |= 1u << (s + 1);
    }
    for (size_t r = 0; r < rows; ++r)
        selected[r] = (statusMask >> status[r]) & 1u;

    const ProfileData::Column *date = m_data.column(itemOf(m_def.dateField));
    if (date && (filter.from.isValid() || filter.to.isValid())) {
        const std::int32_t from = filter.from.isValid() ? std::int32_t(filter.from.toJulianDay()) : 1;
        const std::int32_t to = filter.to.isValid() ? std::int32_t(filter.to.toJulianDay()) : INT32_MAX;
        for (size_t r = 0; r < rows; ++r)
            selected[r] &= std::uint8_t(date->days[r] >= from && date->days[r] <= to);
    }
    auto byChoice = [&](const QString &field, const QString &name) {
        if (name.isEmpty())
            return;
        const ProfileData::Column *column = m_data.column(itemOf(field));
        const std::uint16_t code = codeOf(column, m_q, name);
        for (size_t r = 0; r < rows; ++r)
            selected[r] &= std::uint8_t(column && column->codes[r] == code);
    };
    byChoice(m_def.pointField, filter.point);
    byChoice(m_def.nationalityField, filter.nationality);
    byChoice(m_def.sexField, filter.sex);
    if (filter.ageGroup != ProfileFilter::kAnyAge) {
        const ProfileData::Column *age = m_data.column(itemOf(m_def.ageField));
        for (size_t r = 0; r < rows; ++r) {
            const float a = age ? age->numbers[r] : std::nanf("");
            const int years = std::isnan(a) ? -1 : int(a);
            const bool in = filter.ageGroup == ProfileFilter::kChildren ? AgeGroups::isChild(years)
                                                                       : m_def.ageGroups.groupOf(years) == filter.ageGroup;
            selected[r] &= std::uint8_t(in);
        }
    }
    return selected;
}

ProfileAggregator::Split ProfileAggregator::resolveSplit(const QString &split, int repeat) const
{
    Split s;
    if (split.isEmpty())
        return s;
    int item = -1;
    if (split == u"sex" || split == u"age_group") {
        const bool age = split == u"age_group";
        const int main = itemOf(age ? m_def.ageField : m_def.sexField);
        item = repeatDimension(m_q, repeat, main, age);
        if (item < 0)
            item = main;
        s.ages = age;
    } else {
        item = itemOf(split);
    }
    s.column = m_data.column(item);
    if (!s.column)
        return Split{};
    s.viaParent = repeat >= 0 && s.column->repeat < 0;
    if (s.column->repeat >= 0 && s.column->repeat != repeat)
        return Split{}; // a question of another repeat cannot split this one
    if (s.ages) {
        s.labels = m_def.ageGroups.labels();
    } else if (s.column->kind == ProfileData::Kind::Choice) {
        for (int c = 0; c < s.column->listSize + int(s.column->extra.size()); ++c)
            s.labels << choiceLabel(item, c);
    } else {
        return Split{};
    }
    return s;
}

int ProfileAggregator::groupOf(const Split &split, size_t unit, size_t parentRow) const
{
    const size_t at = split.viaParent ? parentRow : unit;
    if (split.ages) {
        const float a = split.column->numbers[at];
        return std::isnan(a) ? -1 : m_def.ageGroups.groupOf(int(a));
    }
    return int(split.column->codes[at]) - 1;
}

ChartTable ProfileAggregator::chart(const ChartSpec &spec, const std::vector<std::uint8_t> &selected,
                                    SplitChoice choice) const
{
    if (spec.kind == ChartKind::Children)
        return children(selected);
    if (spec.kind == ChartKind::Timeline)
        return timeline(selected);
    ChartTable t;
    t.spec = spec;
    const int item = itemOf(spec.question);
    const ProfileData::Column *column = m_data.column(item);
    t.title = spec.title.isEmpty() ? label(item) : spec.title;
    if (!column) {
        t.note = QStringLiteral("Question '%1' cannot be charted.").arg(spec.question);
        t.columns << QStringLiteral("Total");
        t.bases = {0};
        return t;
    }
    const ProfileData::Repeat *rep = column->repeat >= 0 ? m_data.repeat(column->repeat) : nullptr;
    t.unit = rep ? QStringLiteral("people") : QStringLiteral("interviews");
    QString splitName = spec.split;
    if (choice == SplitChoice::None)
        splitName.clear();
    else if (choice == SplitChoice::Sex)
        splitName = QStringLiteral("sex");
    else if (choice == SplitChoice::AgeGroup)
        splitName = QStringLiteral("age_group");
    t.spec.split = splitName;
    const Split split = resolveSplit(splitName, column->repeat);
    const int groups = int(split.labels.size());
    const int columns = groups + 2; // groups, not stated, total
    const size_t units = rep ? rep->parent.size() : m_data.rows();

    // Categories and how a unit's value maps to them.
    int categories = 0;
    bool ages = false;
    std::vector<double> edges;
    QStringList categoryLabels;
    switch (column->kind) {
    case ProfileData::Kind::Choice:
        categories = column->listSize + int(column->extra.size());
        for (int c = 0; c < categories; ++c)
            categoryLabels << choiceLabel(item, c);
        break;
    case ProfileData::Kind::Choices:
        categories = column->listSize;
        for (int c = 0; c < categories; ++c)
            categoryLabels << choiceLabel(item, c);
        t.multiple = true;
        t.note = QStringLiteral("Several answers possible: percentages add up to more than 100%.");
        break;
    case ProfileData::Kind::Number:
    case ProfileData::Kind::Date: {
        ages = isAgeName(m_q.item(item).name) && column->kind == ProfileData::Kind::Number;
        if (ages) {
            categoryLabels = m_def.ageGroups.labels();
        } else {
            double lo = INFINITY, hi = -INFINITY;
            for (size_t u = 0; u < units; ++u) {
                const size_t p = rep ? rep->parent[u] : u;
                if (p == ProfileData::kDead || !selected[p])
                    continue;
                const double v = column->kind == ProfileData::Kind::Number ? double(column->numbers[u])
                                                                            : double(column->days[u]);
                if (!std::isnan(v) && (column->kind == ProfileData::Kind::Number || v > 0)) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
            }
            if (lo <= hi) {
                edges = niceBins(lo, hi);
                for (size_t e = 0; e + 1 < edges.size(); ++e)
                    categoryLabels << QStringLiteral("%1 to <%2").arg(number(edges[e]), number(edges[e + 1]));
            }
        }
        categories = int(categoryLabels.size());
        break;
    }
    }
    std::vector<qint64> counts(size_t(categories) * size_t(columns), 0);
    std::vector<qint64> bases(size_t(columns), 0);
    auto categoryOf = [&](size_t u) -> int {
        if (column->kind == ProfileData::Kind::Choice)
            return int(column->codes[u]) - 1;
        const double v = column->kind == ProfileData::Kind::Number ? double(column->numbers[u]) : double(column->days[u]);
        if (std::isnan(v) || (column->kind == ProfileData::Kind::Date && v == 0))
            return -1;
        if (ages)
            return m_def.ageGroups.groupOf(int(v));
        const auto it = std::upper_bound(edges.begin(), edges.end(), v);
        const int bin = int(it - edges.begin()) - 1;
        return bin >= 0 && bin < categories ? bin : -1;
    };
    for (size_t u = 0; u < units; ++u) {
        const size_t p = rep ? rep->parent[u] : u;
        if (p == ProfileData::kDead || !selected[p])
            continue;
        int group = split.column ? groupOf(split, u, p) : -1;
        if (group < 0 || group >= groups)
            group = groups; // not stated
        if (column->kind == ProfileData::Kind::Choices) {
            const std::uint64_t *words = ProfileData::maskOf(*column, u);
            bool any = false;
            for (int w = 0; w < column->maskWords; ++w) {
                for (std::uint64_t mask = words[w]; mask; mask &= mask - 1) {
                    const int c = w * 64 + std::countr_zero(mask);
                    any = true;
                    if (c < categories) {
                        ++counts[size_t(c * columns + group)];
                        ++counts[size_t(c * columns + columns - 1)];
                    }
                }
            }
            if (any) {
                ++bases[size_t(group)];
                ++bases[size_t(columns - 1)];
            }
            continue;
        }
        const int c = categoryOf(u);
        if (c < 0 || c >= categories)
            continue;
        ++bases[size_t(group)];
        ++bases[size_t(columns - 1)];
        ++counts[size_t(c * columns + group)];
        ++counts[size_t(c * columns + columns - 1)];
    }

    // Which columns to keep: the groups, "Not stated" only when someone is in it, the total.
    std::vector<int> keepColumns;
    for (int g = 0; g < groups; ++g)
        keepColumns.push_back(g);
    if (split.column && bases[size_t(groups)] > 0)
        keepColumns.push_back(groups);
    keepColumns.push_back(columns - 1);
    // Which rows: all of a short list in its order; of a long one the non-empty, most frequent first.
    std::vector<int> keepRows(static_cast<size_t>(categories));
    std::iota(keepRows.begin(), keepRows.end(), 0);
    const bool longList = categories > 12 && !ages && edges.empty();
    if (longList) {
        std::erase_if(keepRows, [&](int r) { return counts[size_t(r * columns + columns - 1)] == 0; });
        std::stable_sort(keepRows.begin(), keepRows.end(), [&](int a, int b) {
            return counts[size_t(a * columns + columns - 1)] > counts[size_t(b * columns + columns - 1)];
        });
    }
    qint64 otherTotal = 0;
    std::vector<qint64> other(size_t(columns), 0);
    if (int(keepRows.size()) > kMaxRows) {
        for (size_t i = kMaxRows - 1; i < keepRows.size(); ++i) {
            for (int c = 0; c < columns; ++c)
                other[size_t(c)] += counts[size_t(keepRows[i] * columns + c)];
        }
        otherTotal = other[size_t(columns - 1)];
        keepRows.resize(kMaxRows - 1);
    }
    for (int c : keepColumns) {
        t.columns << (c < groups ? split.labels[c] : c == groups ? QStringLiteral("Not stated") : QStringLiteral("Total"));
        t.bases.push_back(bases[size_t(c)]);
    }
    for (int r : keepRows) {
        t.rows << categoryLabels[r];
        for (int c : keepColumns)
            t.counts.push_back(counts[size_t(r * columns + c)]);
    }
    if (otherTotal > 0) {
        // Folding the rest is a sum of people only for a single answer; several answers would count people twice.
        if (t.multiple) {
            t.note += QStringLiteral(" The %1 most frequent answers are shown.").arg(kMaxRows - 1);
        } else {
            t.rows << QStringLiteral("All others");
            for (int c : keepColumns)
                t.counts.push_back(other[size_t(c)]);
        }
    }
    t.n = bases[size_t(columns - 1)];
    return t;
}

ChartTable ProfileAggregator::children(const std::vector<std::uint8_t> &selected) const
{
    ChartTable t;
    t.spec.kind = ChartKind::Children;
    t.title = QStringLiteral("Children on the move");
    t.unit = QStringLiteral("people");
    t.columns << QStringLiteral("Total");
    const ProfileData::Column *age = m_data.column(itemOf(m_def.ageField));
    const ProfileData::Column *alone = m_data.column(itemOf(QStringLiteral("unaccompanied_minor")));
    const ProfileData::Column *memberAge = m_data.column(itemOf(QStringLiteral("member_age")));
    const ProfileData::Column *inGroup = m_data.column(itemOf(QStringLiteral("uasc_in_group")));
    const ProfileData::Column *unaccompanied = m_data.column(itemOf(QStringLiteral("uasc_unaccompanied")));
    const ProfileData::Column *separated = m_data.column(itemOf(QStringLiteral("uasc_separated")));
    qint64 respondents = 0, childRespondents = 0, aloneChildren = 0, companions = 0, childCompanions = 0, under5 = 0,
           withoutCarer = 0, unaccompaniedCount = 0, separatedCount = 0;
    auto value = [](const ProfileData::Column *c, size_t r) {
        const float v = c ? c->numbers[r] : std::nanf("");
        return std::isnan(v) || v < 0 ? 0 : qint64(v);
    };
    for (size_t r = 0; r < m_data.rows(); ++r) {
        if (!selected[r])
            continue;
        ++respondents;
        if (age && !std::isnan(age->numbers[r]) && AgeGroups::isChild(int(age->numbers[r]))) {
            ++childRespondents;
            aloneChildren += value(alone, r) > 0 ? 1 : 0;
        }
        const qint64 in = value(inGroup, r);
        const qint64 un = std::min(value(unaccompanied, r), in);
        withoutCarer += in;
        unaccompaniedCount += un;
        separatedCount += separated ? value(separated, r) : in - un;
    }
    if (memberAge) {
        const ProfileData::Repeat *rep = m_data.repeat(memberAge->repeat);
        for (size_t u = 0; rep && u < rep->parent.size(); ++u) {
            const std::uint32_t p = rep->parent[u];
            if (p == ProfileData::kDead || !selected[p])
                continue;
            ++companions;
            const float a = memberAge->numbers[u];
            if (!std::isnan(a) && AgeGroups::isChild(int(a))) {
                ++childCompanions;
                under5 += a < 5 ? 1 : 0;
            }
        }
    }
    struct Row
    {
        QString label;
        qint64 count;
        int baseRow;
    };
    std::vector<Row> rows{{QStringLiteral("Respondents"), respondents, ChartTable::kNoPercent},
                          {QStringLiteral("Respondents under 18"), childRespondents, 0}};
    if (alone)
        rows.push_back({QStringLiteral("Unaccompanied child respondents"), aloneChildren, 1});
    int childrenRow = ChartTable::kNoPercent;
    if (memberAge) {
        const int people = int(rows.size());
        childrenRow = people + 1;
        rows.push_back({QStringLiteral("People travelling with the respondents"), companions, ChartTable::kNoPercent});
        rows.push_back({QStringLiteral("Children (0-17) among them"), childCompanions, people});
        rows.push_back({QStringLiteral("Children under 5 among them"), under5, people + 1});
    }
    if (inGroup) {
        const int without = int(rows.size());
        rows.push_back({QStringLiteral("Children without parents or usual caregiver"), withoutCarer, childrenRow});
        rows.push_back({QStringLiteral("of whom unaccompanied"), unaccompaniedCount, without});
        rows.push_back({QStringLiteral("of whom separated"), separatedCount, without});
        // unaccompanied + separated = without: one hidden, the other must be too.
        t.equations.push_back({size_t(without), size_t(without + 1), size_t(without + 2)});
    }
    for (const Row &row : rows) {
        t.rows << row.label;
        t.counts.push_back(row.count);
        t.rowBaseRow.push_back(row.baseRow);
    }
    t.bases = {respondents};
    t.n = respondents;
    t.note = QStringLiteral("Percentages of the line above they refer to; respondents are aged 14 and over.");
    return t;
}

ChartTable ProfileAggregator::timeline(const std::vector<std::uint8_t> &selected) const
{
    ChartTable t;
    t.spec.kind = ChartKind::Timeline;
    const int pointItem = itemOf(m_def.pointField);
    const ProfileData::Column *point = m_data.column(pointItem);
    const ProfileData::Column *date = m_data.column(itemOf(m_def.dateField));
    t.title = QStringLiteral("Interviews per month by %1").arg(label(pointItem).toLower());
    t.unit = QStringLiteral("interviews");
    t.percentages = false;
    if (!point || !date) {
        t.columns << QStringLiteral("Total");
        t.bases = {0};
        return t;
    }
    const int points = point->listSize + int(point->extra.size()) + 1;
    std::map<int, std::vector<qint64>> months; // yyyy*12+m -> per point
    std::vector<qint64> perPoint(size_t(points), 0);
    for (size_t r = 0; r < m_data.rows(); ++r) {
        if (!selected[r] || date->days[r] == 0)
            continue;
        const QDate d = QDate::fromJulianDay(date->days[r]);
        auto &row = months[d.year() * 12 + d.month() - 1];
        row.resize(size_t(points), 0);
        const int p = point->codes[r]; // 0: not stated
        ++row[size_t(p)];
        ++perPoint[size_t(p)];
    }
    std::vector<int> order;
    for (int p = 1; p < points; ++p) {
        if (perPoint[size_t(p)] > 0)
            order.push_back(p);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return perPoint[size_t(a)] > perPoint[size_t(b)]; });
    const bool others = int(order.size()) > kMaxPoints;
    if (others)
        order.resize(kMaxPoints);
    for (int p : order)
        t.columns << choiceLabel(pointItem, p - 1);
    if (others)
        t.columns << QStringLiteral("Other points");
    t.columns << QStringLiteral("Total");
    const int columns = int(t.columns.size());
    t.bases.assign(size_t(columns), 0);
    for (const auto &[month, row] : months) {
        t.rows << QDate(month / 12, month % 12 + 1, 1).toString(QStringLiteral("yyyy-MM"));
        qint64 total = 0, shown = 0;
        for (qint64 v : row)
            total += v;
        for (size_t i = 0; i < order.size(); ++i) {
            t.counts.push_back(row[size_t(order[i])]);
            shown += row[size_t(order[i])];
            t.bases[i] += row[size_t(order[i])];
        }
        if (others) {
            t.counts.push_back(total - shown);
            t.bases[size_t(columns - 2)] += total - shown;
        }
        t.counts.push_back(total);
        t.bases[size_t(columns - 1)] += total;
    }
    t.n = t.bases.back();
    return t;
}

ProfileResult ProfileAggregator::compute(const ProfileFilter &filter, SplitChoice split, int threshold) const
{
    ProfileResult result;
    const std::vector<std::uint8_t> selected = select(filter);
    result.interviews = std::accumulate(selected.begin(), selected.end(), qint64(0));
    if (const ProfileData::Column *date = m_data.column(itemOf(m_def.dateField))) {
        std::int32_t lo = INT32_MAX, hi = 0;
        for (size_t r = 0; r < selected.size(); ++r) {
            if (selected[r] && date->days[r] > 0) {
                lo = std::min(lo, date->days[r]);
                hi = std::max(hi, date->days[r]);
            }
        }
        if (hi > 0) {
            result.firstDay = QDate::fromJulianDay(lo);
            result.lastDay = QDate::fromJulianDay(hi);
        }
    }
    result.filterText = filter.describe(m_q, m_def, m_language);
    result.threshold = threshold;
    for (const ChartSpec &spec : m_def.charts) {
        ChartTable table = chart(spec, selected, split);
        if (threshold > 0)
            CellSuppression::protect(table, threshold);
        result.tables.push_back(std::move(table));
    }
    return result;
}

} // namespace flowdesk
