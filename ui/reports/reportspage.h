#pragma once

#include "accounts/session.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace flowdesk {

class Database;

// The supervisor's reports (as Survey Solutions has them): per enumerator, interviews by status, median duration
// and rejections; per status, how many interviews wait in it and for how long. Figures come from
// SupervisorReports (Action::ViewReports); a refusal shows the model's message.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(Database &database, const Session &session, QWidget *parent = nullptr);

    void refresh();
    QTableWidget *enumeratorTable() const { return m_enumerators; }
    QTableWidget *statusTable() const { return m_statuses; }

private:
    Database &m_db;
    Session m_session;
    QTableWidget *m_enumerators;
    QTableWidget *m_statuses;
    QLabel *m_message;
};

} // namespace flowdesk
