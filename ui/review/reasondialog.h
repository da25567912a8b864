#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace flowdesk {

// Asks for the reason of a rejection (or a reopening): OK stays disabled until a reason is typed; Enter accepts.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString &title, const QString &prompt, const QString &acceptText, QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }

private:
    QLineEdit *m_reason;
    QPushButton *m_accept;
};

} // namespace flowdesk
