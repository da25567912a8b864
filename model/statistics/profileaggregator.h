#pragma once

#include "charttable.h"
#include "profiledata.h"
#include "profiledefinition.h"
#include "profilefilter.h"

#include <vector>

namespace flowdesk {

// A whole profile's numbers for one filter.
struct ProfileResult
{
    qint64 interviews = 0; // interviews the filter selects
    QDate firstDay, lastDay; // interview dates covered
    QString filterText;
    int threshold = 0;       // 0: not suppressed (a supervisor's on-screen view)
    std::vector<ChartTable> tables;
};

// Counts the charts of a profile from the column store: one pass over the selected rows per chart, labels in the
// chosen language. Safe to run on a worker thread while nothing changes `data`.
class ProfileAggregator
{
public:
    ProfileAggregator(const ProfileData &data, const ProfileDefinition &definition, int language);

    // `threshold` 0 leaves small cells visible: only for a supervisor's screen (CellSuppression::mayShowSmallCells).
    ProfileResult compute(const ProfileFilter &filter, SplitChoice split, int threshold) const;
    // Which interview rows a filter selects (1 = in).
    std::vector<std::uint8_t> select(const ProfileFilter &filter) const;
    ChartTable chart(const ChartSpec &spec, const std::vector<std::uint8_t> &selected, SplitChoice split) const;

    // The items a definition's charts and filters read (what ProfileData::load needs).
    static std::vector<int> itemsNeeded(const Questionnaire &questionnaire, const ProfileDefinition &definition);

private:
    struct Split
    {
        const ProfileData::Column *column = nullptr;
        bool viaParent = false; // a main-form column split a repeat's rows
        bool ages = false;      // numbers grouped into the age groups
        QStringList labels;
    };
    Split resolveSplit(const QString &split, int repeat) const;
    int groupOf(const Split &split, std::size_t unit, std::size_t parentRow) const;
    ChartTable children(const std::vector<std::uint8_t> &selected) const;
    ChartTable timeline(const std::vector<std::uint8_t> &selected) const;
    QString label(int item) const;
    QString choiceLabel(int item, int choice) const;
    int itemOf(const QString &name) const;

    const ProfileData &m_data;
    const ProfileDefinition &m_def;
    const Questionnaire &m_q;
    int m_language = 0;
};

} // namespace flowdesk
