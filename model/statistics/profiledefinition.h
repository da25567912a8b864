#pragma once

#include "agegroups.h"

#include <QString>

#include <optional>
#include <vector>

namespace flowdesk {

class Database;
class Questionnaire;
class Session;

enum class ChartKind {
    Bar,        // horizontal bars, one per category (grouped by the split when there is one)
    StackedBar, // one bar per category, stacked by the split
    Pie,
    Histogram,  // integer/decimal in bins (age questions in the age groups)
    Timeline,   // interviews per month by flow monitoring point
    Children,   // key figures: children, unaccompanied and separated children
};
QString chartKindName(ChartKind kind); // "bar", "stacked", "pie", "histogram", "timeline", "children"
std::optional<ChartKind> chartKindFromName(const QString &name);

// One chart of a profile. `split` is "" (none), "sex", "age_group" or the name of any select_one question.
struct ChartSpec
{
    QString question; // item name (empty for Timeline and Children)
    ChartKind kind = ChartKind::Bar;
    QString split;
    QString title; // empty: the question's label
    bool operator==(const ChartSpec &) const = default;
};

// Which charts a questionnaire's profile shows and which of its questions are the dimensions every profile filters
// and splits by. Saved per questionnaire (migration 7) so an office's profile opens the same every time.
struct ProfileDefinition
{
    // Dimension questions, by name (empty when the questionnaire has none).
    QString dateField, pointField, nationalityField, sexField, ageField;
    AgeGroups ageGroups;
    std::vector<ChartSpec> charts;

    QString toJson() const;
    static std::optional<ProfileDefinition> fromJson(const QString &json, QString *error);
    // The dimensions found by name and type, and for the bundled questionnaire the charts of DTM's published
    // profiles; for another questionnaire a bar chart of each of its first select questions.
    static ProfileDefinition defaultFor(const Questionnaire &questionnaire);
    // The stored definition of a questionnaire, or defaultFor() when none is stored (or it is unreadable).
    static ProfileDefinition load(Database &database, qint64 questionnaireId, const Questionnaire &questionnaire);
    // Saves for everyone who opens the profile: accounts that may view reports.
    bool save(Database &database, const Session &session, qint64 questionnaireId, QString *error) const;
    // Whether `question` can be charted (select_one, select_multiple, integer, decimal; calculates holding numbers).
    static bool chartable(const Questionnaire &questionnaire, int item);
};

} // namespace flowdesk
