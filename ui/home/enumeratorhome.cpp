#include "enumeratorhome.h"

#include "common/theme.h"
#include "workflow/caselistquery.h"
#include "workflow/interviewworkflow.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace flowdesk {

namespace {

constexpr int kShown = 200; // the newest; older ones stay a search away in the case list

QListWidget *makeList(const char *name, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QLatin1String(name));
    list->setAlternatingRowColors(true);
    list->setWordWrap(true);
    list->setTabKeyNavigation(false);
    return list;
}

QString title(const CaseSummary &row)
{
    const QString label = row.label.isEmpty() ? EnumeratorHome::tr("Interview %1").arg(row.interviewId) : row.label;
    return EnumeratorHome::tr("%1 · last changed %2")
        .arg(label, QLocale().toString(row.modified.toLocalTime(), QLocale::ShortFormat));
}

} // namespace

EnumeratorHome::EnumeratorHome(Database &database, const Session &session, const InterviewWorkflow &workflow,
                               QWidget *parent)
    : QWidget(parent), m_db(database), m_session(session), m_workflow(workflow),
      m_new(new QPushButton(tr("&New interview"), this)), m_drafts(makeList("myDrafts", this)),
      m_rejected(makeList("myRejected", this)), m_draftTitle(new QLabel(this)), m_rejectedTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("enumeratorHome"));
    m_new->setDefault(true);
    m_new->setMinimumHeight(36);
    connect(m_new, &QPushButton::clicked, this, &EnumeratorHome::newInterview);
    for (QListWidget *list : {m_drafts, m_rejected}) {
        connect(list, &QListWidget::itemActivated, this,
                [this](QListWidgetItem *item) { emit openInterview(item->data(Qt::UserRole).toLongLong()); });
    }
    for (QLabel *label : {m_draftTitle, m_rejectedTitle})
        label->setStyleSheet(QStringLiteral("QLabel { font-weight: 600; font-size: 11pt; }"));
    m_draftTitle->setBuddy(m_drafts);
    m_rejectedTitle->setBuddy(m_rejected);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::kSpacing * 2, theme::kSpacing * 2, theme::kSpacing * 2, theme::kSpacing);
    layout->setSpacing(theme::kSpacing);
    theme::addDialogHeader(layout,
                           tr("Welcome, %1").arg(session.displayName().isEmpty() ? session.name()
                                                                                  : session.displayName()),
                           tr("Start an interview, go on with a draft, or fix one a reviewer sent back."), this);
    layout->addWidget(m_new, 0, Qt::AlignLeading);
    layout->addWidget(m_draftTitle);
    layout->addWidget(m_drafts, 1);
    layout->addWidget(m_rejectedTitle);
    layout->addWidget(m_rejected, 1);
    setTabOrder(m_new, m_drafts);
    setTabOrder(m_drafts, m_rejected);
    refresh();
}

void EnumeratorHome::refresh()
{
    CaseListQuery query(m_db, m_session);
    CaseFilter filter;
    filter.questionnaireId = m_workflow.questionnaireId();
    filter.enumerator = m_session.name();

    filter.statuses = {InterviewStatus::Draft};
    query.setFilter(filter);
    m_drafts->clear();
    for (const CaseSummary &row : query.page(std::nullopt, kShown)) {
        auto *item = new QListWidgetItem(title(row), m_drafts);
        item->setData(Qt::UserRole, row.interviewId);
    }
    m_draftTitle->setText(tr("My &drafts (%1)").arg(m_drafts->count()));

    filter.statuses = {InterviewStatus::Rejected};
    query.setFilter(filter);
    m_rejected->clear();
    for (const CaseSummary &row : query.page(std::nullopt, kShown)) {
        QStringList lines{title(row)};
        QString reason;
        const auto history = m_workflow.history(m_session, row.interviewId);
        for (auto it = history.rbegin(); it != history.rend(); ++it) {
            if (it->to == InterviewStatus::Rejected) {
                reason = it->reason;
                lines << tr("Sent back: %1").arg(reason);
                break;
            }
        }
        for (const InterviewComment &comment : m_workflow.comments(m_session, row.interviewId, false)) {
            if (comment.stored.text != reason) // the reason is often left as a comment too
                lines << QStringLiteral("• ") + comment.stored.text;
        }
        auto *item = new QListWidgetItem(lines.join(u'\n'), m_rejected);
        item->setData(Qt::UserRole, row.interviewId);
        item->setForeground(theme::warningColor());
    }
    m_rejectedTitle->setText(tr("My &rejected interviews (%1)").arg(m_rejected->count()));
    if (m_drafts->count() > 0)
        m_drafts->setCurrentRow(0);
    if (m_rejected->count() > 0)
        m_rejected->setCurrentRow(0);
}

} // namespace flowdesk
