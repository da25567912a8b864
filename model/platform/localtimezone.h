#pragma once

namespace flowdesk {

// With TZ unset, glibc re-reads /etc/localtime (a stat system call) on every local-time conversion; date
// expressions make many, and validating a million interviews spent a third of its time there. Naming the same
// zone file in TZ once at start-up keeps the behaviour and drops the cost. Does nothing when TZ is already set or
// the system has no zone file. Call before any thread starts.
void pinLocalTimeZone();

} // namespace flowdesk
