#pragma once

#include <QString>

#include <array>

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
    static constexpr int kIdCount = int(Id::EvaluationError) + 1;

    // `language` is a questionnaire language name ("French (fr)", "Arabic", "default").
    explicit BuiltinMessages(const QString &language);
    // The message with %1, %2 filled by the arguments given.
    QString text(Id id, const QString &a1 = QString(), const QString &a2 = QString()) const;

private:
    struct Template
    {
        QString text;
        int arguments = 0; // how many of %1, %2 it has
    };
    std::array<Template, kIdCount> m_templates;
};

} // namespace flowdesk
