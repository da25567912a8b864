#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

namespace flowdesk {

// Time spent on one question or section, summed over visits. Durations come from a monotonic clock.
struct ParadataTime
{
    enum class Kind { Question, Section };
    Kind kind = Kind::Question;
    QString name;     // the item's path ("travel/group_member/member_age"); a section's group path, '' outside
    QString instance; // '' or "2", "2.1" (as answers number repeat instances)
    qint64 ms = 0;
    int visits = 0;
};

// The counters of keying, as sums: what one interview collected since the last save (ParadataRecorder), or an
// interview's totals (ParadataStore::interviewSummary).
struct ParadataCounts
{
    qint64 activeMs = 0; // keying time net of pauses
    qint64 pauseMs = 0;
    int pauses = 0;      // gaps without a key longer than the recorder's pause threshold
    int keystrokes = 0;
    int corrections = 0; // Backspace / Delete, and answers changed after they were saved
    int errors = 0;      // errors and warnings the keyer met when leaving a field
    int fields = 0;      // answers saved

    bool isEmpty() const
    {
        return activeMs == 0 && pauseMs == 0 && pauses == 0 && keystrokes == 0 && corrections == 0 && errors == 0
               && fields == 0;
    }
};

// What the recorder hands the store at a save: the counts and times since the previous one.
struct ParadataBatch
{
    ParadataCounts counts;
    std::vector<ParadataTime> times;
    QDateTime startedAt;  // set in the first batch of a keying session (the wall clock: a label, not a duration)
    QDateTime endedAt;    // set when the interview is completed
    bool newSession = false;
    QString lastPosition; // where the keyer is (a FieldRef key), '' when unchanged

    bool isEmpty() const
    {
        return counts.isEmpty() && times.empty() && !startedAt.isValid() && !endedAt.isValid()
               && lastPosition.isEmpty();
    }
};

// One interview's paradata as the review screens show it.
struct InterviewParadata
{
    qint64 interviewId = 0;
    QDateTime startedAt;
    QDateTime endedAt;
    ParadataCounts counts;
    int sessions = 0; // times the interview was opened for keying
    QString lastPosition;
    std::vector<ParadataTime> times; // sections first, then questions, each longest first
};

// One keyer's day: the sums, and the two figures supervisors read.
struct KeyerDay
{
    qint64 accountId = 0;
    QString accountName;
    QString day; // yyyy-MM-dd, local
    ParadataCounts counts;

    double keystrokesPerHour() const
    {
        return counts.activeMs > 0 ? counts.keystrokes * 3600000.0 / double(counts.activeMs) : 0.0;
    }
    double errorsPerThousandKeystrokes() const
    {
        return counts.keystrokes > 0 ? counts.errors * 1000.0 / counts.keystrokes : 0.0;
    }
};

} // namespace flowdesk
