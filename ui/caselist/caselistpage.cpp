#include "caselistpage.h"

#include <algorithm>

#include "casecounter.h"
#include "caselistmodel.h"
#include "casefilterpanel.h"
#include "statuschipdelegate.h"

#include "accounts/permissions.h"
#include "common/theme.h"
#include "store/changewatch.h"
#include "store/database.h"
#include "workflow/caselistquery.h"
#include "workflow/interviewworkflow.h"
#include "workflow/supervisorreports.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QStyle>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <set>

namespace flowdesk {

CaseListPage::CaseListPage(Database &database, const Session &session, InterviewWorkflow &workflow,
                           const Questionnaire &questionnaire, QWidget *parent)
    : QWidget(parent), m_session(session), m_workflow(workflow),
      m_query(std::make_unique<CaseListQuery>(database, session)), m_filters(new CaseFilterPanel(this)),
      m_table(new QTableView(this)), m_total(new QLabel(this)), m_notice(theme::messageLabel(this)),
      m_bulkApprove(new QPushButton(tr("&Approve selected"), this)),
      m_watch(std::make_unique<ChangeWatch>(database.connectionName())), m_watchTimer(new QTimer(this)),
      m_counter(new CaseCounter(database.path(), session, this))
{
    setObjectName(QStringLiteral("caseListPage"));
    CaseFilter initial;
    initial.questionnaireId = workflow.questionnaireId();
    m_query->setFilter(initial);
    m_model = new CaseListModel(*m_query, &questionnaire, workflow.caseListSpec(), this);
    m_model->setCountsOnTheSide(true);
    connect(m_counter, &CaseCounter::counted, this, [this](int request, bool ok, const CaseCounts &counts) {
        if (request != m_countRequest || !m_model->countsPending())
            return;
        m_model->setCounts(ok ? counts : m_query->counts());
        updateCounts();
    });

    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(int(CaseColumn::Status), new StatusChipDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(grant(session.role(), Action::BulkApprove) != Grant::No
                                  ? QAbstractItemView::ExtendedSelection
                                  : QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(int(CaseColumn::Modified), Qt::DescendingOrder);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    const QList<std::pair<CaseColumn, int>> widths{
        {CaseColumn::Label, 210},  {CaseColumn::Date, 130},    {CaseColumn::Enumerator, 150},
        {CaseColumn::Column1, 150}, {CaseColumn::Column2, 90}, {CaseColumn::Column3, 110},
        {CaseColumn::Column4, 110}, {CaseColumn::Status, 110}, {CaseColumn::Errors, 64},
        {CaseColumn::Warnings, 80}, {CaseColumn::Comments, 86}, {CaseColumn::Duration, 80}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(int(column), width);
    fitColumnsToHeaders();
    // Titles change with the language (question labels) and with a translation: widen to fit them again.
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &CaseListPage::fitColumnsToHeaders);
    for (int k = 0; k < kCaseListColumns; ++k)
        m_table->setColumnHidden(int(CaseColumn::Column1) + k, !m_model->hasCaseColumn(k));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });

    m_total->setObjectName(QStringLiteral("caseTotal"));
    m_bulkApprove->setObjectName(QStringLiteral("bulkApprove"));
    m_bulkApprove->setVisible(grant(session.role(), Action::BulkApprove) != Grant::No);
    m_bulkApprove->setEnabled(false);
    connect(m_bulkApprove, &QPushButton::clicked, this, &CaseListPage::approveSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const int selected = int(m_table->selectionModel()->selectedRows().size());
        m_bulkApprove->setEnabled(selected > 0);
        m_bulkApprove->setText(selected > 1 ? tr("&Approve %1 selected").arg(selected) : tr("&Approve selected"));
    });

    // The enumerator list with each one's total (from the kept counts, quick) fills in once the first rows are on
    // screen.
    if (permits(session, Action::ViewReports, nullptr)) {
        QTimer::singleShot(0, this, [this, &database] {
            QString error;
            if (auto reports = SupervisorReports(database, m_session).statusesByEnumerator(&error)) {
                std::vector<std::pair<QString, qint64>> enumerators;
                for (const EnumeratorReport &r : *reports) {
                    qint64 total = 0;
                    for (qint64 n : r.byStatus)
                        total += n;
                    enumerators.emplace_back(r.enumerator, total);
                }
                m_filters->setEnumerators(enumerators);
            }
        });
    }
    connect(m_filters, &CaseFilterPanel::filterChanged, this, &CaseListPage::applyFilter);

    auto *title = new QLabel(tr("Interviews"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *top = new QHBoxLayout;
    top->setSpacing(theme::kSpacing * 2);
    top->addWidget(title);
    top->addWidget(m_total);
    top->addStretch(1);
    top->addWidget(m_bulkApprove);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(theme::kSpacing);
    rightLayout->addLayout(top);
    rightLayout->addWidget(m_notice);
    rightLayout->addWidget(m_table, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_filters);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(m_filters->sizeHint().width() + 16);
    scroll->setMaximumWidth(320);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(theme::kSpacing * 2, theme::kSpacing * 2, theme::kSpacing * 2, theme::kSpacing);
    layout->setSpacing(theme::kSpacing * 2);
    layout->addWidget(scroll);
    layout->addWidget(right, 1);
    updateCounts();

    m_watchTimer->setInterval(kWatchMilliseconds);
    connect(m_watchTimer, &QTimer::timeout, this, [this] {
        if (isVisible() && m_watch->changed())
            refreshKeepingPlace();
    });
    m_watchTimer->start();
}

CaseListPage::~CaseListPage() = default;

void CaseListPage::refreshKeepingPlace()
{
    std::vector<std::pair<int, qint64>> selected; // (row, interview)
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const CaseSummary *row = m_model->summary(index.row()))
            selected.emplace_back(index.row(), row->interviewId);
    }
    const QModelIndex current = m_table->currentIndex();
    const CaseSummary *currentRow = current.isValid() ? m_model->summary(current.row()) : nullptr;
    const qint64 currentId = currentRow ? currentRow->interviewId : 0;
    const int scroll = m_table->verticalScrollBar()->value();

