#pragma once

#include <QString>

#include <vector>

namespace flowdesk {

// Where one answer lives in an interview: a questionnaire item and, inside repeats, the 1-based instance numbers of
// its enclosing repeats, outermost first (the same numbering ValidationIssue::instance uses). For a repeat
// instance itself, `item` is the repeat and `instance` ends with the instance's number.
struct FieldRef
{
    int item = -1;
    std::vector<int> instance;

    bool isNull() const { return item < 0; }
    bool operator==(const FieldRef &other) const = default;
    // "12" or "12@2.1": a compact key for hashing and for storing a position.
    QString key() const;
    static FieldRef fromKey(QStringView key);
    // The instance numbers as answers store them: '' at the top level, else "2" or "2.1".
    QString instanceText() const;
    static std::vector<int> instanceFromText(QStringView text);
};

} // namespace flowdesk
