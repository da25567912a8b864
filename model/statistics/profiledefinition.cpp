#include "profiledefinition.h"

#include "accounts/permissions.h"
#include "accounts/session.h"
#include "questionnaire/questionnaire.h"
#include "store/database.h"
#include "store/profilestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace flowdesk {

namespace {

struct KindName
{
    ChartKind kind;
    const char *name;
};
constexpr KindName kKinds[] = {{ChartKind::Bar, "bar"},           {ChartKind::StackedBar, "stacked"},
                               {ChartKind::Pie, "pie"},           {ChartKind::Histogram, "histogram"},
                               {ChartKind::Timeline, "timeline"}, {ChartKind::Children, "children"}};

QString firstOf(const Questionnaire &q, std::initializer_list<const char *> names, QuestionType type)
{
    for (const char *name : names) {
        const int item = q.itemByName(QString::fromLatin1(name));
        if (item >= 0 && q.item(item).repeat < 0)
            return QLatin1String(name);
    }
    for (const Item &item : q.items) {
        if (item.type == type && item.repeat < 0)
            return item.name;
    }
    return {};
}

} // namespace

QString chartKindName(ChartKind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

std::optional<ChartKind> chartKindFromName(const QString &name)
{
    for (const KindName &k : kKinds) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

bool ProfileDefinition::chartable(const Questionnaire &questionnaire, int item)
{
    if (item < 0 || item >= int(questionnaire.items.size()))
        return false;
    switch (questionnaire.item(item).type) {
    case QuestionType::SelectOne:
    case QuestionType::SelectMultiple:
    case QuestionType::Integer:
    case QuestionType::Decimal:
        return true;
    default:
        return false;
    }
}

QString ProfileDefinition::toJson() const
{
    QJsonArray charts;
    for (const ChartSpec &chart : this->charts) {
        QJsonObject o{{QStringLiteral("kind"), chartKindName(chart.kind)}};
        if (!chart.question.isEmpty())
            o[QStringLiteral("question")] = chart.question;
        if (!chart.split.isEmpty())
            o[QStringLiteral("split")] = chart.split;
        if (!chart.title.isEmpty())
            o[QStringLiteral("title")] = chart.title;
        charts.append(o);
    }
    QJsonArray bounds;
    for (int b : ageGroups.bounds())
        bounds.append(b);
    const QJsonObject root{{QStringLiteral("date"), dateField},
                           {QStringLiteral("point"), pointField},
                           {QStringLiteral("nationality"), nationalityField},
                           {QStringLiteral("sex"), sexField},
                           {QStringLiteral("age"), ageField},
                           {QStringLiteral("age_groups"), bounds},
                           {QStringLiteral("charts"), charts}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

std::optional<ProfileDefinition> ProfileDefinition::fromJson(const QString &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("The profile definition is not valid JSON: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    ProfileDefinition d;
    d.dateField = root.value(QStringLiteral("date")).toString();
    d.pointField = root.value(QStringLiteral("point")).toString();
    d.nationalityField = root.value(QStringLiteral("nationality")).toString();
    d.sexField = root.value(QStringLiteral("sex")).toString();
    d.ageField = root.value(QStringLiteral("age")).toString();
    std::vector<int> bounds;
    for (const QJsonValue &b : root.value(QStringLiteral("age_groups")).toArray())
        bounds.push_back(b.toInt());
    if (!bounds.empty() && !d.ageGroups.setBounds(bounds, error))
        return std::nullopt;
    for (const QJsonValue &value : root.value(QStringLiteral("charts")).toArray()) {
        const QJsonObject o = value.toObject();
        const auto kind = chartKindFromName(o.value(QStringLiteral("kind")).toString());
        if (!kind) {
            if (error)
                *error = QStringLiteral("Unknown chart kind '%1' in the profile definition.")
                             .arg(o.value(QStringLiteral("kind")).toString());
            return std::nullopt;
        }
        d.charts.push_back({o.value(QStringLiteral("question")).toString(), *kind,
                            o.value(QStringLiteral("split")).toString(), o.value(QStringLiteral("title")).toString()});
    }
    return d;
}

ProfileDefinition ProfileDefinition::defaultFor(const Questionnaire &q)
{
    ProfileDefinition d;
    d.dateField = firstOf(q, {"survey_date"}, QuestionType::Date);
    d.pointField = firstOf(q, {"fmp", "flow_monitoring_point"}, QuestionType::SelectOne);
    d.nationalityField = firstOf(q, {"nationality"}, QuestionType::Unsupported);
    d.sexField = firstOf(q, {"sex", "respondent_sex"}, QuestionType::Unsupported);
    d.ageField = firstOf(q, {"age", "respondent_age"}, QuestionType::Unsupported);
    auto add = [&](const char *question, ChartKind kind, const char *split = "") {
        if (q.itemByName(QString::fromLatin1(question)) >= 0)
            d.charts.push_back({QLatin1String(question), kind, QLatin1String(split), {}});
    };
    if (!d.ageField.isEmpty())
        d.charts.push_back({d.ageField, ChartKind::Histogram, d.sexField.isEmpty() ? QString() : QStringLiteral("sex"),
                            {}});
    if (q.itemByName(u"uasc_in_group") >= 0 || q.itemByName(u"member_age") >= 0)
        d.charts.push_back({{}, ChartKind::Children, {}, {}});
    if (!d.nationalityField.isEmpty())
        d.charts.push_back({d.nationalityField, ChartKind::Bar, QStringLiteral("sex"), {}});
    add("reasons", ChartKind::Bar, "sex");
    add("final_destination_country", ChartKind::Bar);
    add("education_level", ChartKind::StackedBar, "sex");
    add("employment_status", ChartKind::StackedBar, "sex");
    add("travelling_with", ChartKind::Pie);
    add("member_age", ChartKind::Histogram, "sex");
    add("member_relationship", ChartKind::Bar);
    add("member_specific_needs", ChartKind::Bar);
    add("top_needs", ChartKind::Bar, "age_group");
    add("journey_incidents", ChartKind::Bar, "sex");
    if (!d.pointField.isEmpty() && !d.dateField.isEmpty())
        d.charts.push_back({d.pointField, ChartKind::Timeline, {}, {}});
    if (d.charts.size() < 3) {
        for (const Item &item : q.items) {
            if ((item.type == QuestionType::SelectOne || item.type == QuestionType::SelectMultiple) &&
                d.charts.size() < 8)
                d.charts.push_back({item.name, ChartKind::Bar, {}, {}});
        }
    }
    return d;
}

ProfileDefinition ProfileDefinition::load(Database &database, qint64 questionnaireId, const Questionnaire &q)
{
    const auto json = ProfileStore(database.connectionName()).definition(questionnaireId, nullptr);
    if (json) {
        if (auto stored = fromJson(*json, nullptr))
            return *stored;
    }
    return defaultFor(q);
}

bool ProfileDefinition::save(Database &database, const Session &session, qint64 questionnaireId,
                             QString *error) const
{
    if (!permits(session, Action::ViewReports, error))
        return false;
    return ProfileStore(database.connectionName()).save(questionnaireId, toJson(), session.name(), error);
}

} // namespace flowdesk
