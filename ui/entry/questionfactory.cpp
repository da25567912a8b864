#include "questionfactory.h"

#include "linequestion.h"
#include "questionnaire/questionnaire.h"
#include "selectmultiplequestion.h"
#include "temporalquestion.h"
#include "textquestion.h"

namespace flowdesk {

QuestionWidget *makeQuestionWidget(const Item &item, EntryField::Kind kind, QWidget *parent)
{
    if (kind != EntryField::Kind::Question)
        return new ReadOnlyRow(item, kind, parent);
    switch (item.type) {
    case QuestionType::Integer:
    case QuestionType::Decimal:
    case QuestionType::Range:
        return new NumberQuestion(item, parent);
    case QuestionType::SelectOne:
        return new SelectOneQuestion(item, parent);
    case QuestionType::SelectMultiple:
        return new SelectMultipleQuestion(item, parent);
    case QuestionType::Date:
    case QuestionType::DateTime:
    case QuestionType::Time:
        return new TemporalQuestion(item, parent);
    case QuestionType::Geopoint:
        return new GeopointQuestion(item, parent);
    case QuestionType::Acknowledge:
        return new AcknowledgeQuestion(item, parent);
    default:
        return new TextQuestion(item, parent);
    }
}

} // namespace flowdesk
