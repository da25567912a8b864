#pragma once

#include "questionwidget.h"

class QLineEdit;

namespace flowdesk {

// A question keyed into one line of text: the base of most question types.
class LineQuestion : public QuestionWidget
{
    Q_OBJECT

public:
    explicit LineQuestion(const Item &item, QWidget *parent = nullptr);

    QWidget *editor() const override;
    QString value() const override;
    QLineEdit *lineEdit() const { return m_edit; }

protected:
    void showValue(const QString &value) override;

private:
    QLineEdit *m_edit;
};

// Integers and decimals: only what can become a number is typed; always left to right.
class NumberQuestion : public LineQuestion
{
    Q_OBJECT

public:
    explicit NumberQuestion(const Item &item, QWidget *parent = nullptr);
    QString value() const override;
};

// "lat lon [altitude [accuracy]]" typed, as ODK stores it.
class GeopointQuestion : public LineQuestion
{
    Q_OBJECT

public:
    explicit GeopointQuestion(const Item &item, QWidget *parent = nullptr);
    QString typingProblem() const override;
};

} // namespace flowdesk
