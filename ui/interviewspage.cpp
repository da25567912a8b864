#include "interviewspage.h"

#include "interviewlistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace flowdesk {

InterviewsPage::InterviewsPage(const InterviewStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new InterviewListModel(store, this)), m_summary(new QLabel(this)),
      m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    m_summary->setObjectName(QStringLiteral("interviewSummary"));
    m_table->setObjectName(QStringLiteral("interviewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(InterviewListModel::UuidColumn, 90);
    m_table->setColumnWidth(InterviewListModel::StatusColumn, 100);
    m_table->setColumnWidth(InterviewListModel::EnumeratorColumn, 170);
    m_table->setColumnWidth(InterviewListModel::OfficeColumn, 100);
    m_table->setColumnWidth(InterviewListModel::CreatedColumn, 150);
    m_summary->setText(countsText());
}

QString InterviewsPage::summaryText() const
{
    return m_summary->text();
}

QString InterviewsPage::countsText() const
{
    if (!m_store)
        return tr("This database holds no questionnaire yet.");
    const QLocale locale;
    QStringList parts;
    qint64 total = 0;
    QString error;
    const auto counts = m_store->countByStatus(&error);
    if (!error.isEmpty())
        return tr("Cannot read the interviews: %1").arg(error);
    for (const auto &[status, count] : counts) {
        parts << QStringLiteral("%1 %2").arg(statusLabel(status).toLower(), locale.toString(count));
        total += count;
    }
    return tr("%1 interviews").arg(locale.toString(total)) +
           (parts.isEmpty() ? QString() : QStringLiteral(": ") + parts.join(QStringLiteral(", ")));
}

} // namespace flowdesk
