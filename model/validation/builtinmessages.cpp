#include "builtinmessages.h"

#include "questionnaire/languagename.h"
#include "validationissue.h"

#include <array>

namespace flowdesk {

namespace {

struct Texts
{
    BuiltinMessages::Id id;
    const char16_t *en;
    const char16_t *fr;
    const char16_t *ar;
};

constexpr std::array kTexts{
    Texts{BuiltinMessages::Id::Required, u"This question requires an answer.", u"Cette question exige une réponse.",
          u"هذا السؤال يتطلب إجابة."},
    Texts{BuiltinMessages::Id::NotInteger, u"'%1' is not a whole number.", u"« %1 » n'est pas un nombre entier.",
          u"'%1' ليس عددًا صحيحًا."},
    Texts{BuiltinMessages::Id::NotDecimal, u"'%1' is not a number.", u"« %1 » n'est pas un nombre.",
          u"'%1' ليس رقمًا."},
    Texts{BuiltinMessages::Id::NotDate, u"'%1' is not a valid date (YYYY-MM-DD).",
          u"« %1 » n'est pas une date valide (AAAA-MM-JJ).", u"'%1' ليس تاريخًا صالحًا (YYYY-MM-DD)."},
    Texts{BuiltinMessages::Id::NotDateTime, u"'%1' is not a valid date and time.",
          u"« %1 » n'est pas une date et heure valides.", u"'%1' ليس تاريخًا ووقتًا صالحين."},
    Texts{BuiltinMessages::Id::NotTime, u"'%1' is not a valid time.", u"« %1 » n'est pas une heure valide.",
          u"'%1' ليس وقتًا صالحًا."},
    Texts{BuiltinMessages::Id::NotGeopoint, u"'%1' is not a valid location (latitude longitude).",
          u"« %1 » n'est pas une position valide (latitude longitude).", u"'%1' ليس موقعًا صالحًا (خط العرض خط الطول)."},
    Texts{BuiltinMessages::Id::NotInList, u"'%1' is not a choice of list '%2'.",
          u"« %1 » ne fait pas partie de la liste « %2 ».", u"'%1' ليس من خيارات القائمة '%2'."},
    Texts{BuiltinMessages::Id::NotInFilter, u"'%1' is not a valid choice given the earlier answers.",
          u"« %1 » n'est pas un choix valide compte tenu des réponses précédentes.",
          u"'%1' ليس خيارًا صالحًا بالنظر إلى الإجابات السابقة."},
    Texts{BuiltinMessages::Id::ChoiceTwice, u"'%1' is selected twice.", u"« %1 » est sélectionné deux fois.",
          u"تم اختيار '%1' مرتين."},
    Texts{BuiltinMessages::Id::Constraint, u"Value not allowed.", u"Valeur non autorisée.", u"القيمة غير مسموح بها."},
    Texts{BuiltinMessages::Id::Warning, u"Unusual value: please check.", u"Valeur inhabituelle : à vérifier.",
          u"قيمة غير معتادة: يرجى التحقق."},
    Texts{BuiltinMessages::Id::Irrelevant, u"Answer '%1' is ignored: the question does not apply.",
          u"La réponse « %1 » est ignorée : la question ne s'applique pas.",
          u"تم تجاهل الإجابة '%1': السؤال لا ينطبق."},
    Texts{BuiltinMessages::Id::RepeatCount, u"%1 entries recorded where %2 are expected.",
          u"%1 entrées saisies alors que %2 sont attendues.", u"تم تسجيل %1 إدخالات بينما المتوقع %2."},
    Texts{BuiltinMessages::Id::EvaluationError, u"The check '%1' could not be evaluated.",
          u"Le contrôle « %1 » n'a pas pu être évalué.", u"تعذر تقييم التحقق '%1'."},
};

static_assert(kTexts.size() == BuiltinMessages::kIdCount, "a text for every message");

} // namespace

BuiltinMessages::BuiltinMessages(const QString &language)
{
    const QString code = languageCode(language);
    const int column = code == u"fr" ? 1 : code == u"ar" ? 2 : 0;
    // Made once: validation gives a message for about one interview in every one or two.
    for (const Texts &t : kTexts) {
        Template &slot = m_templates[static_cast<size_t>(t.id)];
        slot.text = QString::fromUtf16(column == 1 ? t.fr : column == 2 ? t.ar : t.en);
        slot.arguments = slot.text.contains(u"%2") ? 2 : slot.text.contains(u"%1") ? 1 : 0;
    }
}

QString BuiltinMessages::text(Id id, const QString &a1, const QString &a2) const
{
    const Template &t = m_templates[static_cast<size_t>(id)];
    switch (t.arguments) {
    case 2: return t.text.arg(a1, a2);
    case 1: return t.text.arg(a1);
    default: return t.text;
    }
}

QString severityName(ValidationIssue::Severity severity)
{
    switch (severity) {
    case ValidationIssue::Severity::Error: return QStringLiteral("error");
    case ValidationIssue::Severity::Warning: return QStringLiteral("warning");
    case ValidationIssue::Severity::Notice: return QStringLiteral("notice");
    }
    return QString();
}

} // namespace flowdesk
