#pragma once

#include "questionwidget.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace flowdesk {

// Free text: one line, or several with the `multiline` appearance (where Enter starts a new line and Tab moves on).
class TextQuestion : public QuestionWidget
{
    Q_OBJECT

public:
    explicit TextQuestion(const Item &item, QWidget *parent = nullptr);

    QWidget *editor() const override;
    QString value() const override;
    bool isMultiline() const { return m_lines != nullptr; }

protected:
    void showValue(const QString &value) override;

private:
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_lines = nullptr;
};

// acknowledge: ticked ("OK") with Space, or by typing 1 or y.
class AcknowledgeQuestion : public QuestionWidget
{
    Q_OBJECT

public:
    explicit AcknowledgeQuestion(const Item &item, QWidget *parent = nullptr);

    QWidget *editor() const override;
    QString value() const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

protected:
    void showValue(const QString &value) override;

private:
    QCheckBox *m_box;
};

// Rows that show and take nothing: notes, calculated values, group and repeat headers, unsupported questions.
class ReadOnlyRow : public QuestionWidget
{
    Q_OBJECT

public:
    ReadOnlyRow(const Item &item, EntryField::Kind kind, QWidget *parent = nullptr);

protected:
    void showValue(const QString &value) override;

private:
    QLabel *m_value = nullptr;
};

} // namespace flowdesk
