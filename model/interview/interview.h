#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <vector>

namespace flowdesk {

enum class InterviewStatus { Draft, Completed, Approved, Rejected, Exported };
QString statusName(InterviewStatus status); // "draft", "completed"...: also the stored spelling
InterviewStatus statusFromName(QStringView name, bool *ok = nullptr);

struct AnswerScope;

// The instances of one repeat inside one scope.
struct RepeatAnswers
{
    int repeatItem = -1; // Questionnaire item id of the begin_repeat
    std::vector<AnswerScope> instances;
};

// The answers of one scope: the interview's top level, or one instance of a repeat.
// `values` is indexed by Questionnaire item id and holds the answers of the items whose nearest enclosing
// repeat is this scope's repeat (other slots stay null). A null or empty string is "not answered".
// Select-multiple answers are the choice names separated by single spaces, as ODK stores them.
// Dates are ISO 8601 (yyyy-MM-dd), date-times ISO 8601 with offset, geopoints "lat lon alt acc".
struct AnswerScope
{
    std::vector<QString> values;
    std::vector<RepeatAnswers> repeats;

    QString value(int item) const
    {
        return item >= 0 && static_cast<size_t>(item) < values.size() ? values[static_cast<size_t>(item)]
                                                                       : QString();
    }
    void setValue(int item, const QString &value);
    // The instances of `repeatItem` directly inside this scope; nullptr when there are none.
    const RepeatAnswers *repeat(int repeatItem) const;
    RepeatAnswers &repeat(int repeatItem); // created empty if absent
};

// One interview: who keyed it, where, when, its workflow status, and its answers.
struct Interview
{
    qint64 id = 0; // store row id; 0 until stored
    QUuid uuid;
    qint64 questionnaireId = 0; // store id of the exact questionnaire version it was entered with
    InterviewStatus status = InterviewStatus::Draft;
    QString enumerator;
    QString office;
    QDateTime created;
    QDateTime modified;
    AnswerScope answers;
};

} // namespace flowdesk
