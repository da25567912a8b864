#pragma once

#include <QString>

namespace flowdesk {

// The messages validation gives when the questionnaire has none of its own, in the questionnaire's languages
// where we have them (English, French, Arabic), English otherwise.
class BuiltinMessages
{
public:
    enum class Id {
        Required,
        NotInteger,
        NotDecimal,
        NotDate,
        NotDateTime,
        NotTime,
        NotGeopoint,
        NotInList,
        NotInFilter,
        ChoiceTwice,
        Constraint,
        Warning,
        Irrelevant,
        RepeatCount,
        EvaluationError,
    };

    // `language` is a questionnaire language name ("French (fr)", "Arabic", "default").
    explicit BuiltinMessages(const QString &language);
    // The message with %1, %2 filled by the arguments given.
    QString text(Id id, const QString &a1 = QString(), const QString &a2 = QString()) const;

private:
    int m_language = 0; // 0 en, 1 fr, 2 ar
};

} // namespace flowdesk
