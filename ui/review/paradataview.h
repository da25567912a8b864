#pragma once

#include "review/reviewparadata.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace flowdesk {

class Questionnaire;

// How the interview was keyed, for the reviewer: duration, corrections, keystrokes, errors met, pauses, keying
// sessions, and the time spent per section (longest first). Says so when entry recorded nothing (an imported or
// demo interview). Displays ReviewParadata; it reads nothing itself.
class ParadataView : public QWidget
{
    Q_OBJECT

public:
    explicit ParadataView(QWidget *parent = nullptr);
    void setParadata(const ReviewParadata &paradata, const Questionnaire &questionnaire, int language);

    QTreeWidget *figures() const { return m_figures; }
    QTreeWidget *sections() const { return m_sections; }
    QLabel *note() const { return m_note; }

private:
    QLabel *m_note;
    QTreeWidget *m_figures;
    QTreeWidget *m_sections;
};

} // namespace flowdesk
