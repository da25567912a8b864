#pragma once

#include "entry/fieldref.h"

#include <QFrame>

class QComboBox;
class QLabel;

namespace flowdesk {

// Asks why an answer a check questions is kept: a warning accepted, or (paper keying) an out-of-range value
// confirmed as written. A reason is picked from the usual ones or typed. Enter keeps the answer, Esc goes back
// to the question to correct it.
class ReasonPanel : public QFrame
{
    Q_OBJECT

public:
    enum class Purpose { AcceptWarning, ConfirmValue };

    explicit ReasonPanel(QWidget *parent = nullptr);

    void ask(Purpose purpose, const FieldRef &field, const QString &message);
    Purpose purpose() const { return m_purpose; }
    const FieldRef &field() const { return m_field; }
    QComboBox *reasonBox() const { return m_reasons; }

signals:
    void accepted(const QString &reason);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Purpose m_purpose = Purpose::AcceptWarning;
    FieldRef m_field;
    QLabel *m_message;
    QComboBox *m_reasons;
};

} // namespace flowdesk
