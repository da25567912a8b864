#pragma once

#include "interview/interview.h"
#include "store/answerlayout.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace flowdesk {

class Questionnaire;
struct StoredField;

// interviews.jsonl, the lossless part of a batch that import reads (the analysts' tables are for people): one
// JSON object per line, keys sorted, so the same interview always gives the same bytes:
//   {"answers":[["grp/q","","value"],["travel/member","2",null],["travel/member/age","2","34"],...],
//    "created":"2026-...Z","enumerator":"enum1","modified":"...","office":"...","questionnaire":"<hash>",
//    "status":"approved","uuid":"..."}
// Answers are (path from the top, repeat instance path, value); a null value marks a repeat instance, so empty
// instances survive. Times are UTC with milliseconds. Questions marked pii are left out unless asked for.
class InterviewInterchange
{
public:
    InterviewInterchange(const Questionnaire &questionnaire, const std::vector<StoredField> &fields,
                         QString questionnaireHash);

    const QString &problem() const { return m_layout.problem(); }
    // One line, without the newline. `status` is the one written (the batch carries approved interviews).
    bool write(const Interview &interview, InterviewStatus status, bool includePii, QByteArray *line,
               QString *error) const;
    // Parses one line into `interview` (uuid, status, enumerator, office, times, answers; id and questionnaire id
    // left 0). Fails, saying what, on a line that is not an interview of this questionnaire.
    bool read(const QByteArray &line, Interview *interview, QString *error) const;

private:
    const Questionnaire &m_q;
    AnswerLayout m_layout;
    QString m_hash;
    std::vector<QString> m_pathByItem;
    QHash<QString, int> m_itemByPath;
};

} // namespace flowdesk
