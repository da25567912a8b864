#include "paradatarecorder.h"

namespace flowdesk {

ParadataRecorder::ParadataRecorder(qint64 pauseAfterMs, Clock clock) : m_pauseAfterMs(pauseAfterMs)
{
    if (clock) {
        m_clock = std::move(clock);
    } else {
        m_timer.start();
        m_clock = [this] { return m_timer.elapsed(); };
    }
    m_last = m_clock();
    m_batch.newSession = true;
    m_batch.startedAt = QDateTime::currentDateTimeUtc();
}

void ParadataRecorder::tick()
{
    const qint64 now = m_clock();
    const qint64 gap = now - m_last;
    m_last = now;
    if (gap <= 0)
        return;
    if (gap > m_pauseAfterMs) {
        m_batch.counts.pauses += 1;
        m_batch.counts.pauseMs += gap;
        return;
    }
    m_batch.counts.activeMs += gap;
    if (m_onField) {
        addTime(ParadataTime::Kind::Question, m_question, m_instance, gap, 0);
        addTime(ParadataTime::Kind::Section, m_section, QString(), gap, 0);
    }
}

void ParadataRecorder::addTime(ParadataTime::Kind kind, const QString &name, const QString &instance, qint64 ms,
                               int visits)
{
    const QString key = (kind == ParadataTime::Kind::Question ? u'q' : u's') + name + u'\x1f' + instance;
    const auto it = m_timeIndex.constFind(key);
    if (it == m_timeIndex.cend()) {
        m_timeIndex.insert(key, m_batch.times.size());
        m_batch.times.push_back({kind, name, instance, ms, visits});
        return;
    }
    ParadataTime &time = m_batch.times[*it];
    time.ms += ms;
    time.visits += visits;
}

void ParadataRecorder::visit(const QString &question, const QString &section, const QString &instance,
                             const QString &position)
{
    tick();
    const bool sameSection = m_onField && section == m_section;
    if (m_onField && question == m_question && instance == m_instance)
        return;
    m_question = question;
    m_section = section;
    m_instance = instance;
    m_onField = true;
    addTime(ParadataTime::Kind::Question, question, instance, 0, 1);
    if (!sameSection)
        addTime(ParadataTime::Kind::Section, section, QString(), 0, 1);
    m_batch.lastPosition = position;
}

void ParadataRecorder::keystroke(bool isCorrection)
{
    tick();
    m_batch.counts.keystrokes += 1;
    if (isCorrection)
        m_batch.counts.corrections += 1;
}

void ParadataRecorder::correction()
{
    tick();
    m_batch.counts.corrections += 1;
}

void ParadataRecorder::errorMet()
{
    tick();
    m_batch.counts.errors += 1;
}

void ParadataRecorder::fieldSaved()
{
    tick();
    m_batch.counts.fields += 1;
}

void ParadataRecorder::finish()
{
    tick();
    m_batch.endedAt = QDateTime::currentDateTimeUtc();
}

const ParadataBatch &ParadataRecorder::pending()
{
    tick();
    return m_batch;
}

void ParadataRecorder::clear()
{
    m_batch = ParadataBatch{};
    m_timeIndex.clear();
}

} // namespace flowdesk
