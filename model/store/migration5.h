#pragma once

#include <vector>

namespace flowdesk {

// Migration 5 (data entry): what an accepted warning or a confirmed value was given for, and the paradata of
// keying (per interview, per question and section, per keyer and day). Listed in migrations.cpp.
std::vector<const char *> migration5();

} // namespace flowdesk
