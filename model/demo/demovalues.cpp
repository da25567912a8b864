#include "demovalues.h"

#include <array>

namespace flowdesk::demovalues {

namespace {

constexpr std::array kGivenNames{u"Amadou", u"Fanta", u"Ousmane", u"Awa", u"Yusuf", u"Halima", u"Idrissa",
                                 u"Zeinabou", u"Chukwuemeka", u"Blessing", u"Mamadou", u"Salamatou",
                                 u"Abdou", u"Rahinatou", u"Souleymane", u"Nafissa"};
constexpr std::array kFamilyNames{u"Diallo", u"Ouédraogo", u"Abdoulaye", u"Okafor", u"Mahamane", u"Sanogo",
                                  u"Bello", u"Issoufou", u"Camara", u"Adamu", u"Hassane", u"Kaboré"};
constexpr std::array kWords{u"market trader", u"relatives in town", u"mechanic", u"bus station",
                            u"lost documents", u"mobile money", u"cousin's house", u"gold mine site"};

bool has(const QString &name, const char *part)
{
    return name.contains(QLatin1String(part), Qt::CaseInsensitive);
}

template<size_t N>
QString pick(const std::array<const char16_t *, N> &list, DemoRandom &random)
{
    return QString::fromUtf16(list[static_cast<size_t>(random.below(static_cast<int>(N)))]);
}

int age(bool member, DemoRandom &random)
{
    if (member) // travel companions: many children
        return random.chance(0.45) ? random.between(0, 17) : random.between(18, 60);
    const double r = random.unit();
    if (r < 0.08)
        return random.between(14, 17);
    if (r < 0.80)
        return random.between(18, 35);
    if (r < 0.97)
        return random.between(36, 55);
    return random.between(56, 75);
}

} // namespace

QString value(const Item &item, bool inRepeat, const QDateTime &start, DemoRandom &random)
{
    const QString &name = item.name;
    switch (item.type) {
    case QuestionType::Integer:
        if (has(name, "age"))
            return QString::number(age(inRepeat, random));
        if (has(name, "size") || has(name, "household"))
            return QString::number(random.chance(0.5) ? random.between(2, 4) : random.between(2, 9));
        if (has(name, "month") || has(name, "week") || has(name, "day") || has(name, "duration"))
            return QString::number(random.between(0, 18));
        if (has(name, "year"))
            return QString::number(random.between(0, 10));
        return QString::number(random.chance(0.6) ? random.between(0, 2) : random.between(0, 8));
    case QuestionType::Decimal:
    case QuestionType::Range:
        if (has(name, "cost") || has(name, "amount") || has(name, "price") || has(name, "paid"))
            return QString::number(random.between(2, 120) * 25);
        return QString::number(random.between(0, 1000) / 10.0);
    case QuestionType::Text:
        if (has(name, "phone") || has(name, "tel"))
            return QStringLiteral("0%1%2").arg(random.between(70, 99)).arg(random.between(1000000, 9999999));
        if (has(name, "name"))
            return pick(kGivenNames, random) + u' ' + pick(kFamilyNames, random);
        if (has(name, "id") && item.pii)
            return QStringLiteral("ID%1").arg(random.between(100000, 999999));
        return pick(kWords, random);
    case QuestionType::Date:
        if (has(name, "birth") || has(name, "dob"))
            return start.date().addDays(-random.between(16 * 365, 50 * 365)).toString(Qt::ISODate);
        if (has(name, "survey") || has(name, "interview"))
            return start.date().toString(Qt::ISODate);
        return start.date().addDays(-random.between(2, 240)).toString(Qt::ISODate);
    case QuestionType::DateTime:
        return start.addSecs(-60 * random.between(0, 600)).toString(Qt::ISODateWithMs);
    case QuestionType::Time:
        return QTime(random.between(5, 21), random.below(60)).toString(QStringLiteral("HH:mm:ss.zzz"));
    case QuestionType::Geopoint:
        return QStringLiteral("%1 %2 %3 %4")
            .arg(16.9 + random.below(1000) / 1000.0, 0, 'f', 5)
            .arg(7.9 + random.below(1000) / 1000.0, 0, 'f', 5)
            .arg(random.between(400, 520))
            .arg(random.between(3, 15));
    case QuestionType::Acknowledge:
        return QStringLiteral("OK");
    default:
        return QString();
    }
}

QString metadata(const QString &kind, const QDateTime &start, const QString &enumerator, const QString &office)
{
    if (kind == u"start")
        return start.toString(Qt::ISODateWithMs);
    if (kind == u"end")
        return start.addSecs(60 * 18).toString(Qt::ISODateWithMs);
    if (kind == u"today")
        return start.date().toString(Qt::ISODate);
    if (kind == u"deviceid")
        return QStringLiteral("flowdesk:%1").arg(office.toLower());
    if (kind == u"username" || kind == u"email")
        return enumerator;
    return QString();
}

double yesShare(const QString &question)
{
    if (has(question, "consent"))
        return 0.96;
    if (has(question, "before") || has(question, "previous"))
        return 0.06;
    if (question.startsWith(u"ind_") || has(question, "forced") || has(question, "held") || has(question, "unpaid") ||
        has(question, "organ") || has(question, "offer"))
        return 0.12;
    return 0.35;
}

bool isRareChoice(const QString &choice)
{
    return has(choice, "other") || has(choice, "refuse") || has(choice, "dont_know") || has(choice, "prefer_not") ||
           choice == u"dk";
}

} // namespace flowdesk::demovalues
