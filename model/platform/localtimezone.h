#pragma once

#include <QByteArray>

namespace flowdesk {

// With TZ unset, glibc re-reads /etc/localtime (a stat system call) on every local-time conversion; date
// expressions make many, and validating a million interviews spent a third of its time there. Naming the same
// zone file in TZ once at start-up keeps the behaviour and drops the cost. Does nothing when TZ is already set or
// the system has no zone file. Call before any thread starts.
void pinLocalTimeZone();

// Changes with every time-zone change made through this file. Caches of local UTC offsets (the expression
// engine keeps one per thread) compare it, so a zone switched at run time is never answered from the old one.
unsigned localTimeZoneGeneration();

// Runs a scope in another time zone (an IANA name such as "Europe/Paris") and puts the previous one back.
// For tests and the conformance cases, which are written for stated zones; not thread-safe. An empty name
// changes nothing.
class LocalTimeZoneOverride
{
public:
    explicit LocalTimeZoneOverride(const QByteArray &zone);
    ~LocalTimeZoneOverride();
    LocalTimeZoneOverride(const LocalTimeZoneOverride &) = delete;
    LocalTimeZoneOverride &operator=(const LocalTimeZoneOverride &) = delete;

private:
    bool m_active = false;
    bool m_hadOld = false;
    QByteArray m_old;
};

} // namespace flowdesk
