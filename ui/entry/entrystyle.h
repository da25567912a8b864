#pragma once

#include <QString>

namespace flowdesk {

// The entry form's look: cards for questions, a clear current-question mark, red errors, amber warnings.
QString entryStyleSheet();

} // namespace flowdesk
