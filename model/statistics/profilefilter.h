#pragma once

#include "interview/interview.h"

#include <QDate>
#include <QString>

namespace flowdesk {

class Questionnaire;
struct ProfileDefinition;

// Which interviews a profile covers. Filters select interviews (respondents); charts of a repeat count the
// people of the selected interviews.
struct ProfileFilter
{
    static constexpr int kAnyAge = -1;
    static constexpr int kChildren = -2; // 0-17, whatever the age groups

    QDate from, to; // interview date range, inclusive; invalid = open
    unsigned statuses = 1u << int(InterviewStatus::Approved); // bit per InterviewStatus
    QString point, nationality, sex; // choice names; empty = all
    int ageGroup = kAnyAge;          // index in the definition's age groups, or kChildren

    bool includes(InterviewStatus status) const { return statuses & (1u << int(status)); }
    // "Approved interviews · 2026-01-01 to 2026-06-30 · Agadez bus station · female · 0-17", labels in `language`.
    QString describe(const Questionnaire &questionnaire, const ProfileDefinition &definition, int language) const;
};

// The one split control of the profile screen: each chart's own split, or one for all.
enum class SplitChoice { AsDefined, None, Sex, AgeGroup };

} // namespace flowdesk
