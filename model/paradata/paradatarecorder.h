#pragma once

#include "paradata.h"

#include <QElapsedTimer>
#include <QHash>

#include <functional>

namespace flowdesk {

// Records the paradata of one keying session as the keyer works: which question and section the time goes to,
// keystrokes, corrections, errors met and pauses. Time is read from a monotonic clock (QElapsedTimer), so a
// change of the system clock cannot fake a duration. A gap without any event longer than the pause threshold is a
// pause: counted, and its time kept out of the active time and out of the question it happened on.
//
// The entry storage takes pending() with every answer it saves and writes it in the same transaction, then
// clear()s it; nothing is written per keystroke.
class ParadataRecorder
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    // `clock` for tests; the default is a QElapsedTimer started now.
    explicit ParadataRecorder(qint64 pauseAfterMs = 30000, Clock clock = {});

    // The keyer is now on this question (an item path and instance) of this section; `position` is its FieldRef
    // key, stored so that reopening resumes there.
    void visit(const QString &question, const QString &section, const QString &instance, const QString &position);
    void keystroke(bool correction);
    void correction();
    void errorMet();
    void fieldSaved();
    // The interview is being completed: stamps the end.
    void finish();

    // Everything since the last clear(), the time up to now included.
    const ParadataBatch &pending();
    void clear();
    qint64 pauseAfterMs() const { return m_pauseAfterMs; }

private:
    void tick();
    void addTime(ParadataTime::Kind kind, const QString &name, const QString &instance, qint64 ms, int visits);

    qint64 m_pauseAfterMs;
    Clock m_clock;
    QElapsedTimer m_timer;
    qint64 m_last = 0;
    QString m_question, m_section, m_instance;
    bool m_onField = false;
    ParadataBatch m_batch;
    QHash<QString, size_t> m_timeIndex; // key of a time row -> index in m_batch.times
};

} // namespace flowdesk
