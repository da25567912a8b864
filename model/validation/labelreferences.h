#pragma once

#include <QString>

namespace flowdesk {

class InterviewLayout;
class Questionnaire;

// Fills the ${name} references of a label, hint or message with the answers as seen from scope `scope` of the
// layout (its own repeat instance first, as the expressions see them); a select_one answer reads as its choice
// label in `language`. Unknown names and answers out of reach read as ''. What entry and review both show.
QString fillLabelReferences(const QString &text, const Questionnaire &questionnaire, const InterviewLayout &layout,
                            int scope, int language);

} // namespace flowdesk
