#include "conflictview.h"

#include "accounts/permissions.h"
#include "batch/importconflicts.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace flowdesk {

namespace {
// Conflicts come from a batch at a time and are decided as they come: a page of them is what a reviewer works on.
constexpr int kShown = 500;
} // namespace

ConflictView::ConflictView(Workspace &workspace, const Session &session, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_session(session), m_list(new QListWidget(this)),
      m_differences(new QTableWidget(0, 4, this)), m_header(new QLabel(this)), m_status(new QLabel(this)),
      m_keepOurs(new QPushButton(tr("Keep Ours"), this)), m_takeTheirs(new QPushButton(tr("Take Theirs"), this))
{
    setObjectName(QStringLiteral("conflictView"));
    setWindowTitle(tr("Import Conflicts"));
    m_list->setObjectName(QStringLiteral("conflicts"));
    m_differences->setObjectName(QStringLiteral("differences"));
    m_keepOurs->setObjectName(QStringLiteral("keepOurs"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_status->setObjectName(QStringLiteral("status"));
    m_differences->setHorizontalHeaderLabels({tr("Question"), tr("Instance"), tr("Ours"), tr("Theirs")});
    m_differences->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_differences->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_differences->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_differences->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_differences->verticalHeader()->hide();
    m_differences->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_differences->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_header->setWordWrap(true);
    m_status->setWordWrap(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_differences, 1);
    auto *decision = new QHBoxLayout;
    decision->addWidget(m_status, 1);
    decision->addWidget(m_keepOurs);
    decision->addWidget(m_takeTheirs);
    rightLayout->addLayout(decision);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({180, 720});
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);
    resize(900, 480);

    const bool mayDecide = permits(m_session, Action::Approve, nullptr);
    for (QPushButton *b : {m_keepOurs, m_takeTheirs}) {
        b->setEnabled(false);
        if (!mayDecide)
            b->setToolTip(tr("A reviewer, supervisor or administrator decides conflicts."));
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictView::showConflict);
    connect(m_keepOurs, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { decide(true); });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void ConflictView::reload()
{
    QString error;
    const auto open = ImportConflicts(m_workspace).open(kShown, &error);
    m_list->clear();
    for (const ImportConflict &c : open) {
        auto *item = new QListWidgetItem(tr("Interview %1").arg(c.interviewId), m_list);
        item->setToolTip(tr("Batch %1, received %2").arg(c.batchId, QLocale().toString(c.receivedAt.toLocalTime(),
                                                                                          QLocale::ShortFormat)));
        item->setData(Qt::UserRole, c.id);
    }
    if (!error.isEmpty())
        m_status->setText(error);
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    } else {
        m_differences->setRowCount(0);
        m_header->setText(tr("No open import conflicts."));
        m_keepOurs->setEnabled(false);
        m_takeTheirs->setEnabled(false);
    }
}

int ConflictView::conflictCount() const
{
    return m_list->count();
}

int ConflictView::differenceCount() const
{
    return m_differences->rowCount();
}

QString ConflictView::message() const
{
    return m_status->text();
}

void ConflictView::showConflict()
{
    m_differences->setRowCount(0);
    QListWidgetItem *current = m_list->currentItem();
    if (!current)
        return;
    QString error;
    const auto view = ImportConflicts(m_workspace).view(current->data(Qt::UserRole).toLongLong(), &error);
    if (!view) {
        m_header->setText(error);
        return;
    }
    m_header->setText(tr("Interview %1 (%2) came again in batch %3 with other answers. Pick which copy to keep.")
                          .arg(view->conflict.interviewId)
                          .arg(view->uuid, view->conflict.batchId));
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
        m_differences->setItem(row, 2, new QTableWidgetItem(d.ours));
        m_differences->setItem(row, 3, new QTableWidgetItem(d.theirs));
        ++row;
    }
    const bool mayDecide = permits(m_session, Action::Approve, nullptr);
    m_keepOurs->setEnabled(mayDecide);
    m_takeTheirs->setEnabled(mayDecide);
}

void ConflictView::decide(bool takeTheirs)
{
    QListWidgetItem *current = m_list->currentItem();
    if (!current)
        return;
    const qint64 id = current->data(Qt::UserRole).toLongLong();
    QString error;
    ImportConflicts conflicts(m_workspace);
    const bool ok = takeTheirs ? conflicts.takeTheirs(m_session, id, &error) : conflicts.keepOurs(m_session, id, &error);
    m_status->setText(ok ? (takeTheirs ? tr("Conflict %1: their answers taken.").arg(id)
                                       : tr("Conflict %1: our answers kept.").arg(id))
                         : error);
    if (ok) {
        reload();
        emit decided();
    }
}

} // namespace flowdesk
