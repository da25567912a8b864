#include "conflictview.h"

#include "accounts/permissions.h"
#include "batch/importconflicts.h"
#include "common/isolated.h"
#include "common/theme.h"
#include "conflictlistmodel.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace flowdesk {

namespace {
// Ours is what a decision for theirs replaces; theirs is what it brings.
QColor oursFill() { return QColor(0xFD, 0xEC, 0xEC); }
QColor theirsFill() { return QColor(0xE6, 0xF4, 0xEA); }

QTableWidgetItem *answerItem(const QString &value, const QColor &fill)
{
    auto *item = new QTableWidgetItem(value.isEmpty() ? ConflictView::tr("(blank)") : value);
    item->setBackground(fill);
    if (value.isEmpty()) {
        item->setForeground(QColor(0x80, 0x80, 0x80));
        QFont italic = item->font();
        italic.setItalic(true);
        item->setFont(italic);
    }
    return item;
}
} // namespace

ConflictView::ConflictView(Workspace &workspace, const Session &session, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_session(session),
      m_mayDecide(permits(m_session, Action::Approve, nullptr)), m_model(new ConflictListModel(workspace, this)),
      m_table(new QTableView(this)), m_differences(new QTableWidget(0, 4, this)), m_counts(new QLabel(this)),
      m_caption(new QLabel(this)), m_status(new QLabel(this)), m_batch(new QComboBox(this)),
      m_showDecided(new QCheckBox(tr("Show &decided"), this)),
      m_keepOurs(new QPushButton(tr("Keep &Ours"), this)), m_takeTheirs(new QPushButton(tr("Take &Theirs"), this))
{
    setObjectName(QStringLiteral("conflictView"));
    setWindowTitle(tr("Import Conflicts"));
    m_table->setObjectName(QStringLiteral("conflicts"));
    m_differences->setObjectName(QStringLiteral("differences"));
    m_counts->setObjectName(QStringLiteral("counts"));
    m_caption->setObjectName(QStringLiteral("caption"));
    m_batch->setObjectName(QStringLiteral("batch"));
    m_showDecided->setObjectName(QStringLiteral("showDecided"));
    m_keepOurs->setObjectName(QStringLiteral("keepOurs"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_status->setObjectName(QStringLiteral("status"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Fixed widths from the font, never from the contents (that would read every row): each fits a sample of
    // its widest text (a batch id as BatchExporter makes them: time, office key, random part).
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [&](int column, const QString &sample) {
        m_table->setColumnWidth(column, metrics.horizontalAdvance(sample) + 24);
    };
    fit(ConflictListModel::InterviewColumn, QStringLiteral("0000000"));
    fit(ConflictListModel::UuidColumn, QStringLiteral("00000000-0000-0000-0000-000000000000"));
    fit(ConflictListModel::BatchColumn, QStringLiteral("20260101-000000-00000000-0000"));
    fit(ConflictListModel::ReceivedColumn, QStringLiteral("00/00/0000 00:00 PM"));

    m_differences->setHorizontalHeaderLabels({tr("Question"), tr("Instance"), tr("Ours"), tr("Theirs")});
    m_differences->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_differences->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_differences->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_differences->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_differences->verticalHeader()->hide();
    m_differences->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_differences->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_differences->setFocusPolicy(Qt::ClickFocus);
    m_caption->setWordWrap(true);
    m_status->setWordWrap(true);
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);

    auto *batchLabel = new QLabel(tr("&Batch:"), this);
    batchLabel->setBuddy(m_batch);
    m_batch->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *top = new QHBoxLayout;
    top->addWidget(m_counts, 1);
    top->addWidget(batchLabel);
    top->addWidget(m_batch);
    top->addSpacing(theme::kSpacing);
    top->addWidget(m_showDecided);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_caption);
    detailsLayout->addWidget(m_differences, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *decision = new QHBoxLayout;
    decision->addWidget(m_status, 1);
    decision->addWidget(m_keepOurs);
    decision->addWidget(m_takeTheirs);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(decision);
    layout->addWidget(close);
    resize(960, 600);

    for (QPushButton *b : {m_keepOurs, m_takeTheirs}) {
        // Return in the list must not decide anything: only the buttons and their Alt keys do.
        b->setAutoDefault(false);
        b->setEnabled(false);
        if (!m_mayDecide)
            b->setToolTip(tr("A reviewer, supervisor or administrator decides conflicts."));
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConflictView::showConflict);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConflictView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConflictView::updateButtons);
    connect(m_keepOurs, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_showDecided, &QCheckBox::toggled, this, &ConflictView::applyFilter);
    connect(m_batch, &QComboBox::currentIndexChanged, this, &ConflictView::applyFilter);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void ConflictView::reload()
{
    QString error;
    const QStringList batches = ImportConflicts(m_workspace).batches(&error);
    {
        const QSignalBlocker quiet(m_batch);
        const QString chosen = m_batch->currentData().toString();
        m_batch->clear();
        m_batch->addItem(tr("All batches"), QString());
        for (const QString &batch : batches)
            m_batch->addItem(batch, batch);
        m_batch->setCurrentIndex(std::max(0, m_batch->findData(chosen)));
    }
    m_batch->setEnabled(batches.size() > 1);
    applyFilter();
    if (!error.isEmpty())
        m_status->setText(error);
}

void ConflictView::applyFilter()
{
    m_model->setFilter({m_showDecided->isChecked(), m_batch->currentData().toString()});
    if (!m_model->error().isEmpty())
        m_status->setText(m_model->error());
    updateCounts();
    const int first = m_showDecided->isChecked() ? (m_model->rowCount() > 0 ? 0 : -1) : m_model->nextOpenAfter(0);
    select(first);
}

void ConflictView::updateCounts()
{
    QString error;
    const auto counts = ImportConflicts(m_workspace).counts(m_batch->currentData().toString(), &error);
    if (!counts) {
        m_counts->setText(error);
        return;
    }
    m_counts->setText(tr("%n open conflict(s) (of %1)", nullptr, int(counts->open)).arg(counts->all));
}

void ConflictView::select(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->selectionModel()->clear();
        showConflict();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_table->setFocus();
}

int ConflictView::conflictCount() const
{
    return m_model->rowCount();
}

int ConflictView::differenceCount() const
{
    return m_differences->rowCount();
}

QString ConflictView::message() const
{
    return m_status->text();
}

QString ConflictView::countsText() const
{
    return m_counts->text();
}

void ConflictView::updateButtons()
{
    bool anyOpen = false;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const ConflictSummary *c = m_model->conflict(index.row());
        if (c && c->resolution.isEmpty()) {
            anyOpen = true;
            break;
        }
    }
    m_keepOurs->setEnabled(m_mayDecide && anyOpen);
    m_takeTheirs->setEnabled(m_mayDecide && anyOpen);
}

void ConflictView::showConflict()
{
    if (m_deciding)
        return;
    m_differences->setRowCount(0);
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const ConflictSummary *c = current.isValid() ? m_model->conflict(current.row()) : nullptr;
    if (!c) {
        m_caption->setText(m_model->rowCount() == 0 ? (m_showDecided->isChecked() ? tr("No import conflicts.")
                                                                                   : tr("No open import conflicts."))
                                                    : QString());
        return;
    }
    QString error;
    const auto view = ImportConflicts(m_workspace).view(c->id, &error);
    if (!view) {
        m_caption->setText(error);
        return;
    }
    if (c->resolution.isEmpty())
        m_caption->setText(tr("Interview %1 (%2) came again in batch %3 with other answers. Pick which copy to keep.")
                               .arg(view->conflict.interviewId)
                               .arg(isolated(view->uuid), isolated(view->conflict.batchId)));
    else
        m_caption->setText(tr("Interview %1 (%2), batch %3: %4 on %5. The differences with the interview as it is now:")
                               .arg(view->conflict.interviewId)
                               .arg(isolated(view->uuid), isolated(view->conflict.batchId), decisionText(*c),
                                    isolated(QLocale().toString(c->resolvedAt.toLocalTime(), QLocale::ShortFormat))));
    const Questionnaire *q = m_workspace.questionnaire();
    m_differences->setRowCount(int(view->differences.size()));
    int row = 0;
    for (const AnswerDifference &d : view->differences) {
        // The question's label where the path names one; the path stays as the tooltip.
        const int item = q ? q->itemByName(d.path.section(u'/', -1)) : -1;
        auto *question = new QTableWidgetItem(item >= 0 ? q->item(item).label.text(q->defaultLanguage) : d.path);
        question->setToolTip(d.path);
        m_differences->setItem(row, 0, question);
        m_differences->setItem(row, 1, new QTableWidgetItem(d.instance));
        m_differences->setItem(row, 2, answerItem(d.ours, oursFill()));
        m_differences->setItem(row, 3, answerItem(d.theirs, theirsFill()));
        ++row;
    }
}

void ConflictView::decide(bool takeTheirs)
{
    if (!m_mayDecide)
        return;
    // The selected open conflicts in list order; decided ones in the selection are passed over.
    std::vector<ConflictSummary> chosen;
    qint64 lastId = 0;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const ConflictSummary *c = m_model->conflict(index.row());
        if (!c)
            continue;
        lastId = std::max(lastId, c->id);
        if (c->resolution.isEmpty())
            chosen.push_back(*c);
    }
    std::sort(chosen.begin(), chosen.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    if (chosen.empty())
        return;
    const int n = int(chosen.size());
    if (n > 1) {
        const QString question = takeTheirs ? tr("Take theirs for %n interview(s)?", nullptr, n)
                                            : tr("Keep ours for %n interview(s)?", nullptr, n);
        if (QMessageBox::question(this, tr("Decide Conflicts"), question) != QMessageBox::Yes)
            return;
    }
    // Each decision is its own transaction, as one click would be: a failure stops the run and leaves the ones
    // before it decided.
    ImportConflicts conflicts(m_workspace);
    int done = 0;
    QString failure;
    qint64 failedId = 0;
    m_deciding = true;
    for (const ConflictSummary &c : chosen) {
        QString error;
        const bool ok = takeTheirs ? conflicts.takeTheirs(m_session, c.id, &error)
                                   : conflicts.keepOurs(m_session, c.id, &error);
        if (!ok) {
            failedId = c.id;
            failure = tr("Conflict %1 (interview %2) was not decided: %3").arg(c.id).arg(c.interviewId).arg(error);
            if (done > 0)
                failure += u' ' + tr("The %n decided before it stay decided.", nullptr, done);
            break;
        }
        ++done;
        m_model->refresh(c.id);
    }
    m_deciding = false;
    if (!failure.isEmpty())
        m_status->setText(failure);
    else if (n == 1)
        m_status->setText(takeTheirs ? tr("Conflict %1: their answers taken.").arg(chosen.front().id)
                                     : tr("Conflict %1: our answers kept.").arg(chosen.front().id));
    else
        m_status->setText(takeTheirs ? tr("%n conflict(s): their answers taken.", nullptr, n)
                                     : tr("%n conflict(s): our answers kept.", nullptr, n));
    updateCounts();
    if (failedId != 0) {
        select(m_model->rowOf(failedId));
    } else {
        select(m_model->nextOpenAfter(lastId));
        showConflict(); // the same row may now hold another conflict
    }
    updateButtons();
    if (done > 0)
        emit decided();
}

} // namespace flowdesk
