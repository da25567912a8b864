#pragma once

#include "statistics/profiledefinition.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace flowdesk {

class Questionnaire;

// Adds or edits one chart: any select_one, select_multiple, integer or decimal question (main form or a repeat),
// its type, and its split (none, sex, age group or any select_one).
class ChartEditDialog : public QDialog
{
    Q_OBJECT

public:
    ChartEditDialog(const Questionnaire &questionnaire, int language, const ChartSpec &spec, QWidget *parent = nullptr);
    ChartSpec spec() const;

    QComboBox *questionBox() const { return m_question; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *splitBox() const { return m_split; }

private:
    QComboBox *m_question;
    QComboBox *m_kind;
    QComboBox *m_split;
    QLineEdit *m_title;
};

} // namespace flowdesk
