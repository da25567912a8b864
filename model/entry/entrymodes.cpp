#include "entrymodes.h"

#include "questionnaire/questionnaire.h"
#include "workflow/officepolicy.h"

#include <QRegularExpression>

#include <limits>

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

int widthFromConstraint(const QString &constraint)
{
    // Only a conjunction of bounds tells a width: with "or" the value may be anywhere.
    static const QRegularExpression either(QStringLiteral("\\bor\\b"));
    if (constraint.isEmpty() || either.match(constraint).hasMatch())
        return 0;
    // "." as the current value, not a path step ("./x", "../x") nor a decimal point.
    static const QRegularExpression upper(QStringLiteral("(?<![\\w./])\\.\\s*(<=|<)\\s*(\\d{1,18})(?![\\d.])"));
    static const QRegularExpression upperReversed(QStringLiteral("(?<![\\d.])(\\d{1,18})\\s*(>=|>)\\s*\\.(?![\\w./])"));
    static const QRegularExpression negative(QStringLiteral("(?<![\\w./])\\.\\s*(>=|>)\\s*-|-\\s*\\d+\\s*(<=|<)\\s*\\.(?![\\w./])"));
    if (negative.match(constraint).hasMatch())
        return 0;
    qint64 bound = std::numeric_limits<qint64>::max();
    bool found = false;
    auto take = [&](const QRegularExpression &re, int opGroup, int numberGroup) {
        for (const QRegularExpressionMatch &m : re.globalMatch(constraint)) {
            bool ok = false;
            qint64 n = m.captured(numberGroup).toLongLong(&ok);
            if (!ok)
                continue;
            if (m.captured(opGroup).size() == 1) // strict: "< 100" allows 99
                n -= 1;
            if (n >= 0) {
                bound = std::min(bound, n);
                found = true;
            }
        }
    };
    take(upper, 1, 2);
    take(upperReversed, 2, 1);
    return found ? std::min(digitsOf(bound), kMaxWidth) : 0;
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