    refresh();
    m_table->verticalScrollBar()->setValue(scroll);
    // Only near where each was: a change elsewhere moves a row by a few places at most, and looking further
    // would read the list from the database.
    constexpr int kNear = 50;
    auto rowOf = [this](int was, qint64 id) {
        for (int d = 0; d <= kNear; ++d) {
            for (int row : {was - d, was + d}) {
                const CaseSummary *s = m_model->summary(row);
                if (s && s->interviewId == id)
                    return row;
            }
        }
        return -1;
    };
    QItemSelection selection;
    for (const auto &[was, id] : selected) {
        const int row = rowOf(was, id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, kCaseColumnCount - 1));
    }
    if (currentId != 0) {
        const int row = rowOf(current.row(), currentId);
        if (row >= 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, current.column()),
                                                       QItemSelectionModel::NoUpdate);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void CaseListPage::applyFilter()
{
    CaseFilter filter = m_filters->filter();
    filter.questionnaireId = m_workflow.questionnaireId();
    m_model->setFilter(filter);
    m_openRow = -1;
    countOnTheSide();
}

void CaseListPage::countOnTheSide()
{
    if (!m_model->countsPending()) {
        updateCounts();
        return;
    }
    // The first rows are on screen; the counts beside the filters follow from the worker.
    m_total->setText(tr("Counting…"));
    m_counter->count(m_query->filter(), ++m_countRequest);
}

void CaseListPage::updateCounts()
{
    const CaseCounts &counts = m_query->counts();
    m_filters->setCounts(counts);
    m_total->setText(counts.total == 1 ? tr("1 interview") : tr("%1 interviews").arg(QLocale().toString(counts.total)));
}

void CaseListPage::refresh()
{
    m_model->refresh();
    countOnTheSide();
}

void CaseListPage::setLanguage(int language)
{
    m_model->setLanguage(language);
}

void CaseListPage::fitColumnsToHeaders()
{
    // A column is never narrower than its title with the sort arrow: "Warnings" or "Comments" cut to "Warni…" in
    // a language with longer words reads as a different column. Wider columns (set by the user) stay as they are.
    // A question's label can be a sentence: past about twenty characters its tooltip gives the rest, or the status
    // and error columns would be pushed out of sight.
    QHeaderView *header = m_table->horizontalHeader();
    const int widest = header->fontMetrics().averageCharWidth() * 22;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const int fits = std::min(widest, header->sectionSizeHint(c) +
                                              header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header));
        if (m_table->columnWidth(c) < fits)
            m_table->setColumnWidth(c, fits);
    }
}

void CaseListPage::openRow(int row)
{
    const CaseSummary *summary = m_model->summary(row);
    if (!summary)
        return;
    m_openRow = row;
    emit openRequested(summary->interviewId);
}

qint64 CaseListPage::selectRow(int row)
{
    const CaseSummary *summary = m_model->summary(row);
    if (!summary)
        return 0;
    m_openRow = row;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return summary->interviewId;
}

qint64 CaseListPage::nextInterview(qint64 current)
{
    refresh();
    const CaseSummary *at = m_model->summary(m_openRow);
    return selectRow(at && at->interviewId == current ? m_openRow + 1 : std::max(m_openRow, 0));
}

qint64 CaseListPage::previousInterview(qint64 current)
{
    refresh();
    Q_UNUSED(current);
    return m_openRow > 0 ? selectRow(m_openRow - 1) : 0;
}

void CaseListPage::approveSelected()
{
    std::set<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.insert(index.row());
    // Each row carries the version it was read at: an interview changed since the list showed it (by another
    // window or process) is refused by the workflow and listed, never approved unseen.
    std::vector<std::pair<qint64, qint64>> interviews;
    for (int row : rows) {
        if (const CaseSummary *summary = m_model->summary(row))
            interviews.emplace_back(summary->interviewId, summary->version);
    }
    QString error;
    const BulkApproval result = m_workflow.bulkApprove(m_session, interviews, &error);
    QStringList refused;
    for (const QString &why : result.refused)
        refused << why;
    if (!error.isEmpty())
        refused.prepend(error);
    QString text = tr("Approved %1 of %2 selected.").arg(result.approved).arg(rows.size());
    if (!refused.isEmpty())
        text += QLatin1Char(' ') + tr("Left as they were:") + QLatin1Char('\n') + refused.mid(0, 5).join(QLatin1Char('\n'));
    theme::showMessage(m_notice, text);
    m_notice->setStyleSheet(refused.isEmpty() ? QStringLiteral("QLabel { color: #1b5e20; background: #e3f4e5; "
                                                               "border: 1px solid #b7dfbc; }")
                                              : QString());
    refresh();
}

} // namespace flowdesk
