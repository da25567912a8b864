#pragma once

#include "accounts/session.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace flowdesk {

class Database;

// "Keying statistics" for supervisors: per keyer over a range of days, keystrokes per hour net of pauses, errors
// per 1,000 keystrokes, corrections, pauses and answers keyed; below, the same per keyer and day. Figures come
// from KeyingStatistics (Action::ViewReports); a refusal shows the model's message.
class KeyingStatisticsPage : public QWidget
{
    Q_OBJECT

public:
    KeyingStatisticsPage(Database &database, const Session &session, QWidget *parent = nullptr);

    void refresh();
    QTableWidget *keyerTable() const { return m_keyers; }
    QTableWidget *dayTable() const { return m_days; }
    QDateEdit *fromEdit() const { return m_from; }

private:
    Database &m_db;
    Session m_session;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_keyers;
    QTableWidget *m_days;
    QLabel *m_message;
};

} // namespace flowdesk
