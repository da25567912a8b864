#include "entrymodes.h"

#include "questionnaire/constraintbounds.h"
#include "questionnaire/questionnaire.h"
#include "workflow/officepolicy.h"

#include <QRegularExpression>

#include <algorithm>

namespace flowdesk {

namespace {

// Widths beyond this are no paper form's boxes (and would not fit a qint64 bound anyway).
constexpr int kMaxWidth = 18;

int digitsOf(qint64 n)
{
    return int(QString::number(n).size());
}

int widthFromAppearance(const QString &appearance)
{
    static const QRegularExpression digits(QStringLiteral("(?:^|\\s)digits-(\\d{1,2})(?:\\s|$)"));
    const QRegularExpressionMatch m = digits.match(appearance);
    const int width = m.hasMatch() ? m.captured(1).toInt() : 0;
    return width >= 1 && width <= kMaxWidth ? width : 0;
}

// The box holds the largest value the constraint allows; none without an upper bound or when negative values are
// allowed (a minus sign is not a digit box).
int widthFromConstraint(const QString &constraint)
{
    const ConstraintBounds bounds = constraintBounds(constraint, true);
    bool ok = false;
    const qint64 upper = bounds.maximum.toLongLong(&ok);
    if (!ok || upper < 0)
        return 0;
    const qint64 lower = bounds.minimum.isEmpty() ? 0 : bounds.minimum.toLongLong(&ok);
    if (!ok || lower < 0)
        return 0;
    return std::min(digitsOf(upper), kMaxWidth);
}

} // namespace

EntryMode defaultEntryMode(const Questionnaire &questionnaire, const OfficePolicy &policy)
{
    if (policy.entryMode == u"paper")
        return EntryMode::Paper;
    if (policy.entryMode == u"guided")
        return EntryMode::Guided;
    return questionnaire.entryMode == u"paper" ? EntryMode::Paper : EntryMode::Guided;
}

int keyingWidth(const Item &item)
{
    if (item.type != QuestionType::Integer && item.type != QuestionType::Text)
        return 0;
    if (const int width = widthFromAppearance(item.appearance); width > 0)
        return width;
    return item.type == QuestionType::Integer ? widthFromConstraint(item.constraint.source()) : 0;
}

} // namespace flowdesk
