#pragma once

#include "demorandom.h"
#include "questionnaire/questionnaire.h"

#include <QDateTime>

namespace flowdesk::demovalues {

// A plausible answer for a non-select question, shaped by its type and what its name suggests (ages, sizes,
// costs, names, phones, dates). Constraints are the generator's business: it retries until they hold.
QString value(const Item &item, bool inRepeat, const QDateTime &interviewStart, DemoRandom &random);
// What the device would have recorded for a metadata question (start, end, today, deviceid, username...).
QString metadata(const QString &kind, const QDateTime &start, const QString &enumerator, const QString &office);
// How often question `question` is answered "yes" where its choices are yes/no (consent mostly yes, "asked
// before" and exploitation indicators mostly no).
double yesShare(const QString &question);
// Choices people rarely pick: other, refuse, don't know, prefer not to say.
bool isRareChoice(const QString &choice);

} // namespace flowdesk::demovalues
