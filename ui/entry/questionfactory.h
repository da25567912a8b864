#pragma once

#include "entry/entryfield.h"

class QWidget;

namespace flowdesk {

struct Item;
class QuestionWidget;

// The row widget for a form row: the question type's own widget, or a read-only row.
QuestionWidget *makeQuestionWidget(const Item &item, EntryField::Kind kind, QWidget *parent);

} // namespace flowdesk
