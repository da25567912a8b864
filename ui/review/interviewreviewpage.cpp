#include "interviewreviewpage.h"

#include "commentthread.h"
#include "historyview.h"
#include "paradataview.h"
#include "reasondialog.h"

#include "accounts/permissions.h"
#include "caselist/durationtext.h"
#include "common/theme.h"
#include "interviewlistmodel.h"
#include "questionnaire/languagename.h"
#include "review/reviewparadata.h"
#include "review/reviewsummary.h"
#include "workflow/audittrail.h"
#include "workflow/interviewworkflow.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace flowdesk {

namespace {

QString flagTitle(const QualityFlag &flag, const Questionnaire &q, int language)
{
    switch (flag.kind) {
    case QualityFlag::Kind::ShortInterview: return InterviewReviewPage::tr("Short interview");
    case QualityFlag::Kind::NumericOutlier: {
        const QString label = flag.item >= 0 ? q.item(flag.item).label.text(language, q.defaultLanguage) : QString();
        return InterviewReviewPage::tr("Unusual value: %1").arg(label.isEmpty() && flag.item >= 0 ? q.item(flag.item).name : label);
    }
    case QualityFlag::Kind::LikelyDuplicate:
        return InterviewReviewPage::tr("Possible duplicate of #%1").arg(flag.otherInterview);
    }
    return {};
}

} // namespace

InterviewReviewPage::InterviewReviewPage(Database &database, const Session &session, InterviewWorkflow &workflow,
                                         const Questionnaire &questionnaire, QWidget *parent)
    : QWidget(parent), m_db(database), m_session(session), m_workflow(workflow), m_q(questionnaire),
      m_quality(std::make_unique<QualityFlags>(database, workflow, questionnaire)),
      m_languageIndex(questionnaire.defaultLanguage), m_title(new QLabel(this)), m_status(new QLabel(this)),
      m_meta(new QLabel(this)), m_flagsBar(new QWidget(this)), m_flagsLayout(new QHBoxLayout(m_flagsBar)),
      m_language(new QComboBox(this)), m_answers(new AnswerSheetView(this)), m_side(new QTabWidget(this)),
      m_comments(new CommentThread(workflow, session, this)), m_history(new HistoryView(this)),
      m_paradata(new ParadataView(this)),
      m_message(theme::messageLabel(this)), m_approve(new QPushButton(tr("&Approve"), this)),
      m_reject(new QPushButton(tr("&Reject…"), this))
{
    setObjectName(QStringLiteral("interviewReviewPage"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_status->setObjectName(QStringLiteral("statusChip"));
    m_meta->setObjectName(QStringLiteral("pageSubtitle"));
    m_flagsLayout->setContentsMargins(0, 0, 0, 0);
    m_flagsLayout->setSpacing(theme::kSpacing);
    m_flagsBar->setObjectName(QStringLiteral("flagsBar"));

    // The style's back arrow points the right way in a right-to-left layout too.
    auto *back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Interviews"), this);
    back->setObjectName(QStringLiteral("backButton"));
    back->setToolTip(tr("Back to the list (Esc)"));
    connect(back, &QPushButton::clicked, this, &InterviewReviewPage::backRequested);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &InterviewReviewPage::backRequested);

    m_language->setObjectName(QStringLiteral("reviewLanguage"));
    m_language->addItems(questionnaire.languages);
    m_language->setCurrentIndex(questionnaire.defaultLanguage);
    auto *languageLabel = new QLabel(tr("&Language"), this);
    languageLabel->setBuddy(m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int language) { setLanguage(language); });

    auto *top = new QHBoxLayout;
    top->setSpacing(theme::kSpacing * 2);
    top->addWidget(back);
    top->addWidget(m_title);
    top->addWidget(m_status);
    top->addStretch(1);
    top->addWidget(languageLabel);
    top->addWidget(m_language);

    auto *metaRow = new QHBoxLayout;
    metaRow->setSpacing(theme::kSpacing * 2);
    metaRow->addWidget(m_meta);
    metaRow->addWidget(m_flagsBar);
    metaRow->addStretch(1);

    // Filters: one checkable button each, Alt+1 ... Alt+6.
    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(theme::kSpacing / 2);
    auto *group = new QButtonGroup(this);
    group->setExclusive(true);
    for (int f = 0; f < AnswerSheetView::kFilterCount; ++f) {
        auto *button = new QPushButton(this);
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("answerFilter%1").arg(f));
        // A QShortcut of its own: setText() (the counts) would replace a shortcut set on the button.
        auto *key = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + f)), this, nullptr, nullptr,
                                  Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, button, &QPushButton::click);
        button->setStyleSheet(QStringLiteral("QPushButton { border-radius: 12px; padding: 4px 12px; border: 1px solid "
                                             "#d0d5dd; background: white; } QPushButton:checked { background: #1e5aa8; "
                                             "color: white; border-color: #1e5aa8; }"));
        group->addButton(button, f);
        filterRow->addWidget(button);
        m_filters[size_t(f)] = button;
    }
    m_filters[0]->setChecked(true);
    filterRow->addStretch(1);
    connect(group, &QButtonGroup::idClicked, this,
            [this](int f) { m_answers->setFilter(AnswerSheetView::Filter(f)); });

    m_side->setObjectName(QStringLiteral("reviewSide"));
    m_side->addTab(m_comments, tr("Comments"));
    m_side->addTab(m_history, tr("History"));
    m_side->addTab(m_paradata, tr("Keying"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_answers);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    connect(m_answers, &QTreeWidget::currentItemChanged, this, &InterviewReviewPage::followSelection);
    connect(m_comments, &CommentThread::commentsChanged, this, [this] {
        reload();
        emit changed();
    });

    auto *interviewComments = new QPushButton(tr("Interview &comments"), this);
    connect(interviewComments, &QPushButton::clicked, this, [this] {
        m_answers->setCurrentItem(nullptr);
        followSelection();
        m_side->setCurrentWidget(m_comments);
        m_comments->input()->setFocus();
    });
    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *next = new QPushButton(tr("&Next"), this);
    connect(previous, &QPushButton::clicked, this, [this] { emit previousRequested(m_interview); });
    connect(next, &QPushButton::clicked, this, [this] { emit nextRequested(m_interview); });
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_approve->setToolTip(tr("Approve (Alt+A or Ctrl+Enter), then open the next interview"));
    m_reject->setToolTip(tr("Reject with a reason (Alt+R): the interview goes back to its enumerator"));
    const bool decides = grant(session.role(), Action::Approve) != Grant::No;
    m_approve->setVisible(decides);
    m_reject->setVisible(decides && grant(session.role(), Action::Reject) != Grant::No);
    connect(m_approve, &QPushButton::clicked, this, &InterviewReviewPage::approve);
    connect(m_reject, &QPushButton::clicked, this, &InterviewReviewPage::reject);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_approve->isVisible() && m_approve->isEnabled())
                approve();
        });
    }

    auto *actions = new QHBoxLayout;
    actions->setSpacing(theme::kSpacing);
    actions->addWidget(interviewComments);
    actions->addStretch(1);
    actions->addWidget(previous);
    actions->addWidget(next);
    actions->addSpacing(theme::kSpacing * 2);
    actions->addWidget(m_reject);
    actions->addWidget(m_approve);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::kSpacing * 2, theme::kSpacing * 2, theme::kSpacing * 2, theme::kSpacing);
    layout->setSpacing(theme::kSpacing);
    layout->addLayout(top);
    layout->addLayout(metaRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    updateFilterCounts();
}

