#pragma once

#include "exportlayout.h"
#include "validation/validator.h"

#include <QString>

#include <functional>
#include <vector>

namespace flowdesk {

struct StreamedInterview;

// One cell: a value, or why there is none. Skipped (the question did not apply) and unanswered (it applied and
// was left blank) are both blank in the CSV and XLSX, and different missing values in the .dta and .sav.
struct ExportCell
{
    enum State : unsigned char { Value, Unanswered, Skipped };
    QString text;
    State state = Value;
};
using ExportRow = std::vector<ExportCell>;

// Turns one interview into its rows of every table of an ExportLayout: the main row, one per repeat instance
// (nested ones too, each linked to its parent by _parent_index and PARENT_KEY), one per workflow record.
// Relevance comes from the Validator, the same judgement entry and review use. Keeps counters between
// interviews (_index runs over the whole export), so use one per export.
class ExportRows
{
public:
    ExportRows(const Questionnaire &questionnaire, const ExportLayout &layout);
    ExportRows(const ExportRows &) = delete;
    ExportRows &operator=(const ExportRows &) = delete;

    // Calls `sink(table, row)` for each row, tables in layout order; stops when it returns false.
    bool add(StreamedInterview &interview, const std::function<bool(int, const ExportRow &)> &sink);

    // The row key of an interview (ODK Central's: "uuid:<uuid>").
    static QString interviewKey(const Interview &interview);

private:
    ExportCell::State answerState(int scope, int item, const QString &value);
    // The scope of the repeat instance a wide column stands for, or -1 when the interview does not have it.
    int wideScope(const ExportColumn &column) const;
    void fillMeta(const ExportColumn &column, int table, int scope, const StreamedInterview &interview,
                  ExportCell &cell);

    const Questionnaire &m_q;
    const ExportLayout &m_layout;
    Validator m_validator;
    InterviewClock m_clock;
    Interview m_work; // the copy the Validator works on
    std::vector<const AnswerScope *> m_stored; // per scope of the layout: the stored answers it came from
    std::vector<qint64> m_counters;  // per table: rows written so far (_index)
    std::vector<qint64> m_scopeIndex; // per scope of the current interview: its row's _index
    std::vector<QString> m_scopeKey;  // per scope: its KEY
    std::vector<ExportRow> m_rows;    // per table, reused
};

} // namespace flowdesk
