#pragma once

#include "selectonequestion.h"

namespace flowdesk {

// select_multiple keyed as the numbers (or names) of the choices ticked, separated by spaces: "1 3 5". Typing a
// code ticks its choice; deleting it unticks it. The ticked choices are highlighted as they are typed.
class SelectMultipleQuestion : public SelectOneQuestion
{
    Q_OBJECT

public:
    explicit SelectMultipleQuestion(const Item &item, QWidget *parent = nullptr);

    QString value() const override;
    QString typingProblem() const override;

protected:
    void showValue(const QString &value) override;

private:
    // The choices the typed codes name, in list order, and the codes that name none.
    QStringList ticked(const QString &text, QStringList *unknown) const;
};

} // namespace flowdesk
