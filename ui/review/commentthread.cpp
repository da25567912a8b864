#include "commentthread.h"

#include "accounts/permissions.h"
#include "common/theme.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace flowdesk {

namespace {
constexpr int kCommentIdRole = Qt::UserRole + 1;
constexpr int kOwnRole = Qt::UserRole + 2;
} // namespace

CommentThread::CommentThread(InterviewWorkflow &workflow, const Session &session, QWidget *parent)
    : QWidget(parent), m_workflow(workflow), m_session(session), m_title(new QLabel(this)), m_list(new QListWidget(this)),
      m_input(new QLineEdit(this)), m_hide(new QPushButton(tr("&Hide my comment"), this)),
      m_message(theme::messageLabel(this))
{
    setObjectName(QStringLiteral("commentThread"));
    m_title->setObjectName(QStringLiteral("commentTarget"));
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("QLabel { font-weight: 600; }"));
    m_list->setObjectName(QStringLiteral("commentList"));
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setAlternatingRowColors(true);
    m_input->setObjectName(QStringLiteral("commentInput"));
    m_input->setPlaceholderText(tr("Write a comment and press Enter"));
    m_hide->setObjectName(QStringLiteral("hideComment"));
    m_hide->setEnabled(false);
    m_input->setEnabled(permits(session, Action::Comment, nullptr));

    connect(m_input, &QLineEdit::returnPressed, this, &CommentThread::post);
    connect(m_hide, &QPushButton::clicked, this, &CommentThread::hideSelected);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_hide->setEnabled(item && item->data(kOwnRole).toBool());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(theme::kSpacing);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_input);
    layout->addWidget(m_hide, 0, Qt::AlignTrailing);
}

void CommentThread::show(qint64 interviewId, int item, const QString &instance, const QString &title)
{
    m_interview = interviewId;
    m_item = item;
    m_instance = instance;
    m_title->setText(title);
    theme::showMessage(m_message, QString());
    reload();
}

void CommentThread::reload()
{
    m_list->clear();
    m_hide->setEnabled(false);
    if (!m_interview)
        return;
    const QLocale locale;
    for (const InterviewComment &c : m_workflow.comments(m_session, m_interview, false)) {
        if (c.item != m_item || c.stored.instance != m_instance)
            continue;
        const QString when = locale.toString(c.stored.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
        auto *entry = new QListWidgetItem(QStringLiteral("%1 · %2\n%3").arg(c.stored.authorName, when, c.stored.text),
                                          m_list);
        entry->setData(kCommentIdRole, c.stored.id);
        entry->setData(kOwnRole, c.stored.authorId == m_session.accountId());
    }
    if (m_list->count() == 0) {
        auto *none = new QListWidgetItem(tr("No comments yet."), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
}

void CommentThread::post()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty() || !m_interview)
        return;
    QString error;
    if (!m_workflow.comment(m_session, m_interview, m_item, m_instance, text, &error)) {
        theme::showMessage(m_message, error);
        return;
    }
    theme::showMessage(m_message, QString());
    m_input->clear();
    reload();
    emit commentsChanged();
}

void CommentThread::hideSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    QString error;
    if (!m_workflow.hideComment(m_session, item->data(kCommentIdRole).toLongLong(), &error)) {
        theme::showMessage(m_message, error);
        return;
    }
    reload();
    emit commentsChanged();
}

} // namespace flowdesk
