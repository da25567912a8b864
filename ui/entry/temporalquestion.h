#pragma once

#include "linequestion.h"

class QCalendarWidget;

namespace flowdesk {

// Dates, times and date-times typed in the locale's format (a calendar on demand for dates: F4), stored in
// ISO 8601 as ODK does.
class TemporalQuestion : public LineQuestion
{
    Q_OBJECT

public:
    explicit TemporalQuestion(const Item &item, QWidget *parent = nullptr);

    QString value() const override;
    QString typingProblem() const override;
    // Opens the calendar under the editor (dates and date-times).
    void showCalendar();

protected:
    void showValue(const QString &value) override;

private:
    QString parse(const QString &text) const; // ISO 8601, or empty when `text` cannot be read
    QString m_format; // the locale's, with four-digit years
};

} // namespace flowdesk
