#pragma once

#include "entryfield.h"

namespace flowdesk {

class Questionnaire;
struct Item;
struct OfficePolicy;

// The mode a form opens in: the office policy's `entry_mode` when an administrator set it to guided or paper, else
// what the form's author asked for (settings `flowdesk_entry_mode`), else guided. The keyer can switch either way.
EntryMode defaultEntryMode(const Questionnaire &questionnaire, const OfficePolicy &policy);

// Paper keying: how many digits fill the question's box, after which keying moves on by itself as on a paper
// form's boxes (CSPro's field length). From a `digits-N` appearance, else, for an integer, from the upper bound
// its constraint puts on "." (". <= 120" -> 3, ". < 100" -> 2). 0 when no width is known (no upper bound, an
// "or" in the constraint, negative values allowed, a decimal): then the keyer moves on with Enter as usual.
int keyingWidth(const Item &item);

} // namespace flowdesk