InterviewReviewPage::~InterviewReviewPage() = default;

void InterviewReviewPage::setLanguage(int language)
{
    if (language < 0 || language >= m_q.languages.size())
        return;
    m_languageIndex = language;
    if (m_language->currentIndex() != language)
        m_language->setCurrentIndex(language);
    const bool rtl = flowdesk::isRightToLeft(m_q.languages.value(language));
    m_answers->setLayoutDirection(rtl ? Qt::RightToLeft : layoutDirection());
    if (m_interview)
        reload();
}

bool InterviewReviewPage::open(qint64 interviewId)
{
    m_interview = interviewId;
    theme::showMessage(m_message, QString());
    reload();
    m_answers->setFocus();
    return m_version != 0;
}

QHash<QPair<int, QString>, int> InterviewReviewPage::commentCounts() const
{
    QHash<QPair<int, QString>, int> counts;
    for (const InterviewComment &c : m_workflow.comments(m_session, m_interview, false))
        ++counts[{c.item, c.stored.instance}];
    return counts;
}

void InterviewReviewPage::reload()
{
    QString error;
    const std::optional<InterviewCopy> copy = m_workflow.open(m_session, m_interview, &error);
    if (!copy) {
        m_version = 0;
        m_title->setText(tr("Interview %1").arg(m_interview));
        m_answers->setLines({}, {}, {});
        m_approve->setEnabled(false);
        m_reject->setEnabled(false);
        theme::showMessage(m_message, error);
        return;
    }
    m_version = copy->version;
    const Interview &interview = copy->interview;
    const std::optional<CaseSummary> summary = reviewSummary(m_db, m_interview);
    m_title->setText(summary && !summary->label.isEmpty() ? summary->label : tr("Interview %1").arg(m_interview));
    theme::setChip(m_status, statusLabel(interview.status), theme::statusFill(interview.status),
                   theme::statusText(interview.status));
    const QLocale locale;
    QStringList meta{interview.enumerator,
                     locale.toString(interview.created.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))};
    const ReviewParadata paradata = reviewParadata(m_db, m_session, m_interview, summary ? &*summary : nullptr);
    m_paradata->setParadata(paradata, m_q, m_languageIndex);
    if (paradata.durationSeconds >= 0)
        meta << tr("took %1").arg(durationText(paradata.durationSeconds));
    if (paradata.corrections >= 0)
        meta << tr("%n correction(s)", nullptr, paradata.corrections);
    meta << tr("#%1").arg(m_interview);
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    std::vector<AcceptedReason> accepted;
    for (const AcceptedWarning &w : m_workflow.acceptedWarnings(m_session, m_interview))
        accepted.push_back({m_workflow.itemForField(w.fieldId), w.instance, w.reason});
    m_flagged.clear();
    std::vector<QualityFlag> flags;
    if (auto found = m_quality->flagsFor(m_session, m_interview, &error))
        flags = std::move(*found);
    for (const QualityFlag &flag : flags) {
        if (flag.item >= 0)
            m_flagged.insert(flag.item, flag.explanation);
    }
    showFlags(flags);
    m_answers->setLines(AnswerSheet(m_q, m_languageIndex).lines(interview, accepted), commentCounts(), m_flagged);
    updateFilterCounts();

    if (auto events = AuditTrail(m_db, m_session).interviewHistory(m_workflow, m_interview, &error))
        m_history->setEntries(*events);
    m_approve->setEnabled(m_workflow.offers(m_session, interview.status, Action::Approve));
    m_reject->setEnabled(m_workflow.offers(m_session, interview.status, Action::Reject));
    followSelection();
}

