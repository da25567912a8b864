#include "reportspage.h"

#include "caselist/durationtext.h"
#include "common/theme.h"
#include "interviewlistmodel.h"
#include "workflow/supervisorreports.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace flowdesk {

namespace {

constexpr std::array kStatuses{InterviewStatus::Draft, InterviewStatus::Completed, InterviewStatus::Approved,
                               InterviewStatus::Rejected, InterviewStatus::Exported};

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSortingEnabled(true);
    return table;
}

QTableWidgetItem *number(qint64 value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem *text(const QString &value, Qt::Alignment alignment = Qt::AlignLeading | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(value);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

ReportsPage::ReportsPage(Database &database, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(database), m_session(session), m_message(theme::messageLabel(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    QStringList headers{tr("Enumerator")};
    for (InterviewStatus s : kStatuses)
        headers << statusLabel(s);
    headers << tr("Median duration") << tr("Rejections");
    m_enumerators = makeTable(headers, this);
    m_enumerators->setObjectName(QStringLiteral("enumeratorReport"));
    m_statuses = makeTable({tr("Status"), tr("Interviews"), tr("Median wait"), tr("Longest wait")}, this);
    m_statuses->setObjectName(QStringLiteral("statusReport"));

    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &ReportsPage::refresh);
    auto *byStatus = new QLabel(tr("Time in each status"), this);
    byStatus->setStyleSheet(QStringLiteral("QLabel { font-weight: 600; font-size: 11pt; }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::kSpacing * 2, theme::kSpacing * 2, theme::kSpacing * 2, theme::kSpacing);
    layout->setSpacing(theme::kSpacing);
    theme::addDialogHeader(layout, tr("Reports"), tr("Interviews by enumerator, and how long they wait in each status."),
                           this);
    layout->addWidget(m_message);
    layout->addWidget(m_enumerators, 3);
    layout->addWidget(byStatus);
    layout->addWidget(m_statuses, 2);
    layout->addWidget(refreshButton, 0, Qt::AlignTrailing);
    refresh();
}

void ReportsPage::refresh()
{
    const SupervisorReports reports(m_db, m_session);
    QString error;
    const auto enumerators = reports.byEnumerator(&error);
    const auto waiting = reports.waitingByStatus(&error);
    theme::showMessage(m_message, error);
    m_enumerators->setSortingEnabled(false);
    m_enumerators->setRowCount(0);
    if (enumerators) {
        m_enumerators->setRowCount(int(enumerators->size()));
        for (int row = 0; row < int(enumerators->size()); ++row) {
            const EnumeratorReport &r = (*enumerators)[size_t(row)];
            m_enumerators->setItem(row, 0, text(r.enumerator));
            for (int s = 0; s < int(kStatuses.size()); ++s)
                m_enumerators->setItem(row, 1 + s, number(r.byStatus[size_t(s)]));
            m_enumerators->setItem(row, 6, text(durationText(r.medianDurationSeconds), Qt::AlignRight | Qt::AlignVCenter));
            m_enumerators->setItem(row, 7, number(r.rejections));
        }
    }
    m_enumerators->setSortingEnabled(true);
    m_enumerators->resizeColumnsToContents();
    m_statuses->setSortingEnabled(false);
    m_statuses->setRowCount(0);
    if (waiting) {
        m_statuses->setRowCount(int(waiting->size()));
        for (int row = 0; row < int(waiting->size()); ++row) {
            const StatusWaitReport &w = (*waiting)[size_t(row)];
            m_statuses->setItem(row, 0, text(statusLabel(w.status)));
            m_statuses->setItem(row, 1, number(w.interviews));
            m_statuses->setItem(row, 2, text(durationText(w.medianWaitSeconds), Qt::AlignRight | Qt::AlignVCenter));
            m_statuses->setItem(row, 3, text(durationText(w.longestWaitSeconds), Qt::AlignRight | Qt::AlignVCenter));
        }
    }
    m_statuses->setSortingEnabled(true);
    m_statuses->resizeColumnsToContents();
}

} // namespace flowdesk