void InterviewReviewPage::showFlags(const std::vector<QualityFlag> &flags)
{
    while (QLayoutItem *item = m_flagsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QualityFlag &flag : flags) {
        QLabel *chip = theme::chip(QStringLiteral("⚑ ") + flagTitle(flag, m_q, m_languageIndex), theme::flagFill(),
                                   QColor(0x5B, 0x3A, 0x9A), m_flagsBar);
        chip->setObjectName(QStringLiteral("qualityFlag"));
        chip->setToolTip(flag.explanation);
        m_flagsLayout->addWidget(chip);
    }
}

void InterviewReviewPage::updateFilterCounts()
{
    const std::array kNames{tr("All questions"), tr("Errors"),  tr("Warnings"),
                            tr("Comments"),      tr("Flagged"), tr("Unanswered")};
    const auto counts = m_answers->counts();
    for (int f = 0; f < AnswerSheetView::kFilterCount; ++f) {
        m_filters[size_t(f)]->setText(QStringLiteral("%1  %2").arg(kNames[size_t(f)]).arg(counts[size_t(f)]));
        m_filters[size_t(f)]->setToolTip(tr("Alt+%1").arg(f + 1));
    }
}

void InterviewReviewPage::followSelection()
{
    QTreeWidgetItem *item = m_answers->currentItem();
    const bool question = item && item->data(0, AnswerSheetView::KindRole).toInt() != int(AnswerLine::Kind::Section);
    if (!question) {
        m_comments->show(m_interview, -1, QString(), tr("Comments on the interview"));
        return;
    }
    m_comments->show(m_interview, item->data(0, AnswerSheetView::ItemRole).toInt(),
                     item->data(0, AnswerSheetView::InstanceRole).toString(),
                     tr("Comments on “%1”").arg(item->text(AnswerSheetView::QuestionColumn)));
}

void InterviewReviewPage::approve()
{
    QString error;
    qint64 version = m_version;
    if (!m_workflow.approve(m_session, m_interview, version, QString(), &error)) {
        theme::showMessage(m_message, error);
        return;
    }
    m_version = version;
    emit decided(m_interview);
}

void InterviewReviewPage::reject()
{
    if (!m_reject->isEnabled())
        return;
    ReasonDialog dialog(tr("Reject interview"),
                        tr("Say what the enumerator must fix: the interview goes back to them with this reason."),
                        tr("&Reject"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    qint64 version = m_version;
    if (!m_workflow.reject(m_session, m_interview, version, dialog.reason(), &error)) {
        theme::showMessage(m_message, error);
        return;
    }
    m_version = version;
    emit decided(m_interview);
}

} // namespace flowdesk
